/**
 * Where `Insert Image` and image drops put an image from outside the site, and how a post links an image, as each
 * generator serves it (Generator.images). Pure: site-relative paths and strings in, strings out.
 */
import type { SiteConfig } from '../siteConfig';

/** Why the folder chosen for a copied image may not be served by the build: the UI says so. */
export type ImageFolderNote = 'servedFolderUnknown';

export interface ImageFolder {
  /** Site-relative folder the image is copied into ('' for the site root). */
  readonly folder: string;
  readonly note?: ImageFolderNote;
}

/** One generator's rule for a post's images. */
export interface ImagePlacing {
  /** Site-relative folders the image picker lists images from. */
  readonly pickFrom: (config: SiteConfig) => readonly string[];
  /** The folder an image from outside the site is copied into for the post at `post` (site-relative). */
  readonly copyFolder: (post: string, config: SiteConfig) => ImageFolder;
  /**
   * The destination the post's Markdown writes for the site file `image` (both site-relative), unescaped;
   * undefined when the build does not serve that file at a URL the post can name.
   */
  readonly link: (post: string, image: string, config: SiteConfig) => string | undefined;
  /**
   * The generator's own form for the image (Hexo's `{% asset_img %}`), where a Markdown image would not resolve;
   * undefined for a Markdown image of `link`.
   */
  readonly format?: (post: string, image: string, alt: string, config: SiteConfig) => string | undefined;
}

/** The folder of a site-relative path ('' at the root). */
export function folderOf(sitePath: string): string {
  const slash = sitePath.lastIndexOf('/');
  return slash < 0 ? '' : sitePath.slice(0, slash);
}

/** `a/b` + `c` → `a/b/c`; '' joins as nothing. */
export function joinPath(...parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/** The path of `target` relative to the folder `from`, both site-relative: `./x.png`, `../img/x.png`. */
export function relativeFrom(from: string, target: string): string {
  const a = from === '' ? [] : from.split('/');
  const b = target.split('/');
  let same = 0;
  while (same < a.length && same < b.length - 1 && a[same] === b[same]) same++;
  const up = a.length - same;
  const rest = b.slice(same).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** The rest of `sitePath` under `folder` ('' is the site root), or undefined when it is not under it. */
export function under(folder: string, sitePath: string): string | undefined {
  if (folder === '') return sitePath;
  return sitePath.startsWith(`${folder}/`) ? sitePath.slice(folder.length + 1) : undefined;
}

/** `/blog` + `/images/x.png` → `/blog/images/x.png`; the path part of a base URL only. */
export function underBase(basePath: string, rootPath: string): string {
  return `${basePath.replace(/^https?:\/\/[^/]*/, '').replace(/\/+$/, '')}${rootPath}`;
}

/** A file's name without folders and extension, and its extension (`.png`, '' when none). */
function stemAndExt(fileName: string): { readonly stem: string; readonly ext: string } {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? { stem: base.slice(0, dot), ext: base.slice(dot) } : { stem: base, ext: '' };
}

/** `folder/name`, or `name-2`, `name-3`… before the extension when a file is there already. */
export function freeName(folder: string, fileName: string, exists: (sitePath: string) => boolean): string {
  const { stem, ext } = stemAndExt(fileName);
  for (let n = 1; ; n++) {
    const candidate = joinPath(folder, `${n === 1 ? stem : `${stem}-${n}`}${ext}`);
    if (!exists(candidate)) return candidate;
  }
}

/** A post's slug from its path: the file name (or a folder post's folder name) without a date and the extension. */
export function imageSlug(post: string): string {
  const parts = post.split('/');
  const file = parts[parts.length - 1] ?? '';
  const stem = stemAndExt(file).stem;
  const named = /^_?index$/i.test(stem) ? (parts[parts.length - 2] ?? '') : stem;
  return named.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
}

/** Whether the post is its folder's index (a folder post: Hugo's leaf bundle, Docusaurus's `slug/index.md`). */
export function isFolderPost(post: string): boolean {
  return /(?:^|\/)_?index\.[^./]+$/i.test(post) && post.includes('/');
}

/** Where the image `fileName` from outside the site is copied for `post`, never over a file `exists` sees. */
export function imageCopy(placing: ImagePlacing, post: string, fileName: string, config: SiteConfig, exists: (sitePath: string) => boolean): { readonly path: string; readonly note?: ImageFolderNote } {
  const { folder, note } = placing.copyFolder(post, config);
  const path = freeName(folder, fileName, exists);
  return note === undefined ? { path } : { path, note };
}
