/** The text `Insert Link to Post`, `Insert Image` and image drops put into a post: pure formatting. */
import { absolutePostUrl } from '../taxonomyGroups';

export type LinkStyle = 'postUrl' | 'permalink';
export type ImageStyle = 'markdown' | 'figure';

const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp'] as const;

/** The name Jekyll's `{% post_url %}` takes: the path inside `_posts`, without the extension; undefined outside `_posts`. */
export function postUrlName(sitePath: string): string | undefined {
  const match = /(?:^|\/)_posts\/(.+)$/.exec(sitePath);
  return match?.[1]?.replace(/\.[^./]+$/, '');
}

/** Link text with the characters that would end or nest a Markdown link escaped. */
export function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A link destination kramdown reads whole: spaces, parentheses and angle brackets percent-encoded. */
export function escapeDestination(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface PostLinkInput {
  readonly title: string;
  /** Site-relative path of the post, e.g. `dev/_posts/2024-05-22-x.md`. */
  readonly path: string;
  /** The post's URL from the site model, e.g. `/dev/x/`. */
  readonly url: string | undefined;
  readonly baseurl: string;
  readonly style: LinkStyle;
}

/** `[Title]({% post_url name %})`, or `[Title](/baseurl/url/)`; undefined when the post has neither a name nor a URL. */
export function formatPostLink(input: PostLinkInput): string | undefined {
  const text = escapeLinkText(input.title);
  const name = postUrlName(input.path);
  if (input.style === 'postUrl' && name !== undefined) {
    return `[${text}]({% post_url ${name} %})`;
  }
  return input.url === undefined ? undefined : `[${text}](${escapeDestination(absolutePostUrl('', input.baseurl, input.url))})`;
}

export function isImagePath(file: string): boolean {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext !== undefined && (IMAGE_EXTENSIONS as readonly string[]).includes(ext);
}

/** The glob of the image files under the site-relative `folders` ('' for the whole site), relative to the site's folder. */
export function imageGlob(folders: readonly string[]): string {
  const files = `**/*.{${IMAGE_EXTENSIONS.flatMap((e) => [e, e.toUpperCase()]).join(',')}}`;
  const unique = [...new Set(folders)];
  if (unique.length === 0 || unique.includes('')) return files;
  return `${unique.length === 1 ? (unique[0] ?? '') : `{${unique.join(',')}}`}/${files}`;
}

/** The glob of the image files `Insert Image` offers on a Jekyll site, relative to the site's folder. */
export const IMAGE_GLOB = imageGlob(['assets', 'images']);

/** A file's name without folders and extension: the default alt text. */
export function fileStem(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export interface ImageInput {
  /** Site-relative path of the image, e.g. `assets/images/x.png`. */
  readonly path: string;
  readonly alt: string;
  readonly baseurl: string;
  readonly style: ImageStyle;
}

/**
 * `![alt]({{ site.baseurl }}/assets/x.png)` (the prefix only when the site has a baseurl), or Minimal Mistakes'
 * `{% include figure %}`, whose `image_path` goes through `relative_url` in the include and so takes no prefix.
 */
export function formatImage(input: ImageInput): string {
  const sitePath = `/${input.path.replace(/^\/+/, '')}`;
  if (input.style === 'figure') {
    const attr = (s: string): string => s.replace(/"/g, '&quot;');
    return `{% include figure image_path="${attr(sitePath)}" alt="${attr(input.alt)}" caption="" %}`;
  }
  const prefix = input.baseurl.replace(/\/+$/, '') === '' ? '' : '{{ site.baseurl }}';
  return `![${escapeLinkText(input.alt)}](${prefix}${escapeDestination(sitePath)})`;
}

/** The slug of a post or draft from its path: the file name without the date and the extension. */
export function postSlug(sitePath: string): string {
  return fileStem(sitePath).replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
}

/**
 * Where an image from outside the site is copied for a post: `assets/images/<post-slug>/<name>`, never over an
 * existing file (`name-2.png`, `name-3.png`, …).
 */
export function imageCopyPath(postPath: string, fileName: string, exists: (sitePath: string) => boolean): string {
  const slug = postSlug(postPath);
  const dir = slug === '' ? 'assets/images' : `assets/images/${slug}`;
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const stem = fileStem(base);
  const ext = base.slice(stem.length);
  for (let n = 1; ; n++) {
    const candidate = `${dir}/${n === 1 ? stem : `${stem}-${n}`}${ext}`;
    if (!exists(candidate)) {
      return candidate;
    }
  }
}
