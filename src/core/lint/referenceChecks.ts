/**
 * What the build lets through but readers hit, for any generator that says which folders it serves
 * (Generator.servedFolders): a local image that is not in the site, an image without alt text, a front-matter
 * header or teaser image that is not there, and an internal link to a page no post or page has. Warnings and
 * information only. Nothing is said where the site's files are not known, or where a path is written by a template.
 */
import { lintMessage, type LintCode } from './lintMessages';
import { urlKey } from './postKeys';
import type { BodyReference } from './bodyReferences';
import type { LintFinding, LintFix, SiteFiles, SitePages } from './lintTypes';
import type { PostInfo } from '../post';

export interface ReferenceCheckInput {
  readonly path: string;
  readonly text: string;
  readonly info: PostInfo;
  readonly pages: SitePages;
  /** The site's path under its host (`/blog`), '' at the root. */
  readonly baseurl: string;
  readonly served: readonly string[];
  readonly references: readonly BodyReference[];
  /** The folder served beside the post's URL (Generator.assetFolder). */
  readonly beside?: string;
  /** Whether a site file is left out of the built site (Generator.hidesServed). */
  readonly hidden?: (sitePath: string) => boolean;
}

/** Alternatives offered for a missing image at most. */
const MAX_FIXES = 5;
const IMAGE_EXT = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)$/i;

