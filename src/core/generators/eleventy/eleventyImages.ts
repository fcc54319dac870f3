/**
 * An Eleventy post's images. Eleventy copies no image by itself: only what the config passes through
 * (eleventyPassthrough.ts). An image goes into the first literal passthrough folder (under `images/<slug>/` when
 * that folder is the output's root), else the folder of the first passthrough glob, and is linked at its URL there,
 * with pathPrefix in front unless HtmlBasePlugin puts it there (Eleventy writes a Markdown link out as it is: asked
 * of Eleventy in test/conformance/eleventy/eleventyImages.test.ts); a file a glob does not match is not served.
 * When the config shows no passthrough, the image goes next to the post, linked relatively, with a note that the
 * build may not serve it.
 */
import { globToRegExp } from '../../glob';
import { folderOf, imageSlug, joinPath, under, type ImagePlacing } from '../../images/imagePlacing';
import type { SiteConfig } from '../../siteConfig';
import type { EleventyPassthrough } from './eleventyPassthrough';
import type { EleventyConfig } from './eleventySiteConfig';

const own = (config: SiteConfig): EleventyConfig => config as EleventyConfig;

const IMAGE_EXTS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'];

function copies(p: EleventyPassthrough, file: string): boolean {
  return p.pattern === undefined || globToRegExp(p.pattern)?.test(file) === true;
}

/** The folder a passthrough takes a post's images into: a per-post folder where its files keep their paths and the glob takes them. */
function folderFor(p: EleventyPassthrough, post: string): string {
  const nested = p.to === '' ? joinPath(p.from, 'images', imageSlug(post)) : joinPath(p.from, imageSlug(post));
  if (p.pattern === undefined) return nested;
  return !p.flat && IMAGE_EXTS.some((ext) => copies(p, `${nested}/image.${ext}`)) ? nested : p.from;
}

export const eleventyImages: ImagePlacing = {
  pickFrom: (config) => {
    const { eleventy } = own(config);
    return [...new Set([...eleventy.passthrough.map((p) => p.from), eleventy.dirs.input])];
  },
  copyFolder: (post, config) => {
    const { passthrough } = own(config).eleventy;
    const first = passthrough.find((p) => p.pattern === undefined) ?? passthrough[0];
    if (first === undefined) return { folder: folderOf(post), note: 'servedFolderUnknown' };
    return { folder: folderFor(first, post) };
  },
  link: (_post, image, config) => {
    const { passthrough, pathPrefix, htmlBase } = own(config).eleventy;
    const prefix = htmlBase ? '' : pathPrefix.replace(/\/+$/, '');
    for (const p of passthrough) {
      const rest = under(p.from, image);
      if (rest === undefined || !copies(p, image)) continue;
      return `${prefix}/${joinPath(p.to, p.flat === true ? rest.slice(rest.lastIndexOf('/') + 1) : rest)}`;
    }
    return undefined;
  },
};
