/**
 * What a file is to Hugo 0.111.3: which content folders ("mounts") hold it and in which language
 * (modules/config.go ApplyProjectConfigDefaults, hugofs/filter_fs.go langInfoFrom), whether Hugo skips it
 * (source/sourceSpec.go IgnoreFile), and its class: a regular page, a leaf bundle's `index.*`, a branch's
 * `_index.*`, a resource of a leaf bundle, or not content (hugofs/files/classifier.go, hugolib/pages_capture.go,
 * source/fileInfo.go). Pure: the caller passes the site's file list where bundles matter.
 */
import type { HugoSettings } from './hugoSettings';
import { goLower, toJsRegExp } from './goValues';
import { extOf, isContentName, type HugoFolderIndex, type HugoPathContext } from './hugoBundleHeaders';

/** A content folder and the language its unsuffixed files belong to (undefined = the default language). */
export interface HugoContentMount {
  readonly dir: string;
  readonly lang?: string;
}

/**
 * The content folders in Hugo's order. When any language has a contentDir, each language (default first, then by
 * weight) mounts its folder (`content` when unset) and a folder already mounted is skipped; otherwise `content`
 * (or the site's contentDir) is mounted for the default language. Folders may nest: `content` of one language
 * then also holds `content/ko` of another, and its files are read in both (verified).
 */
export function hugoContentMounts(settings: HugoSettings): readonly HugoContentMount[] {
  let mounts = mountsOf.get(settings);
  if (mounts === undefined) {
    mounts = contentMounts(settings);
    mountsOf.set(settings, mounts);
  }
  return mounts;
}

const mountsOf = new WeakMap<HugoSettings, readonly HugoContentMount[]>();

function contentMounts(settings: HugoSettings): HugoContentMount[] {
  const order = [settings.defaultContentLanguage, ...settings.languageOrder.filter((c) => c !== settings.defaultContentLanguage)];
  const langs = order.map((c) => settings.languages[c]).filter((l) => l !== undefined);
  if (!langs.some((l) => l.contentDir !== undefined && l.contentDir !== '')) return [{ dir: settings.contentDir }];
  const seen = new Set<string>();
  const mounts: HugoContentMount[] = [];
  for (const l of langs) {
    const dir = l.contentDir !== undefined && l.contentDir !== '' ? l.contentDir : 'content';
    if (seen.has(dir)) continue;
    seen.add(dir);
    mounts.push({ dir, lang: l.code });
  }
  return mounts;
}

export type HugoFileClass = 'page' | 'leaf' | 'branch' | 'resource' | 'notContent';

/** One reading of a file through one content folder. */
export interface HugoContentReading {
  /** `page`: a regular page; `leaf`: the `index.*` of a leaf bundle (the post is the bundle); `branch`: `_index.*` (a section or the home page, not a post); `resource`: a file inside a leaf bundle (not a page); `notContent`: not a content format. */
  readonly class: HugoFileClass;
  readonly lang: string;
  /** The site-relative content folder. */
  readonly contentDir: string;
  /** `.File.Path`: relative to the content folder. */
  readonly path: string;
  /** `.File.Dir`: the folder part of `path` with a trailing slash ("/" at the top). */
  readonly dir: string;
  /** `.File.Ext`, lower-cased. */
  readonly ext: string;
  /** `.File.TranslationBaseName`: the name without extension and language (`x.ko.md` → `x` when ko is configured). */
  readonly translationBaseName: string;
  /** `.File.ContentBaseName`: the bundle folder for `index.*`/`_index.*`, else translationBaseName. */
  readonly contentBaseName: string;
  /** `.Section`: the first folder, "" for a file (or leaf bundle) at the top. */
  readonly section: string;
  /** For a resource: the leaf bundle's folder, relative to the content folder. */
  readonly bundle?: string;
}

export type HugoPathReading =
  | { readonly kind: 'outside' }
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'content'; readonly readings: readonly HugoContentReading[] };

/** Hugo's IgnoreFile for one name (file or folder): a leading `.` or `#`, a trailing `~`. */
function ignoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~');
}

function translationBaseName(name: string, languages: Readonly<Record<string, unknown>>): { base: string; lang?: string } {
  const dot = name.lastIndexOf('.');
  let base = dot < 0 ? name : name.slice(0, dot);
  const langDot = base.lastIndexOf('.');
  const lang = langDot < 0 ? '' : base.slice(langDot + 1);
  if (lang !== '' && Object.prototype.hasOwnProperty.call(languages, lang)) {
    base = base.slice(0, langDot);
    return { base, lang };
  }
  return { base };
}

/** The bundle headers of a folder. */
function headersOf(mountDir: string, folder: string, context: HugoPathContext): { leaf: boolean; branch: boolean } {
  const key = mountDir === '.' ? folder : folder === '' ? mountDir : `${mountDir}/${folder}`;
  return context.folders?.get(key) ?? { leaf: false, branch: false };
}

