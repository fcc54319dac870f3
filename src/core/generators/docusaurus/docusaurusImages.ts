/**
 * A Docusaurus post's images: next to `index.md` in a folder post, linked relatively (`./x.png`), which Docusaurus
 * bundles as a file of the post; otherwise `<static folder>/img/<slug>/`, linked `/img/<slug>/x.png` (Docusaurus finds
 * a root path in its static folders, `staticDirectories`, `static` by default, and adds `baseUrl` itself). A site whose
 * config names no static folder Postcraft can use gets the image beside the post, linked relatively. Any other file of
 * the site is linked relatively too.
 */
import { folderOf, imageSlug, isFolderPost, joinPath, relativeFrom, under, type ImagePlacing } from '../../images/imagePlacing';
import type { SiteConfig } from '../../siteConfig';
import { configuredServedFolders } from '../servedFolder';
import type { DocusaurusConfig } from './docusaurusSiteConfig';

const own = (config: SiteConfig): DocusaurusConfig => config as DocusaurusConfig;

/** The site's static folders, site-relative; none when its `staticDirectories` is empty or not one Postcraft can use. */
function staticFolders(config: SiteConfig): readonly string[] {
  return configuredServedFolders(own(config).raw['staticDirectories'], 'static') ?? [];
}

export const docusaurusImages: ImagePlacing = {
  pickFrom: (config) => [...staticFolders(config), own(config).docusaurus.blogDir],
  copyFolder: (post, config) => ({
    folder: isFolderPost(post) ? folderOf(post) : joinPath(staticFolders(config)[0] ?? folderOf(post), 'img', imageSlug(post)),
  }),
  link: (post, image, config) => {
    for (const folder of staticFolders(config)) {
      const served = under(folder, image);
      if (served !== undefined) return `/${served}`;
    }
    return relativeFrom(folderOf(post), image);
  },
};
