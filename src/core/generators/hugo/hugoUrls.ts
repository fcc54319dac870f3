/**
 * Hugo 0.111.3's URL making: PathSpec.MakePath / UnicodeSanitize / URLize (helpers/path.go, helpers/url.go),
 * taxonomy term keys (hugolib/site.go getTaxonomyKey), and a page's RelPermalink (hugolib/page__paths.go,
 * resources/page/page_paths.go CreateTargetPaths) for the HTML output format.
 */
import type { JekyllDate } from '../../dates';
import { goUrlEscape } from './goUrl';
import { goLower, goPathClean } from './goValues';
import { expandPermalink, type PermalinkPage } from './hugoPermalinks';
import type { HugoSettings } from './hugoSettings';

/** The path options of a site (or language). */
export interface HugoPathOptions {
  readonly disablePathToLower: boolean;
  readonly removePathAccents: boolean;
}

const MAX_PATH_CHARS = 4096;
const LETTER_DIGIT_MARK = /^[\p{L}\p{Nd}\p{M}]$/u;
const WHITE_SPACE = /^\p{White_Space}$/u;
const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
/** An ASCII letter or digit, or one of `. / \ _ # + ~ - @`. */
function isPlainPathChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || './\\_#+~-@'.includes(String.fromCharCode(code));
}
/** Text MakePath keeps as it is: ASCII letters, digits and the kept punctuation only. */
const PLAIN_PATH = /^[A-Za-z0-9./\\_#+~@-]*$/;
/** Text MakePath keeps as it is, in any script: letters, digits, marks and the kept punctuation only. */
const KEPT_PATH = /^[\p{L}\p{Nd}\p{M}A-Za-z0-9./\\_#+~@-]*$/u;

/** Words of kept characters (KEPT_PATH) between runs of ASCII white space, none at either end. */
const KEPT_WORDS = /^[\p{L}\p{Nd}\p{M}A-Za-z0-9./\\_#+~@-]+(?:[\t\n\v\f\r ]+[\p{L}\p{Nd}\p{M}A-Za-z0-9./\\_#+~@-]+)*$/u;
const HYPHEN_BY_SPACE = /-[\t\n\v\f\r ]|[\t\n\v\f\r ]-/;
const ASCII_SPACES = /[\t\n\v\f\r ]+/g;

function removeAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
}

/**
 * PathSpec.MakePath (UnicodeSanitize): letters, digits, marks and `. / \ _ # + ~ - @` stay, a `%` stays before
 * two hex digits, a run of white space becomes one `-` (not at the start), everything else goes.
 */
export function hugoMakePath(input: string, options: Pick<HugoPathOptions, 'removePathAccents'>): string {
  const s = (options.removePathAccents ? removeAccents(input) : input).slice(0, MAX_PATH_CHARS);
  // Every character kept and no white space: the path is the text itself.
  if (PLAIN_PATH.test(s) || KEPT_PATH.test(s)) return s;
  // Kept words between runs of ASCII white space, no `-` beside one (a title): each run becomes one `-`.
  if (KEPT_WORDS.test(s) && !HYPHEN_BY_SPACE.test(s)) return s.replace(ASCII_SPACES, '-');
  return makePathByRune(s);
}

/** hugoMakePath rune by rune, for text with something to drop, a `%` or white space. */
export function makePathByRune(s: string): string {
  const source = [...s];
  let out = '';
  let prependHyphen = false;
  let wasHyphen = false;
  for (let i = 0; i < source.length; i++) {
    const r = source[i] ?? '';
    const code = r.charCodeAt(0);
    const allowed = code < 0x80
      ? isPlainPathChar(code) || (r === '%' && i + 2 < source.length && isHex(source[i + 1]) && isHex(source[i + 2]))
      : LETTER_DIGIT_MARK.test(r);
    if (allowed) {
      wasHyphen = r === '-';
      if (prependHyphen) {
        if (!wasHyphen) out += '-';
        prependHyphen = false;
      }
      out += r;
    } else if (out.length > 0 && !wasHyphen && (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE.test(r))) {
      prependHyphen = true;
    }
  }
  return out;
}

/** PathSpec.MakePathSanitized: MakePath, lower-cased unless disablePathToLower. */
export function hugoMakePathSanitized(s: string, options: HugoPathOptions): string {
  const path = hugoMakePath(s, options);
  return options.disablePathToLower ? path : goLower(path);
}

/** PathSpec.URLize: MakePathSanitized, then Go's url.Parse(…).String() (Korean → %EC%95%88…). */
export function hugoUrlize(s: string, options: HugoPathOptions): string {
  const sanitized = hugoMakePathSanitized(s, options);
  return goUrlEscape(sanitized) ?? sanitized;
}

/** The key Hugo files a taxonomy term under ("Go Lang" → "go-lang", "C++" → "c++", "한글 태그" → "한글-태그"); "" = dropped. */
export function hugoTermKey(term: string, options: HugoPathOptions): string {
  return hugoMakePathSanitized(term, options);
}

/** path.Join of two elements that keeps a trailing slash of the last (Hugo's pjoin). */
function pjoin(first: string, last: string): string {
  // path.Clean reads a run of slashes as one and drops a trailing slash (but the root's): the elements are joined
  // without doubling a slash and a trailing slash is left off before cleaning, which keeps goPathClean on its
  // fast path for the paths pages have.
  let text = first === '' ? last : last === '' ? first : joinOnce(first, last);
  if (text === '') return '';
  if (text.length > 1 && text.endsWith('/')) text = text.slice(0, -1);
  const joined = goPathClean(text);
  return last.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
}

/** Two path elements with one slash between them. */
function joinOnce(first: string, last: string): string {
  if (!first.endsWith('/')) return last.startsWith('/') ? first + last : `${first}/${last}`;
  return last.startsWith('/') ? first + last.slice(1) : first + last;
}

/** url.QueryUnescape: `+` is a space; undefined on a malformed escape. */
function queryUnescape(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' ').replace(/%(?![0-9a-fA-F]{2})/g, '%ZZ'));
  } catch {
    return undefined;
  }
}

