// What the URL-link rename conformance tests share (Eleventy, Astro): Rename Post to Match Title done on a copy of
// a site the way Postcraft's command does it (the generator's renaming in core, with the post's URL where it is
// and where it goes, and every page's URL for relative links), and the links of a built site: every `<a href>` of
// every page, with the output file it reaches as a server would serve it (a folder by its index.html).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePost } from '../../src/core/analyzePost';
import { applyEdits } from '../../src/core/edits/textEdit';
import type { GeneratorId } from '../../src/core/generators/detectGenerator';
import type { RenameTarget, RenameUrls } from '../../src/core/generators/postRenaming';
import { indexSite } from '../../src/platform/siteIndexer';
import { nodeFileSystem } from '../../src/platform/nodeFileSystem';

export interface RenameDone {
  readonly target: RenameTarget;
  readonly urls: RenameUrls;
  /** Links rewritten, per referrer. */
  readonly edited: Readonly<Record<string, number>>;
}

/** Renames the post `post` of the site at `root` after its title, and rewrites the links in `referrers` (site-relative). */
export async function renameAsPostcraft(root: string, generator: GeneratorId, post: string, referrers: readonly string[]): Promise<RenameDone> {
  const indexed = await indexSite(root, { fs: nodeFileSystem, generator, nowMs: Date.now() });
  const renaming = indexed.generator.renaming;
  if (renaming === undefined) throw new Error(`${generator} cannot rename posts`);
  const { config, zone } = indexed.loaded;
  const text = fs.readFileSync(path.join(root, post), 'utf8');
  const read = (at: string): ReturnType<typeof analyzePost> => analyzePost({ path: at, text, mtimeMs: Date.now() }, { config, zone, nowMs: Date.now(), shapers: indexed.model.shapers });
  const { title, url } = read(post);
  const target = renaming.target(post, title, config, (p) => fs.existsSync(path.join(root, p)));
  if (!target.ok) throw new Error(`${post} cannot be renamed: ${target.reason.key}`);
  const urls: RenameUrls = { from: url, to: read(target.path).url, of: (p) => indexed.model.get(p)?.url };
  const needle = renaming.needle(post, target, config, urls);
  const pages = indexed.model.snapshot().posts.map((p) => p.path);
  const edited: Record<string, number> = {};
  for (const file of referrers) {
    const at = path.join(root, file);
    const before = fs.readFileSync(at, 'utf8');
    if (needle === undefined || !before.includes(needle)) continue;
    const { edits } = renaming.referenceEdits(before, file, post, target, { config, pages, urls });
    edited[file] = edits.length;
    fs.writeFileSync(at, applyEdits(before, edits));
  }
  fs.renameSync(path.join(root, target.from), path.join(root, target.to));
  return { target, urls, edited };
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

/** The output file a URL path reaches on a site served under `basePath`: the file, or a folder's index.html. */
function servedFile(out: string, pathname: string, basePath: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const rel = pathname.slice(basePath.length);
  const file = path.join(out, ...rel.split('/'));
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile() === true) return rel;
  const index = path.join(file, 'index.html');
  return fs.statSync(index, { throwIfNoEntry: false })?.isFile() === true ? `${rel.replace(/\/$/, '')}${rel === '' ? '' : '/'}index.html` : undefined;
}

export interface BuiltLink {
  readonly page: string;
  readonly href: string;
  /** The output file it reaches, undefined when none. */
  readonly file: string | undefined;
}

/** Every local `<a href>` of the built pages, with the output file it reaches. */
export function builtLinks(out: string, basePath = '/'): BuiltLink[] {
  const links: BuiltLink[] = [];
  for (const page of htmlFiles(out)) {
    const pageUrl = new URL(`http://site${basePath}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    for (const m of html.matchAll(/<a\b[^>]*?\bhref="([^"]*)"/g)) {
      const href = (m[1] ?? '').replace(/&amp;/g, '&');
      const url = new URL(href, pageUrl);
      if (url.host !== 'site' || href.startsWith('#')) continue;
      links.push({ page, href, file: servedFile(out, decodeURIComponent(url.pathname), basePath) });
    }
  }
  return links;
}
