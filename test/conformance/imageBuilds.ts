// What the image conformance tests share: put an image into a post of a throw-away copy of a site the way
// Postcraft's Insert Image does (core/images, through the site's own config as the platform reads it), then, once
// the real generator has built the copy, find the page that shows it and say whether its `<img src>` is a file of
// the output.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generatorById } from '../../src/core/generators/generators';
import { imageFor, type ImageResult } from '../../src/core/images/imageText';
import { loadSiteConfig } from '../../src/platform/siteConfigFile';
import { siteGenerator } from '../../src/platform/siteLocator';
import { nodeFileSystem } from '../../src/platform/nodeFileSystem';

/** A 1×1 PNG: a real image, which generators that optimise images (Astro) can read. */
export const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Copies a site into a new temporary folder, leaving out the names in `leftOut` wherever they are. */
export function copySite(site: string, leftOut: readonly string[]): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-images-'));
  const skip = new Set(leftOut);
  fs.cpSync(site, copy, { recursive: true, filter: (from) => path.resolve(from) === path.resolve(site) || !skip.has(path.basename(from)) });
  return copy;
}

/**
 * Inserts the image `fileName` (copied from outside the site) at the end of the post `post` (site-relative) of
 * the site at `root`, as Insert Image does: the copy where the site's generator serves it, the text at the end.
 */
export async function insertImageAsPostcraft(root: string, post: string, fileName: string): Promise<ImageResult> {
  const id = await siteGenerator(nodeFileSystem, root);
  const generator = id === undefined ? undefined : generatorById(id);
  if (generator === undefined) throw new Error(`no site at ${root}`);
  const { config } = await loadSiteConfig(nodeFileSystem, root, generator);
  const at = (rel: string): string => path.join(root, ...rel.split('/'));
  const image = imageFor({ post, config, from: { kind: 'copy', fileName }, alt: path.parse(fileName).name, style: 'markdown', exists: (rel) => fs.existsSync(at(rel)) });
  if (image.copyTo !== undefined) {
    fs.mkdirSync(path.dirname(at(image.copyTo)), { recursive: true });
    fs.writeFileSync(at(image.copyTo), PNG_1PX);
  }
  fs.appendFileSync(at(post), `\n\n${image.text}\n`);
  return image;
}

/** Every HTML file under a folder, output-relative with `/`. */
function htmlFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, base), { withFileTypes: true })) {
    const rel = base === '' ? entry.name : `${base}/${entry.name}`;
    if (entry.isDirectory()) out.push(...htmlFiles(dir, rel));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out;
}

export interface BuiltImage {
  /** The page showing the image, output-relative (`2024/04/10/go-modules/index.html`). */
  readonly page: string;
  /** Its `src` as the build wrote it. */
  readonly src: string;
  /** The output file `src` names, output-relative; undefined when there is none. */
  readonly file: string | undefined;
}

/** The file of `out` an `src` on `page` names, resolved as a browser does on a site served under `basePath` (`/blog/`). */
export function outputFileOf(out: string, page: string, src: string, basePath = '/'): string | undefined {
  const pageUrl = new URL(`http://site${basePath}${page.replace(/(^|\/)index\.html$/, '$1')}`);
  const url = new URL(src.replace(/&amp;/g, '&'), pageUrl);
  if (url.host !== 'site') return undefined;
  let pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(basePath)) return undefined;
  pathname = pathname.slice(basePath.length);
  const file = path.join(out, ...pathname.split('/'));
  return fs.existsSync(file) && fs.statSync(file).isFile() ? pathname : undefined;
}

/** Every `<img>` of the built pages whose `alt` is `alt`, with the output file its `src` names. */
export function builtImages(out: string, alt: string, basePath = '/'): BuiltImage[] {
  const found: BuiltImage[] = [];
  for (const page of htmlFiles(out)) {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    for (const tag of html.match(/<img\b[^>]*>/g) ?? []) {
      const src = /\bsrc="([^"]*)"/.exec(tag)?.[1];
      if (src === undefined || !new RegExp(`\\balt="${alt}"`).test(tag)) continue;
      found.push({ page, src, file: outputFileOf(out, page, src, basePath) });
    }
  }
  return found;
}
