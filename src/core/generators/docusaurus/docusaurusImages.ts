/**
 * A Docusaurus post's images: next to `index.md` in a folder post, linked relatively (`./x.png`), which Docusaurus
 * bundles as a file of the post; otherwise `static/img/<slug>/`, linked `/img/<slug>/x.png` (Docusaurus finds a
 * root path in its static folder and adds `baseUrl` itself). Any other file of the site is linked relatively too.
 */
import { folderOf, imageSlug, isFolderPost, joinPath, relativeFrom, under, type ImagePlacing } from '../../images/imagePlacing';
import type { SiteConfig } from '../../siteConfig';
import type { DocusaurusConfig } from './docusaurusSiteConfig';

const STATIC = 'static';

const own = (config: SiteConfig): DocusaurusConfig => config as DocusaurusConfig;

export const docusaurusImages: ImagePlacing = {
  pickFrom: (config) => [STATIC, own(config).docusaurus.blogDir],
  copyFolder: (post) => ({ folder: isFolderPost(post) ? folderOf(post) : joinPath(STATIC, 'img', imageSlug(post)) }),
  link: (post, image) => {
    const served = under(STATIC, image);
    return served === undefined ? relativeFrom(folderOf(post), image) : `/${served}`;
  },
};
