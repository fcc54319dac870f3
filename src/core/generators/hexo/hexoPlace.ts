/**
 * Which files of a Hexo site are posts (lib/plugins/processor/post.ts and common.ts at 8.1.2): files under
 * `<source_dir>/_posts/` (published unless front matter says otherwise) and `<source_dir>/_drafts/` (always drafts),
 * except paths with a segment starting with `_` or `.` under them, temporary files (ending `~` or `%`), and files no
 * renderer takes (with hexo-renderer-marked, which every Markdown blog installs); with `post_asset_folder`, only
 * files with `new_post_name`'s extension are posts, the rest are the post's assets. `skip_render` matches are assets.
 */
import { globToRegExp } from '../../glob';
import type { HexoSettings } from './hexoSettings';
import type { PostPlace } from '../../postPath';

/** Hexo's own renderers and hexo-renderer-marked's (lib/plugins/renderer/index.ts; hexo-renderer-marked index.js). */
export const HEXO_RENDERABLE = new Set(['htm', 'html', 'css', 'js', 'json', 'yml', 'yaml', 'njk', 'j2', 'md', 'markdown', 'mkd', 'mkdn', 'mdwn', 'mdtxt', 'mdtext']);

function extOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}

export function isHexoTmpFile(path: string): boolean {
  return path.endsWith('%') || path.endsWith('~');
}

export function isHexoHiddenPath(path: string): boolean {
  return /(^|\/)[_.]/.test(path);
}

/** Whether Hexo renders the file as a post rather than keeping it as an asset. */
export function isHexoPostFile(sourcePath: string, settings: Pick<HexoSettings, 'postAssetFolder' | 'newPostName' | 'skipRender'>): boolean {
  const ext = extOf(sourcePath);
  if (!HEXO_RENDERABLE.has(ext)) return false;
  if (settings.skipRender.some((glob) => globToRegExp(glob)?.test(sourcePath) === true)) return false;
  return !settings.postAssetFolder || ext === extOf(settings.newPostName);
}

/** The folder of posts under the site, and of drafts. */
export function hexoPostRoots(settings: Pick<HexoSettings, 'sourceDir'>): { readonly posts: string; readonly drafts: string } {
  const prefix = settings.sourceDir === '' || settings.sourceDir === '.' ? '' : `${settings.sourceDir}/`;
  return { posts: `${prefix}_posts`, drafts: `${prefix}_drafts` };
}

export function hexoPlaceOf(rawPath: string, settings: HexoSettings): PostPlace {
  const sitePath = rawPath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const roots = hexoPostRoots(settings);
  const specialDir = sitePath.startsWith(`${roots.posts}/`) ? '_posts' : sitePath.startsWith(`${roots.drafts}/`) ? '_drafts' : undefined;
  if (specialDir === undefined) return { kind: 'outside', sitePath };
  const root = specialDir === '_posts' ? roots.posts : roots.drafts;
  const inner = sitePath.slice(root.length + 1);
  const sourcePath = sitePath.slice(settings.sourceDir === '' || settings.sourceDir === '.' ? 0 : settings.sourceDir.length + 1);
  if (isHexoTmpFile(sourcePath) || isHexoHiddenPath(inner)) {
    return { kind: 'notPost', sitePath, reason: 'ignoredName', message: 'Hexo skips files and folders whose name starts with _ or . here, and names ending in ~ or %' };
  }
  if (!isHexoPostFile(sourcePath, settings)) return { kind: 'outside', sitePath };
  return { kind: specialDir === '_posts' ? 'post' : 'draft', sitePath, jekyllPath: inner, specialDir };
}
