/**
 * A template's `page.url` as Eleventy 3.1.8 makes it (TemplatePermalink.js, TemplateFileSlug.js): `permalink`
 * from the data cascade (a string is the output path, `false` writes nothing, `{ build: ... }` too), else the folder
 * rule `/<dir>/<name>/` (with `index` and `dir/dir.md` collapsed; a date prefix is kept). A permalink with `{{ }}`
 * or `{% %}` is a template Eleventy renders: only `page.fileSlug` and `page.filePathStem` are filled in here, and
 * any other template is left as computed. `page.url` never holds pathPrefix (the `url` filter adds it).
 */

export interface EleventyPagePath {
  /** Path inside the input folder, with `/` (e.g. `posts/2024-03-05-hello.md`). */
  readonly inInput: string;
}

export type EleventyUrl =
  | { readonly kind: 'url'; readonly url: string }
  /** `permalink: false` (or an object without `build`): the page is in collections but written nowhere. */
  | { readonly kind: 'none' }
  /** A template Eleventy renders with data Postcraft does not compute. */
  | { readonly kind: 'computed'; readonly template: string }
  | { readonly kind: 'error'; readonly message: string };

function parts(page: EleventyPagePath): { dirs: string[]; name: string } {
  const all = page.inInput.split('/');
  const base = all.pop() ?? '';
  return { dirs: all, name: base.replace(/\.[^.]*$/, '') };
}

function stripDate(slug: string): string {
  return /\d{4}-\d{2}-\d{2}-(.*)/.exec(slug)?.[1] ?? slug;
}

/** `page.fileSlug`: the name without extension or date prefix; an `index` file takes its folder's name. */
export function eleventyFileSlug(page: EleventyPagePath): string {
  const { dirs, name } = parts(page);
  const raw = stripDate(name);
  if (raw !== 'index') return raw;
  const last = dirs[dirs.length - 1];
  return last === undefined ? '' : stripDate(last);
}

/** `page.filePathStem`: `/` + folders + the name without extension or date prefix. */
export function eleventyFilePathStem(page: EleventyPagePath): string {
  const { dirs, name } = parts(page);
  return `/${[...dirs, stripDate(name)].join('/')}`;
}

/** Joins and normalizes path segments as Node's path.join does for POSIX paths. */
function joinPath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(seg);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

function normalizePathToUrl(original: string): string {
  for (const needle of ['/index.html', '/index/', '/index']) {
    if (original.endsWith(needle)) return `${original.slice(0, original.length - needle.length)}/`;
  }
  return original;
}

/** TemplatePermalink#toHref of an output link. */
export function hrefOfLink(link: string): string {
  const withIndex = link + (link.endsWith('/') ? 'index.html' : '');
  const joined = joinPath(withIndex);
  const original = (joined.startsWith('/') ? '' : '/') + joined;
  return normalizePathToUrl(original);
}

const TEMPLATE = /\{\{|\{%/;
const KNOWN_VARIABLE = /\{\{\s*page\.(fileSlug|filePathStem)\s*\}\}/g;

/** The URL of a template whose cascaded `permalink` is `permalink` (undefined when none is set). */
export function eleventyUrl(page: EleventyPagePath, permalink: unknown, renders: boolean): EleventyUrl {
  let link: unknown = permalink;
  if (typeof permalink === 'object' && permalink !== null && !Array.isArray(permalink)) {
    if (!('build' in permalink)) return { kind: 'none' };
    link = (permalink as Record<string, unknown>)['build'];
  }
  if (link === false) return { kind: 'none' };
  if (link === true) return { kind: 'error', message: '`permalink: true` is not a supported feature in Eleventy: did you mean `permalink: false`?' };
  if (link !== undefined && link !== null && link !== '' && typeof link !== 'string') {
    return { kind: 'error', message: `permalink must be a string or false (it is ${Array.isArray(link) ? 'a list' : typeof link}): Eleventy stops the build` };
  }
  if (typeof link === 'string' && link !== '') {
    if (!TEMPLATE.test(link)) return { kind: 'url', url: hrefOfLink(link) };
    if (!renders) return { kind: 'computed', template: link };
    const filled = link.replace(KNOWN_VARIABLE, (_m, name: string) => (name === 'fileSlug' ? eleventyFileSlug(page) : eleventyFilePathStem(page)));
    return TEMPLATE.test(filled) ? { kind: 'computed', template: link } : { kind: 'url', url: hrefOfLink(filled) };
  }
  const { dirs, name } = parts(page);
  const dir = dirs.join('/');
  const dupe = dirs.length > 0 && dirs[dirs.length - 1] === name;
  return { kind: 'url', url: hrefOfLink(`${dir === '' ? '' : `${dir}/`}${name !== 'index' && !dupe ? `${name}/` : ''}index.html`) };
}
