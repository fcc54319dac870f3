/**
 * A Hexo post's images. With `post_asset_folder: true`, the post's asset folder (its path without the extension),
 * whose files Hexo publishes beside the post's page, linked relatively. Otherwise `source/images/<slug>/`, which
 * Hexo copies as it is, linked from the site's root: hexo-renderer-marked's `prependRoot` adds `root` itself.
 */
import { imageSlug, joinPath, relativeFrom, under, type ImagePlacing } from '../../images/imagePlacing';
import type { SiteConfig } from '../../siteConfig';
import type { HexoConfig } from './hexoSiteConfig';

const own = (config: SiteConfig): HexoConfig => config as HexoConfig;

/** The asset folder of a post or draft: its path without the extension. */
function assetFolder(post: string): string {
  return post.replace(/\.[^./]+$/, '');
}

/** Whether Hexo copies a file of `source` as it is: not under a `_` or `.` folder (posts, drafts) nor hidden. */
function copiedAsIs(rest: string): boolean {
  return !rest.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));
}

export const hexoImages: ImagePlacing = {
  pickFrom: (config) => [own(config).hexo.sourceDir],
  copyFolder: (post, config) => {
    const { hexo } = own(config);
    return hexo.postAssetFolder ? { folder: assetFolder(post) } : { folder: joinPath(hexo.sourceDir, 'images', imageSlug(post)) };
  },
  link: (post, image, config) => {
    const { hexo } = own(config);
    if (hexo.postAssetFolder && under(assetFolder(post), image) !== undefined) {
      return relativeFrom(assetFolder(post), image);
    }
    const rest = under(hexo.sourceDir, image);
    return rest === undefined || !copiedAsIs(rest) ? undefined : `/${rest}`;
  },
};

