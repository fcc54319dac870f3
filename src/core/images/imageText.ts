/** The text an image puts into a post, and the copy it needs, by the rule of the site's generator (Generator.images). */
import { generatorOf } from '../generators/generators';
import { escapeDestination, escapeLinkText, formatImage, imageCopyPath, type ImageStyle } from '../edits/insertLinks';
import { folderOf, imageCopy, relativeFrom, type ImageFolderNote } from './imagePlacing';
import type { SiteConfig } from '../siteConfig';

/** Why the link may not resolve in the built site: the copy's folder is a guess, or the site file is not served. */
export type ImageNote = ImageFolderNote | 'notServed';

/** An image already in the site (site-relative), or one from outside to copy in under its file name. */
export type ImageFrom = { readonly kind: 'site'; readonly path: string } | { readonly kind: 'copy'; readonly fileName: string };

export interface ImageRequest {
  /** The post, site-relative. */
  readonly post: string;
  readonly config: SiteConfig;
  readonly from: ImageFrom;
  readonly alt: string;
  /** Jekyll's `{% include figure %}` where the generator is Jekyll; Markdown for the others. */
  readonly style: ImageStyle;
  /** Whether a site-relative path is taken (on disk, or by another copy of the same edit). */
  readonly exists: (sitePath: string) => boolean;
}

export interface ImageResult {
  readonly text: string;
  /** Where the image is copied to, site-relative, when it comes from outside the site. */
  readonly copyTo: string | undefined;
  readonly note: ImageNote | undefined;
}

/** The image's text and copy for a post. Never throws. */
export function imageFor(request: ImageRequest): ImageResult {
  const { post, config, from } = request;
  const placing = generatorOf(config).images;
  if (placing === undefined) {
    const path = from.kind === 'site' ? from.path : imageCopyPath(post, from.fileName, request.exists);
    return { text: formatImage({ path, alt: request.alt, baseurl: config.baseurl, style: request.style }), copyTo: from.kind === 'copy' ? path : undefined, note: undefined };
  }
  const copy = from.kind === 'copy' ? imageCopy(placing, post, from.fileName, config, request.exists) : undefined;
  const path = copy?.path ?? (from.kind === 'site' ? from.path : '');
  const own = placing.format?.(post, path, request.alt, config);
  if (own !== undefined) return { text: own, copyTo: copy?.path, note: copy?.note };
  const link = placing.link(post, path, config);
  const note: ImageNote | undefined = copy?.note ?? (link === undefined ? 'notServed' : undefined);
  const destination = link ?? relativeFrom(folderOf(post), path);
  return { text: `![${escapeLinkText(request.alt)}](${escapeDestination(destination)})`, copyTo: copy?.path, note };
}

/** The site-relative folders the image picker lists images from, by the generator's rule (Jekyll: `assets`, `images`). */
export function imagePickFolders(config: SiteConfig): readonly string[] {
  return generatorOf(config).images?.pickFrom(config) ?? ['assets', 'images'];
}
