/**
 * `[permalinks]` patterns as Hugo 0.111.3 validates and expands them (resources/page/permalinks.go): the tokens
 * :year :month :monthname :day :weekday :weekdayname :yearday :section :sections :sections[…] :title :slug
 * :slugorfilename :filename, and any Go time layout (`:2006`, `:Jan`, `:02`…). An unknown token or an empty
 * path segment makes Hugo stop.
 */
import type { JekyllDate } from '../../dates';
import { formatGoLayout, goWallAt } from './goTime';
import type { GoWall } from './goTime';
import { GO_ZERO_EPOCH_MS } from './hugoDates';

const ATTRIBUTE = /:\w+(\[.+?\])?/g;
const KNOWN = new Set(['year', 'month', 'monthname', 'day', 'weekday', 'weekdayname', 'yearday', 'section', 'sections', 'title', 'slug', 'slugorfilename', 'filename']);

// 2019-11-09T23:01:42.000000001Z, a Saturday: a token is a date layout when formatting it changes it.
const REFERENCE: GoWall = { ...goWallAt(Date.UTC(2019, 10, 9, 23, 1, 42), 0, 'UTC'), nanosecond: 1 };

function isKnownAttribute(attr: string): boolean {
  return KNOWN.has(attr) || attr.startsWith('sections[') || formatGoLayout(attr, REFERENCE) !== attr;
}

export type PermalinkPattern = { readonly ok: true; readonly tokens: readonly string[] } | { readonly ok: false; readonly message: string };

/** Validates a pattern as Hugo does when the site loads. */
/** Patterns already parsed: a site has a handful, and every page's URL asks again. */
const parsedPatterns = new Map<string, PermalinkPattern>();

export function parsePermalinkPattern(pattern: string): PermalinkPattern {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    parsed = parsePattern(pattern);
    if (parsedPatterns.size > 256) parsedPatterns.clear();
    parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}

function parsePattern(pattern: string): PermalinkPattern {
  if (pattern === '') return { ok: false, message: 'an empty permalink makes Hugo crash' };
  const fragments = pattern.slice(1).split('/');
  let bail = false;
  for (const fragment of fragments) {
    if (bail) return { ok: false, message: 'permalink ill-formed (an empty path segment)' };
    if (fragment === '') {
      bail = true;
      continue;
    }
    for (const m of fragment.matchAll(ATTRIBUTE)) {
      if (!isKnownAttribute(m[0].slice(1))) return { ok: false, message: `permalink ill-formed (unknown token ${m[0]})` };
    }
  }
  const tokens = [...pattern.matchAll(ATTRIBUTE)].map((m) => m[0]);
  for (const token of tokens) {
    if (!isKnownAttribute(token.slice(1))) return { ok: false, message: `permalink attribute not recognised: ${token}` };
  }
  return { ok: true, tokens };
}

/** What a permalink pattern is expanded from; the strings are Hugo's (URLize has not been applied yet). */
export interface PermalinkPage {
  /** `.Date`; undefined = Go's zero time. */
  readonly date: JekyllDate | undefined;
  /** `.Section`, as written (case kept). */
  readonly section: string;
  /** `.CurrentSection.SectionsEntries` (see hugoCurrentSections). */
  readonly sections: readonly string[];
  readonly title: string;
  /** Front-matter slug (trimmed of "-"), or "". */
  readonly slug: string;
  /** `.File.TranslationBaseName`. */
  readonly translationBaseName: string;
  /** `.File.Dir`, e.g. "posts/hello/" (used for a bundle's `index`). */
  readonly dir: string;
}

function sliceSections(cut: string): (s: readonly string[]) => readonly string[] {
  const c = cut.trim().toLowerCase();
  if (c === '') return (s) => s;
  if (c.length < 3 || !c.startsWith('[') || !c.endsWith(']')) return () => [];
  const ops = c.slice(1, -1);
  const toN = (text: string, low: boolean) => (s: readonly string[]): number => {
    if (text === '') return low ? 0 : s.length;
    if (text === 'last') return s.length - 1;
    const n = Math.max(0, /^[+-]?\d+$/.test(text) ? Number(text) : 0);
    return Math.min(n, s.length);
  };
  if (!ops.includes(':')) {
    const n = toN(ops, true);
    return (s) => {
      if (s.length === 0) return [];
      const v = s[n(s)];
      // Go would panic past the end; treat as nothing.
      return v === undefined || v === '' ? [] : [v];
    };
  }
  const [a = '', b = ''] = ops.split(':');
  const n1 = toN(a, true);
  const n2 = toN(b, false);
  return (s) => (s.length === 0 ? [] : s.slice(n1(s), Math.max(n1(s), n2(s))));
}

function joinPath(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/**
 * Expands a valid pattern for a page. `urlize` is Hugo's PathSpec.URLize for the page's language.
 * The result still goes through url.QueryUnescape and the target-path rules (hugoUrls.ts).
 */
export function expandPermalink(pattern: string, page: PermalinkPage, urlize: (s: string) => string): string | undefined {
  const parsed = parsePermalinkPattern(pattern);
  if (!parsed.ok) return undefined;
  // The wall clock is made only for a pattern with a date token (most have one; `/:section/:slug/` has none).
  let wall: GoWall | undefined;
  const wallOf = (): GoWall => (wall ??= goWallAt(page.date?.epochMs ?? GO_ZERO_EPOCH_MS, Math.round((page.date?.offsetMinutes ?? 0) * 60)));
  let out = pattern;
  for (const token of parsed.tokens) {
    const value = tokenValue(token.slice(1), page, urlize, wallOf);
    // Go's strings.Replace(path, token, value, 1): the first occurrence in what has been expanded so far.
    const at = out.indexOf(token);
    if (at >= 0) out = out.slice(0, at) + value + out.slice(at + token.length);
  }
  return out;
}

function filenameOf(page: PermalinkPage): string {
  let name = page.translationBaseName;
  if (name === 'index') {
    const dir = page.dir.replace(/\/$/, '');
    name = dir.slice(dir.lastIndexOf('/') + 1);
  }
  return name;
}

function tokenValue(attr: string, page: PermalinkPage, urlize: (s: string) => string, wallOf: () => GoWall): string {
  switch (attr) {
    case 'year': return String(wallOf().year);
    case 'month': return String(wallOf().month).padStart(2, '0');
    case 'monthname': return formatGoLayout('January', wallOf());
    case 'day': return String(wallOf().day).padStart(2, '0');
    case 'weekday': return String(wallOf().weekday);
    case 'weekdayname': return formatGoLayout('Monday', wallOf());
    case 'yearday': return String(wallOf().yearDay);
    case 'section': return page.section;
    case 'sections': return joinPath(page.sections);
    case 'title': return urlize(page.title);
    case 'slug': return urlize(page.slug !== '' ? page.slug : page.title);
    case 'slugorfilename': return urlize(page.slug !== '' ? page.slug : filenameOf(page));
    case 'filename': return urlize(filenameOf(page));
    default:
      if (attr.startsWith('sections[')) return joinPath(sliceSections(attr.slice('sections'.length))(page.sections));
      return formatGoLayout(attr, wallOf());
  }
}
