/**
 * An Astro post's images: next to the post, linked relatively (`./x.png`), which Astro's content collections
 * resolve and optimise as images of the entry; an image of `public/` is linked at its URL from the root.
 */
import { folderOf, joinPath, relativeFrom, under, type ImagePlacing } from '../../images/imagePlacing';

export const astroImages: ImagePlacing = {
  pickFrom: () => ['src', 'public'],
  copyFolder: (post) => ({ folder: folderOf(post) }),
  link: (post, image, config) => {
    const served = under('public', image);
    if (served !== undefined) return `${config.baseurl.replace(/\/+$/, '')}/${served}`;
    // Astro's Markdown resolves an image path relative to the entry when it starts with `./` or `../`.
    return under('src', image) === undefined ? undefined : relativeFrom(folderOf(post), joinPath(image));
  },
};