/** Characters that make url.QueryUnescape do more than undo URLize's percent-encoding. */
const UNESCAPE_SENSITIVE = /[%+#?]/;

/** A page's `[permalinks]` pattern expanded and then url.QueryUnescape'd, as Hugo does; "" when it fails. */
export function hugoExpandedPermalink(pattern: string, page: PermalinkPage, options: HugoPathOptions): string {
  // URLize escapes what MakePathSanitized keeps (한글 → %ED%95%9C…) and QueryUnescape decodes it again. When the
  // expansion of the unescaped values has no `%` or `+` (which QueryUnescape reads) and no `#` or `?` (which
  // escaping splits off), the escaped values decode back to those same characters: the round trip is skipped.
  const plain = expandPermalink(pattern, page, (s) => hugoMakePathSanitized(s, options));
  if (plain === undefined) return '';
  return UNESCAPE_SENSITIVE.test(plain) ? expandedPermalinkByRoundTrip(pattern, page, options) : plain;
}

/** hugoExpandedPermalink the way Hugo goes: what it answers for every page (a unit test holds the two equal). */
export function expandedPermalinkByRoundTrip(pattern: string, page: PermalinkPage, options: HugoPathOptions): string {
  const raw = expandPermalink(pattern, page, (s) => hugoUrlize(s, options));
  return raw === undefined ? '' : (queryUnescape(raw) ?? '');
}

/** The `/<code>` part of a page's links in a language, as Hugo's getLanguagePermalinkLang decides. */
export function hugoLanguagePrefix(settings: HugoSettings, lang: string): string {
  if (!settings.multilingual || settings.multihost) return '';
  return lang !== settings.defaultContentLanguage || settings.defaultContentLanguageInSubdir ? lang : '';
}

/** Base paths already read, by baseURL: a site has one or a few, and every page's link asks again. */
const basePaths = new Map<string, string>();

function basePathOf(baseURL: string): string {
  let base = basePaths.get(baseURL);
  if (base === undefined) {
    base = readBasePath(baseURL);
    if (basePaths.size >= 64) basePaths.clear();
    basePaths.set(baseURL, base);
  }
  return base;
}

function readBasePath(baseURL: string): string {
  const m = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:\/\/[^/?#]*)?([^?#]*)/.exec(baseURL);
  let p = m?.[1] ?? '';
  try {
    p = decodeURIComponent(p);
  } catch {
    // Keep it as written.
  }
  return p === '/' ? '' : p;
}

/** PathSpec.PrependBasePath for a relative link (no base path with canonifyURLs). */
function prependBasePath(settings: HugoSettings, lang: string, link: string): string {
  if (settings.canonifyURLs) return link;
  const baseURL = settings.multihost ? (settings.languages[lang]?.baseURL ?? settings.baseURL) : settings.baseURL;
  const base = basePathOf(baseURL);
  if (base === '') return link;
  const joined = goPathClean(`${base}/${link}`);
  return link.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
}

function isUgly(settings: HugoSettings, section: string): boolean {
  const u = settings.uglyURLs;
  return typeof u === 'boolean' ? u : u[section] === true;
}

/** What decides a regular page's URL. */
export interface HugoPageUrlInput {
  /** The page's language code. */
  readonly lang: string;
  /** `.File.Dir` relative to the content folder, with a trailing slash ("posts/hello/"; "/" at the top). */
  readonly dir: string;
  readonly translationBaseName: string;
  readonly contentBaseName: string;
  /** `.Section` ("" for a page at the top of the content folder). */
  readonly section: string;
  /** `.CurrentSection.SectionsEntries`, for `:sections`; see hugoCurrentSections. */
  readonly sections: readonly string[];
  readonly title: string;
  /** The page's slug (front matter, trimmed of "-"; or the `:filename` slug); "" for none. */
  readonly slug: string;
  /** Front-matter `url`; "" for none. */
  readonly url: string;
  /** `.Date`; undefined = Go's zero time. */
  readonly date: JekyllDate | undefined;
}

export type HugoUrlResult = { readonly ok: true; readonly relPermalink: string } | { readonly ok: false; readonly message: string };

/** A regular page's RelPermalink, as Hugo 0.111.3 prints it (percent-encoded, with the baseURL path). */
export function hugoPageRelPermalink(settings: HugoSettings, page: HugoPageUrlInput): HugoUrlResult {
  const url = page.url;
  if (/^https?:\/\//.test(url)) return { ok: false, message: `URLs with protocol (http*) not supported: "${url}"; Hugo stops` };
  const options: HugoPathOptions = settings;
  let dir = page.dir;
  let baseName = page.translationBaseName;
  if (baseName !== page.contentBaseName) {
    if (dir.endsWith(`${page.contentBaseName}/`)) dir = dir.slice(0, dir.length - page.contentBaseName.length - 1);
    baseName = page.contentBaseName;
  }
  if (page.slug !== '') baseName = page.slug;
  const prefix = hugoLanguagePrefix(settings, page.lang);
  const sameAsType = baseName === 'index';
  let link: string;
  if (url !== '') {
    const forcePrefix = settings.multihost || !url.startsWith('/');
    let pagePath = pjoin('/', url);
    link = pagePath;
    const hasSlash = url.endsWith('/');
    if (hasSlash || !url.includes('.')) pagePath = pjoin(pagePath, 'index.html');
    if (!pagePath.endsWith('/index.html')) link = pagePath;
    else if (!hasSlash) link += '/';
    if (forcePrefix && prefix !== '' && !url.startsWith(`/${prefix}`)) link = pjoin(prefix, link);
  } else {
    const pattern = settings.permalinks[page.section];
    let expanded = '';
    if (pattern !== undefined) expanded = hugoExpandedPermalink(pattern, page, options);
    let pagePath = '/';
    if (expanded !== '') pagePath = pjoin(pagePath, expanded);
    else {
      if (dir !== '') pagePath = pjoin(pagePath, dir);
      if (baseName !== '') pagePath = pjoin(pagePath, baseName);
    }
    link = pagePath;
    // Go's strings.TrimSuffix: only a link that ends with the name loses it.
    if (sameAsType && link.endsWith(baseName)) link = link.slice(0, link.length - baseName.length);
    link += '/';
    const ugly = isUgly(settings, page.section) || (expanded === '' && sameAsType);
    pagePath = ugly ? `${pagePath.replace(/^\/+|\/+$/g, '')}.html` : pjoin(pagePath, 'index.html');
    if (!pagePath.endsWith('/index.html')) link = pagePath;
    if (prefix !== '') link = pjoin(prefix, link);
  }
  return finishLink(settings, page.lang, link, url === '');
}

function finishLink(settings: HugoSettings, lang: string, rawLink: string, sanitize: boolean): HugoUrlResult {
  let link = rawLink;
  // One slash first and at most one last, as nearly every link has: trimming the slashes and putting one back
  // at each end gives the link itself.
  if (!link.startsWith('/') || link.startsWith('//') || link.endsWith('//')) {
    link = rawLink.replace(/^\/+|\/+$/g, '');
    if (rawLink.endsWith('/')) link += '/';
    if (!link.startsWith('/')) link = `/${link}`;
  }
  if (sanitize) link = hugoMakePathSanitized(link, settings);
  const escaped = goUrlEscape(link);
  if (escaped === undefined) return { ok: false, message: `"${link}" is not a URL Hugo can write; Hugo stops` };
  return { ok: true, relPermalink: prependBasePath(settings, lang, escaped === '' ? '/' : escaped) };
}

/**
 * A taxonomy term page's RelPermalink: `/<plural>/<key>/`, or the plural's `[permalinks]` pattern (where
 * `:slug` and `:title` are the term as first written).
 */
export function hugoTermRelPermalink(settings: HugoSettings, lang: string, plural: string, termKey: string, termTitle: string): HugoUrlResult {
  const sections = [hugoMakePathSanitized(plural, settings), hugoMakePathSanitized(termKey, settings)];
  const pattern = settings.permalinks[sections[0] ?? ''];
  let pagePath = '';
  if (pattern !== undefined) {
    const raw = expandPermalink(pattern, { date: undefined, section: sections[0] ?? '', sections, title: termTitle, slug: '', translationBaseName: '', dir: '' }, (s) => hugoUrlize(s, settings));
    pagePath = raw === undefined ? '' : (queryUnescape(raw) ?? '');
  }
  if (pagePath === '') pagePath = pjoin(sections[0] ?? '', sections[1] ?? '');
  else pagePath = pjoin('/', pagePath);
  const ugly = isUgly(settings, sections[0] ?? '');
  let link = ugly ? `${pagePath.replace(/^\/+|\/+$/g, '')}.html` : `${pagePath}/`;
  const prefix = hugoLanguagePrefix(settings, lang);
  if (prefix !== '') link = pjoin(prefix, link);
  return finishLink(settings, lang, link, true);
}
