/**
 * What a Hexo 8.1.2 site serves besides its posts: every file of `source_dir` whose path has no segment starting
 * with `_` or `.` (box/common isHiddenFile; `skip_render` files are copied as they are), and the theme's `source`
 * folder (`themes/<theme>/source`) when the theme is a folder of the site. With `post_asset_folder`, a post's
 * folder of the same name (`_posts/hello/` beside `_posts/hello.md`) is served at the post's URL.
 */
import { isHexoHiddenPath } from './hexoPlace';
import type { SiteFiles } from '../../lint/lintTypes';
import type { HexoSettings } from './hexoSettings';

function sourcePrefix(settings: Pick<HexoSettings, 'sourceDir'>): string {
  return settings.sourceDir === '' || settings.sourceDir === '.' ? '' : `${settings.sourceDir}/`;
}

export function hexoServedFolders(settings: HexoSettings, files: SiteFiles): string[] {
  const own = sourcePrefix(settings).replace(/\/$/, '');
  const theme = settings.raw['theme'];
  const themeSource = typeof theme === 'string' && /^[\w.-]+$/.test(theme) ? `themes/${theme}/source` : undefined;
  // A theme installed from npm (hexo-theme-NAME) is not listed: its files are not known, and what a post names
  // from it is rarely an image of a post.
  return themeSource !== undefined && files.folders.has(themeSource) ? [own, themeSource] : [own];
}

/** Whether Hexo leaves a file of its source (or the theme's) out of the site: a `_` or `.` segment under it. */
export function hexoHidesServed(sitePath: string, settings: HexoSettings): boolean {
  const prefix = sourcePrefix(settings);
  const themeSource = /^themes\/[^/]+\/source\//.exec(sitePath)?.[0];
  const inner = themeSource !== undefined ? sitePath.slice(themeSource.length) : prefix !== '' && sitePath.startsWith(prefix) ? sitePath.slice(prefix.length) : prefix === '' ? sitePath : undefined;
  return inner !== undefined && isHexoHiddenPath(inner);
}

/** The asset folder Hexo serves at a post's URL (`post_asset_folder`), or undefined. */
export function hexoAssetFolder(postPath: string, settings: HexoSettings): string | undefined {
  if (!settings.postAssetFolder) return undefined;
  const prefix = sourcePrefix(settings);
  if (!postPath.startsWith(`${prefix}_posts/`) && !postPath.startsWith(`${prefix}_drafts/`)) return undefined;
  return postPath.replace(/\.[^./]+$/, '');
}