/** A destination in the site itself, without query and fragment, read with its escapes; undefined when not local. */
export function localPath(dest: string): string | undefined {
  const d = dest.trim();
  if (d === '' || d.startsWith('#') || d.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(d)) return undefined;
  // Written by a template (Liquid, Go templates, Nunjucks): what it becomes is not known here.
  if (/[{}%$\\]/.test(d)) return undefined;
  const path = d.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** `a/b/../c` → `a/c`; undefined when it climbs above the root. */
export function joinPath(base: string, rel: string): string | undefined {
  const out: string[] = [];
  for (const part of `${base}/${rel}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.pop() === undefined) return undefined;
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

export function referenceFindings(input: ReferenceCheckInput): LintFinding[] {
  const files = input.pages.files;
  if (files === undefined) return [];
  const findings: LintFinding[] = [];
  const postDir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/')) : '';
  // The URL up to its last slash (a regex for the last segment tries every position of a long encoded URL).
  const pageUrl = input.info.url?.replace(/[?#].*$/, '');
  const pageDir = pageUrl === undefined ? undefined : pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1);
  for (const ref of input.references) {
    const range = { line: ref.line, startChar: ref.destStart, endChar: Math.max(ref.destEnd, ref.destStart + 1) };
    if (ref.kind === 'image' && !ref.hasAlt) {
      const whole = { line: ref.line, startChar: ref.start, endChar: ref.end };
      findings.push({ range: whole, severity: 'info', code: 'image.noAlt', args: [], message: lintMessage('image.noAlt', []), fixes: [] });
    }
    const path = localPath(ref.dest);
    if (path === undefined) continue;
    // Feeds, sitemaps, robots.txt and search indexes are made by the build's plugins: not files of the source.
    if (ref.kind === 'link' && /\.(xml|txt|json|webmanifest)$/i.test(path)) continue;
    if (ref.kind === 'image' || isFileLink(path)) {
      const where = { files, served: input.served, baseurl: input.baseurl, postDir, pageDir, pages: input.pages, beside: input.beside, hidden: input.hidden };
      if (fileExists(path, where)) continue;
      const code: LintCode = ref.kind === 'image' ? 'image.missing' : 'link.fileMissing';
      const fixes = ref.kind === 'image' ? imageFixes(path, range, input, postDir) : [];
      findings.push({ range, severity: 'warning', code, args: [ref.dest], message: lintMessage(code, [ref.dest]), fixes });
    } else if (ref.kind === 'link' && isDeadPageLink(path, input, files, pageDir)) {
      findings.push({ range, severity: 'warning', code: 'link.pageMissing', args: [ref.dest], message: lintMessage('link.pageMissing', [ref.dest]), fixes: [] });
    }
  }
  findings.push(...frontMatterImageFindings(input, files, postDir));
  return findings;
}

/** A link to a file (an extension other than a page's): checked like an image. */
function isFileLink(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]{1,8}$/.test(last) && !/\.html?$/i.test(last);
}

interface Where {
  readonly files: SiteFiles;
  readonly served: readonly string[];
  readonly baseurl: string;
  readonly postDir: string;
  readonly pageDir: string | undefined;
  readonly pages: SitePages;
  readonly beside: string | undefined;
  readonly hidden: ((sitePath: string) => boolean) | undefined;
}

/** The site paths a root path can be served from: each served folder, with and without the site's base path. */
function servedCandidates(rootPath: string, where: Pick<Where, 'served' | 'baseurl'>): string[] {
  const base = where.baseurl.replace(/^\/+|\/+$/g, '');
  const paths = [rootPath, ...(base !== '' && rootPath.startsWith(`${base}/`) ? [rootPath.slice(base.length + 1)] : [])];
  return where.served.flatMap((folder) => paths.map((p) => (folder === '' ? p : `${folder}/${p}`)));
}

function fileExists(path: string, where: Where): boolean {
  const { files } = where;
  const candidates: (string | undefined)[] = [];
  if (path.startsWith('/')) {
    const root = joinPath('', path);
    if (root === undefined) return true;
    candidates.push(...servedCandidates(root, where));
    // Beside a page's own URL (Hugo's page resources): the page's folder is not a file listing, so say nothing.
    if (where.pages.urlKeys?.has(urlKey(`/${root.slice(0, root.lastIndexOf('/'))}`)) === true) return true;
  } else {
    const beside = where.beside === undefined ? undefined : joinPath(where.beside, path);
    if (beside !== undefined && files.paths.has(beside)) return true;
    candidates.push(joinPath(where.postDir, path));
    if (where.pageDir !== undefined) {
      const root = joinPath(where.pageDir, path);
      if (root !== undefined) candidates.push(...servedCandidates(root, where));
    }
    if (candidates.every((c) => c === undefined)) return true;
  }
  return anyFound(candidates, files, where.pages.folders, where.hidden);
}

/**
 * Whether a candidate is one of the site's files, or nothing can be said: when no candidate's folder is a folder of
 * the site (one holding files at any depth), it is not here (ignored by git, made by a build step, a partial copy)
 * rather than mistyped.
 */
function anyFound(candidates: readonly (string | undefined)[], files: SiteFiles, folders: ReadonlySet<string> = files.folders, hidden?: (sitePath: string) => boolean): boolean {
  const present = candidates.filter((c): c is string => c !== undefined);
  // A file the build leaves out is not found, though its folder is the site's.
  const has = (c: string): boolean => files.paths.has(c) && hidden?.(c) !== true;
  if (present.some((c) => has(c) || has(c.normalize('NFC')) || has(c.normalize('NFD')))) return true;
  return !present.some((c) => folders.has(c.includes('/') ? c.slice(0, c.lastIndexOf('/')) : ''));
}

/**
 * A link to a page of the site that no post or page has. Only claimed where the site's URLs are known well enough:
 * the link sits in a folder of the site's built posts' URLs (`/2024/01/02/`), not at the root where hand-made pages
 * (an about page, archives) live, and no served file is there.
 */
function isDeadPageLink(path: string, input: ReferenceCheckInput, files: SiteFiles, pageDir: string | undefined): boolean {
  const { urlKeys, postFolders } = input.pages;
  if (urlKeys === undefined || postFolders === undefined) return false;
  const absolute = path.startsWith('/') ? path : pageDir === undefined ? undefined : `${pageDir}${path}`;
  if (absolute === undefined) return false;
  const root = joinPath('', absolute);
  if (root === undefined) return false;
  const base = input.baseurl.replace(/^\/+|\/+$/g, '');
  const keys = [urlKey(`/${root}`), ...(base !== '' && root.startsWith(`${base}/`) ? [urlKey(`/${root.slice(base.length + 1)}`)] : [])];
  if (keys.some((k) => urlKeys.has(k) || urlKeys.has(k.normalize('NFC')))) return false;
  if (!keys.some((k) => k !== '' && k.lastIndexOf('/') > 0 && postFolders.has(k.slice(0, k.lastIndexOf('/'))))) return false;
  const served = servedCandidates(root, input).flatMap((c) => [c, `${c}/index.html`, `${c}.html`]);
  return !served.some((c) => files.paths.has(c));
}

/** The site's images with the same file name, as paths the post can use: served at the root, or beside the post. */
function imageFixes(path: string, range: LintFinding['range'], input: ReferenceCheckInput, postDir: string): LintFix[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!IMAGE_EXT.test(name)) return [];
  const fixes: LintFix[] = [];
  for (const file of input.pages.filesByName?.get(name) ?? []) {
    const beside = postDir !== '' && file.startsWith(`${postDir}/`) ? file.slice(postDir.length + 1) : undefined;
    const folder = input.served.find((f) => f === '' || file.startsWith(`${f}/`));
    const usable = beside ?? (folder === undefined ? undefined : `/${folder === '' ? file : file.slice(folder.length + 1)}`);
    if (usable === undefined || usable.split('/').some((p) => p.startsWith('_') || p.startsWith('.'))) continue;
    if (fixes.some((f) => f.args[0] === usable)) continue;
    fixes.push({ code: 'fix.image', args: [usable], title: `Use "${usable}"`, edits: [{ range, newText: usable }] });
    if (fixes.length >= MAX_FIXES) break;
  }
  return fixes;
}

/** Minimal Mistakes' `header.image`, `header.teaser`, `header.overlay_image`; PaperMod's `cover.image`; Hugo's `images`. */
function frontMatterImages(data: Readonly<Record<string, unknown>>): [string, string][] {
  const found: [string, string][] = [];
  const header = data['header'];
  if (typeof header === 'object' && header !== null && !Array.isArray(header)) {
    for (const key of ['image', 'teaser', 'overlay_image']) {
      const v = (header as Record<string, unknown>)[key];
      if (typeof v === 'string') found.push([`header.${key}`, v]);
    }
  }
  const cover = data['cover'];
  if (typeof cover === 'object' && cover !== null && !Array.isArray(cover)) {
    const v = (cover as Record<string, unknown>)['image'];
    if (typeof v === 'string') found.push(['cover.image', v]);
  }
  const images = data['images'];
  for (const v of Array.isArray(images) ? images : [images]) if (typeof v === 'string') found.push(['images', v]);
  return found;
}

function frontMatterImageFindings(input: ReferenceCheckInput, files: SiteFiles, postDir: string): LintFinding[] {
  const fm = input.info.frontMatterLines;
  if (fm === undefined) return [];
  const lines = input.text.split('\n', fm.end + 1);
  const findings: LintFinding[] = [];
  for (const [key, value] of frontMatterImages(input.info.data)) {
    const path = localPath(value);
    if (path === undefined) continue;
    // Themes pass these through relative_url (root-relative) or read them as page resources (beside the post).
    const rel = path.replace(/^\/+/, '');
    const candidates = [joinPath(postDir, rel), ...servedCandidates(rel, input)];
    if (anyFound(candidates, files, input.pages.folders, input.hidden)) continue;
    if (path.startsWith('/') && input.pages.urlKeys?.has(urlKey(path.slice(0, path.lastIndexOf('/')))) === true) continue;
    let line = -1;
    for (let n = fm.start; n <= fm.end && line < 0; n++) if ((lines[n] ?? '').includes(value)) line = n;
    if (line < 0) continue;
    const at = (lines[line] ?? '').indexOf(value);
    const range = { line, startChar: at, endChar: at + value.length };
    findings.push({ range, severity: 'warning', code: 'image.frontMatterMissing', args: [key, value], message: lintMessage('image.frontMatterMissing', [key, value]), fixes: [] });
  }
  return findings;
}
