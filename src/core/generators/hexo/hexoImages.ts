/**
 * A Hexo post's images. With `post_asset_folder: true`, the post's asset folder (its path without the extension),
 * whose files Hexo publishes beside the post's page, named by `{% asset_img %}`: hexo-renderer-marked puts `root`
 * before a relative Markdown image (`./x.png` becomes `/./x.png`) unless the site sets `marked.postAsset`, which
 * finds the asset of a relative path (then a Markdown image of it). Otherwise `source/images/<slug>/`, which
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

/** Whether hexo-renderer-marked resolves a relative image to the post's asset (`marked: { postAsset: true }`). */
function markedPostAsset(config: HexoConfig): boolean {
  const marked = config.hexo.raw['marked'];
  return typeof marked === 'object' && marked !== null && (marked as Record<string, unknown>)['postAsset'] === true;
}

/** One argument of a Hexo tag: quoted when it has a space (Hexo's tag arguments split on spaces, outside quotes). */
function tagArg(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value;
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
      return markedPostAsset(own(config)) ? relativeFrom(assetFolder(post), image).replace(/^\.\//, '') : undefined;
    }
    const rest = under(hexo.sourceDir, image);
    return rest === undefined || !copiedAsIs(rest) ? undefined : `/${rest}`;
  },
  format: (post, image, alt, config) => {
    const asset = own(config).hexo.postAssetFolder ? under(assetFolder(post), image) : undefined;
    if (asset === undefined || markedPostAsset(own(config))) return undefined;
    // img.ts reads a title, then an alt, each in double quotes inside ONE argument (Hexo's docs: '"title" "alt"');
    // the tag's argument parser takes the outer quotes off.
    const text = alt.replace(/["'\r\n]/g, ' ').trim() || asset;
    return `{% asset_img ${tagArg(asset)} '"${text}" "${text}"' %}`;
  },
};

