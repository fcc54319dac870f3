/**
 * An Eleventy post's images. Eleventy copies no image by itself: only what the config passes through
 * (eleventyPassthrough.ts). An image goes into the first literal passthrough folder (under `images/<slug>/` when
 * that folder is the output's root) and is linked at its URL there; when the config shows none, it goes next to
 * the post, linked relatively, with a note that the build may not serve it.
 */
import { folderOf, imageSlug, joinPath, under, type ImagePlacing } from '../../images/imagePlacing';
import type { SiteConfig } from '../../siteConfig';
import type { EleventyConfig } from './eleventySiteConfig';

const own = (config: SiteConfig): EleventyConfig => config as EleventyConfig;

export const eleventyImages: ImagePlacing = {
  pickFrom: (config) => {
    const { eleventy } = own(config);
    return [...new Set([...eleventy.passthrough.map((p) => p.from), eleventy.dirs.input])];
  },
  copyFolder: (post, config) => {
    const first = own(config).eleventy.passthrough[0];
    if (first === undefined) return { folder: folderOf(post), note: 'servedFolderUnknown' };
    return { folder: first.to === '' ? joinPath(first.from, 'images', imageSlug(post)) : joinPath(first.from, imageSlug(post)) };
  },
  link: (_post, image, config) => {
    for (const p of own(config).eleventy.passthrough) {
      const rest = under(p.from, image);
      if (rest !== undefined) return `/${joinPath(p.to, rest)}`;
    }
    return undefined;
  },
};

