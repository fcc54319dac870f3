/**
 * Which of a Hugo site's files are content, and which folders are bundles: the content extensions, the bundle
 * headers (`index.*` of a leaf bundle, `_index.*` of a branch) and the index of folders that hold them, made once
 * per set of headers. hugoContentPath.ts reads a path against them.
 */

/** Hugo 0.111.3's content extensions (case-sensitive: `.MD`, `.mkd`, `.mkdn` are not content; verified). */
export const HUGO_CONTENT_EXTENSIONS: readonly string[] = ['html', 'htm', 'mdown', 'markdown', 'md', 'asciidoc', 'adoc', 'ad', 'rest', 'rst', 'org', 'pandoc', 'pdc'];
const CONTENT_EXT = new Set(HUGO_CONTENT_EXTENSIONS);

/** Which folders hold bundle headers: site-relative folder → its `index.*` (leaf) and `_index.*` (branch) content files. */
export type HugoFolderIndex = ReadonlyMap<string, { readonly leaf: boolean; readonly branch: boolean }>;

/** Indexes the site's files (site-relative paths) once, for readHugoContentPath and hugoCurrentSections. */
export function hugoFolderIndex(siteFiles: Iterable<string>, isHtmlContent?: (sitePath: string) => boolean): HugoFolderIndex {
  const index = new Map<string, { leaf: boolean; branch: boolean }>();
  const context: HugoPathContext = isHtmlContent === undefined ? {} : { isHtmlContent };
  for (const f of siteFiles) {
    const slash = f.lastIndexOf('/');
    const folder = slash < 0 ? '' : f.slice(0, slash);
    const name = f.slice(slash + 1);
    const branch = name.startsWith('_index.');
    const leaf = name.startsWith('index.');
    if ((!branch && !leaf) || !isContentName(name, f, context)) continue;
    const entry = index.get(folder) ?? { leaf: false, branch: false };
    index.set(folder, { leaf: entry.leaf || leaf, branch: entry.branch || branch });
  }
  return index;
}

/** Whether a site-relative path is a bundle header by its name (`index.*` or `_index.*` with a content extension). */
export function isHugoBundleHeader(sitePath: string): boolean {
  const start = sitePath.lastIndexOf('/') + 1;
  // `index.*` or `_index.*`: any other first letter is answered without cutting the name out.
  const first = sitePath.charCodeAt(start);
  if (first !== 0x69 && first !== 0x5f) return false;
  const name = sitePath.slice(start);
  return (name.startsWith('index.') || name.startsWith('_index.')) && CONTENT_EXT.has(extOf(name));
}

const folderIndexes = new WeakMap<ReadonlySet<string>, HugoFolderIndex>();

/** The folder index of a site's bundle headers, made once per set (sets of headers are never changed in place). */
export function hugoFolderIndexOf(headers: ReadonlySet<string>): HugoFolderIndex {
  let index = folderIndexes.get(headers);
  if (index === undefined) {
    index = hugoFolderIndex(headers);
    folderIndexes.set(headers, index);
  }
  return index;
}

const pathContexts = new WeakMap<ReadonlySet<string>, HugoPathContext>();

/** The path context of a site's bundle headers alone, made once per set (as hugoFolderIndexOf). */
export function hugoPathContextOf(headers: ReadonlySet<string>): HugoPathContext {
  let context = pathContexts.get(headers);
  if (context === undefined) {
    context = { folders: hugoFolderIndexOf(headers) };
    pathContexts.set(headers, context);
  }
  return context;
}

export interface HugoPathContext {
  /** The site's bundle headers (hugoFolderIndex); without it no folder is a bundle. */
  readonly folders?: HugoFolderIndex;
  /** The site's absolute folder (forward slashes), for `ignoreFiles`, which Hugo matches against absolute paths. */
  readonly siteRoot?: string;
  /** Whether an `.html`/`.htm` file is content (it begins with front matter); see isHugoHtmlContent. Default: yes. */
  readonly isHtmlContent?: (sitePath: string) => boolean;
}

/** Hugo's isHTMLContent test inverted: a `.html` file is content unless its first non-space character is `<` (other than `<!--`). */
export function isHugoHtmlContent(head: string): boolean {
  const t = head.replace(/^\p{White_Space}+/u, '');
  return !t.startsWith('<') || t.startsWith('<!--');
}

export function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}

export function isContentName(name: string, sitePath: string, context: HugoPathContext): boolean {
  const ext = extOf(name);
  if (!CONTENT_EXT.has(ext)) return false;
  if ((ext === 'html' || ext === 'htm') && context.isHtmlContent !== undefined) return context.isHtmlContent(sitePath);
  return true;
}