function readThrough(sitePath: string, mount: HugoContentMount, rel: string, settings: HugoSettings, context: HugoPathContext): HugoContentReading {
  const slash = rel.lastIndexOf('/');
  const name = rel.slice(slash + 1);
  const folder = folderFactsOf(mount.dir, rel.slice(0, slash + 1), context);
  const { base, lang: fileLang } = translationBaseName(name, settings.languages);
  const lang = fileLang ?? mount.lang ?? settings.defaultContentLanguage;
  const { dir, folders } = folder;
  const ext = goLower(extOf(name));
  // Each reading is one literal with every field (spreading a shared part into it costs more than the rest of this function).
  // A leaf bundle swallows everything below it, but for its own index.
  const leaf = folder.leafBundle;
  if (leaf !== undefined && !(leaf.depth === folders.length && name.startsWith('index.') && isContentName(name, sitePath, context))) {
    return { lang, contentDir: mount.dir, path: rel, dir, ext, translationBaseName: base, class: 'resource', contentBaseName: base, section: folder.section, bundle: leaf.folder };
  }
  let cls: HugoFileClass = 'page';
  if (!isContentName(name, sitePath, context)) cls = 'notContent';
  else if (name.startsWith('_index.')) cls = 'branch';
  else if (name.startsWith('index.')) cls = folder.branch ? 'page' : 'leaf';
  const bundle = cls === 'leaf' || cls === 'branch';
  const contentBaseName = bundle ? (folders[folders.length - 1] ?? '') : base;
  return { lang, contentDir: mount.dir, path: rel, dir, ext, translationBaseName: base, class: cls, contentBaseName, section: cls === 'leaf' ? folder.leafSection : folder.section };
}

/** What only a file's folder (in one content folder: its path up to the name, "" at the top) decides about it. */
interface FolderFacts {
  /** `.File.Dir`: relative to the content folder, with a trailing slash ("/" at the top). */
  readonly dir: string;
  /** The folder's path split at each slash (an empty name where slashes double). */
  readonly folders: readonly string[];
  /** The outermost leaf bundle (a folder with an `index.*` and no `_index.*`) that holds this folder or is it. */
  readonly leafBundle: { readonly depth: number; readonly folder: string } | undefined;
  /** Whether the folder has an `_index.*`. */
  readonly branch: boolean;
  /** `.Section` of a page in the folder, and of the leaf bundle the folder is. */
  readonly section: string;
  readonly leafSection: string;
  /** `.CurrentSection.SectionsEntries` of a regular page in the folder, and of the leaf bundle the folder is. */
  readonly pageSections: readonly string[];
  readonly leafSections: readonly string[];
}

/**
 * A site's folder facts, by its bundle headers, then content folder, then folder path: only the folder decides
 * them, and the headers they are read from are never changed in place (hugoFolderIndexOf), so each folder's are
 * made once for the site's pages.
 */
const folderFactsByIndex = new WeakMap<HugoFolderIndex, Map<string, Map<string, FolderFacts>>>();

function folderFactsOf(contentDir: string, folderPath: string, context: HugoPathContext): FolderFacts {
  const index = context.folders;
  if (index === undefined) return folderFacts(contentDir, folderPath, context);
  let byContentDir = folderFactsByIndex.get(index);
  if (byContentDir === undefined) folderFactsByIndex.set(index, (byContentDir = new Map<string, Map<string, FolderFacts>>()));
  let byDir = byContentDir.get(contentDir);
  if (byDir === undefined) byContentDir.set(contentDir, (byDir = new Map<string, FolderFacts>()));
  let facts = byDir.get(folderPath);
  if (facts === undefined) byDir.set(folderPath, (facts = folderFacts(contentDir, folderPath, context)));
  return facts;
}

function folderFacts(contentDir: string, folderPath: string, context: HugoPathContext): FolderFacts {
  const folders = folderPath === '' ? [] : folderPath.slice(0, -1).split('/');
  let leafBundle: FolderFacts['leafBundle'];
  for (let depth = 0; depth <= folders.length && leafBundle === undefined; depth++) {
    const folder = folders.slice(0, depth).join('/');
    const headers = headersOf(contentDir, folder, context);
    if (headers.leaf && !headers.branch) leafBundle = { depth, folder };
  }
  const section = sectionOf(folders, false);
  const leafSection = sectionOf(folders, true);
  return {
    dir: `${folders.join('/')}/`,
    folders,
    leafBundle,
    branch: headersOf(contentDir, folders.join('/'), context).branch,
    section,
    leafSection,
    pageSections: currentSections(contentDir, folders, 'page', section, context),
    leafSections: currentSections(contentDir, folders, 'leaf', leafSection, context),
  };
}

function sectionOf(folders: readonly string[], leaf: boolean): string {
  const parts = folders.length === 0 ? [''] : folders;
  return (!leaf && parts.length === 1) || parts.length > 1 ? (parts[0] ?? '') : '';
}

