/**
 * A Hugo post's images: next to `index.md` in a page bundle, linked relatively (Hugo publishes a bundle's
 * resources beside its page); otherwise in the static folder, `static/images/<slug>/`, served at the site's root
 * (`/images/<slug>/x.png` under the baseURL's path, which Hugo does not add to a Markdown link itself).
 */
import { folderOf, isFolderPost, imageSlug, joinPath, relativeFrom, under, underBase, type ImagePlacing } from '../../images/imagePlacing';
import type { SiteConfig } from '../../siteConfig';
import type { HugoConfig } from './hugoSiteConfig';

function staticFolder(config: HugoConfig): string {
  const configured = config.hugo.raw['staticdir'];
  return typeof configured === 'string' && !configured.startsWith('/') && !configured.includes('..') ? configured.replace(/^\.\/|\/+$/g, '') : 'static';
}

const own = (config: SiteConfig): HugoConfig => config as HugoConfig;

export const hugoImages: ImagePlacing = {
  pickFrom: (config) => [staticFolder(own(config)), own(config).hugo.contentDir],
  copyFolder: (post, config) => (isFolderPost(post) ? { folder: folderOf(post) } : { folder: joinPath(staticFolder(own(config)), 'images', imageSlug(post)) }),
  link: (post, image, config) => {
    if (isFolderPost(post)) {
      const inBundle = under(folderOf(post), image);
      if (inBundle !== undefined) return relativeFrom(folderOf(post), image);
    }
    const served = under(staticFolder(own(config)), image);
    return served === undefined ? undefined : underBase(own(config).hugo.baseURL, `/${served}`);
  },
};