/** The last path read, with what it was read against: the model asks placeOf and then classify of one file. */
let last: { sitePath: string; settings: HugoSettings; folders: HugoFolderIndex | undefined; siteRoot: string | undefined; html: unknown; reading: HugoPathReading } | undefined;

/** What Hugo makes of a site-relative file path. Never throws. */
export function readHugoContentPath(sitePath: string, settings: HugoSettings, context: HugoPathContext = {}): HugoPathReading {
  if (last !== undefined && last.sitePath === sitePath && last.settings === settings && last.folders === context.folders && last.siteRoot === context.siteRoot && last.html === context.isHtmlContent) {
    return last.reading;
  }
  const reading = readContentPath(sitePath, settings, context);
  last = { sitePath, settings, folders: context.folders, siteRoot: context.siteRoot, html: context.isHtmlContent, reading };
  return reading;
}

function readContentPath(sitePath: string, settings: HugoSettings, context: HugoPathContext): HugoPathReading {
  if (typeof sitePath !== 'string' || sitePath === '' || sitePath.length > 4096) return { kind: 'outside' };
  const path = sitePath.startsWith('./') ? sitePath.slice(2) : sitePath;
  const readings: HugoContentReading[] = [];
  let ignored: string | undefined;
  for (const mount of hugoContentMounts(settings)) {
    // The mount's folder and a slash ("" for the site's own folder).
    const prefixLength = mount.dir === '.' ? 0 : mount.dir.length + 1;
    if (prefixLength > 0 && !(path.startsWith(mount.dir) && path.charCodeAt(mount.dir.length) === 0x2f)) continue;
    if (path.length === prefixLength) continue;
    const rel = path.slice(prefixLength);
    // Without ignoreFiles, only a name Hugo ignores can make it skip the file: the path is split only when it may have one.
    const reason = settings.ignoreFiles.length > 0 || mayHaveIgnoredName(rel) ? ignoreReason(path.slice(0, prefixLength), rel.split('/'), settings, context) : undefined;
    if (reason !== undefined) {
      ignored = reason;
      continue;
    }
    readings.push(readThrough(path, mount, rel, settings, context));
  }
  if (readings.length > 0) return { kind: 'content', readings };
  return ignored === undefined ? { kind: 'outside' } : { kind: 'ignored', reason: ignored };
}

/** Whether a name in the path may start with `.` or `#` or end with `~` (ignoredName). */
function mayHaveIgnoredName(rel: string): boolean {
  return rel.startsWith('.') || rel.startsWith('#') || rel.endsWith('~') || rel.includes('/.') || rel.includes('/#') || rel.includes('~/');
}

function ignoreReason(prefix: string, parts: readonly string[], settings: HugoSettings, context: HugoPathContext): string | undefined {
  const bad = parts.find((p) => ignoredName(p));
  if (bad !== undefined) return `"${bad}" starts with "." or "#" or ends with "~"`;
  const root = (context.siteRoot ?? '').replace(/\/+$/, '');
  for (const pattern of settings.ignoreFiles) {
    const re = toJsRegExp(pattern);
    if (re === undefined) continue;
    for (let i = 1; i <= parts.length; i++) {
      const absolute = `${root}/${prefix}${parts.slice(0, i).join('/')}`;
      if (re.test(absolute)) return `ignoreFiles "${pattern}" matches ${absolute}`;
    }
  }
  return undefined;
}

/**
 * `.CurrentSection.SectionsEntries` of a page, which `:sections` joins: the folders of the nearest folder above
 * it that has an `_index.*` file; without one, the root section Hugo creates, whose entries are
 * `[lower-cased section, ""]` (so `:sections[last]` is empty there; verified).
 */
export function hugoCurrentSections(reading: HugoContentReading, context: HugoPathContext = {}): string[] {
  return currentSections(reading.contentDir, reading.dir.split('/'), reading.class, reading.section, context);
}

/** hugoCurrentSections of a regular page or a leaf bundle, made once per folder: a list the caller must not change. */
export function hugoPageSections(reading: HugoContentReading, context: HugoPathContext = {}): readonly string[] {
  if (reading.class !== 'page' && reading.class !== 'leaf') return hugoCurrentSections(reading, context);
  // "/" is the top ("") or a doubled slash after the content folder ("/"): the same sections either way.
  const facts = folderFactsOf(reading.contentDir, reading.dir === '/' ? '' : reading.dir, context);
  return reading.class === 'leaf' ? facts.leafSections : facts.pageSections;
}

function currentSections(contentDir: string, path: readonly string[], cls: HugoFileClass, section: string, context: HugoPathContext): string[] {
  const folders = path.filter((p) => p !== '');
  const own = cls === 'leaf' ? folders.slice(0, -1) : folders;
  if (cls === 'branch') return own;
  for (let depth = own.length; depth >= 1; depth--) {
    if (headersOf(contentDir, own.slice(0, depth).join('/'), context).branch) return own.slice(0, depth);
  }
  return section === '' ? [] : [goLower(section), ''];
}
