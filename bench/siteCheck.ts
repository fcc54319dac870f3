import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeFileSystem } from '../src/platform/nodeFileSystem';
import { performance } from 'node:perf_hooks';
import { indexSite } from '../src/platform/siteIndexer';
import { lintSiteFiles } from '../src/platform/siteLint';
import { listSiteFiles } from '../src/platform/siteFileList';
import { lintPost } from '../src/core/lint/lintPost';
import { lintSiteOf } from '../src/core/lint/lintSite';
import { postUrlNameOf } from '../src/core/generators/jekyll/jekyllPostUrlFixes';
import { generateSite } from './generateSite';

/**
 * `node out/bench/siteCheck.js`: what `postcraft check` costs on the generated 10k-post Jekyll site, and what the
 * build checks cost when every post's body has Liquid for them to read (a post_url to another post, one to no post,
 * an include, a block), and the link and image checks something to look up (an image that is not there, one without
 * alt text, a link to a post URL no post has). Prints figures; asserts nothing.
 */
async function main(): Promise<void> {
  const repoRoot = path.join(__dirname, '..', '..');
  const site = generateSite(path.join(repoRoot, 'bench', '.sites', 'site-10000'), 10_000);
  const now = Date.now();
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'jekyll', nowMs: now });
  const t0 = performance.now();
  const problems = await lintSiteFiles(nodeFileSystem, indexed, now);
  const checkMs = performance.now() - t0;
  console.log(`postcraft check's lint of ${indexed.files.length} posts (site files listed once): ${checkMs.toFixed(0)} ms, ${problems.length} problems`);

  const t1 = performance.now();
  const files = await listSiteFiles(nodeFileSystem, site, indexed.loaded.config.raw);
  console.log(`listing the site's files: ${(performance.now() - t1).toFixed(0)} ms (${files?.paths.size ?? 0} files)`);
  const snapshot = indexed.model.snapshot();
  const lintSite = lintSiteOf(snapshot, undefined, indexed.model.shapers, files);
  const names = snapshot.posts.map((p) => postUrlNameOf(p.path, '')).filter((n): n is string => n !== undefined);
  const ctx = { config: indexed.loaded.config, zone: indexed.loaded.zone, nowMs: now };
  const texts = indexed.files.map((f, i) => {
    const liquid = `\n\n{% if page.title %}[이전 글]({% post_url ${names[(i * 7) % names.length] ?? ''} %}){% endif %} {% post_url 2015-01-01-no-such-post %} {% include missing.html %}\n![그림](/nowhere.png) ![](/index.html) [지난 글](/2015/01/01/no-such-post.html)\n`;
    return { path: f.relativePath, text: fs.readFileSync(f.absolutePath, 'utf8') + liquid };
  });
  const t2 = performance.now();
  let findings = 0;
  let references = 0;
  for (const t of texts) {
    const found = lintPost({ path: t.path, text: t.text, ctx, site: lintSite }).findings;
    findings += found.filter((f) => f.code.startsWith('jekyll.')).length;
    references += found.filter((f) => /^(image|link)\./.test(f.code)).length;
  }
  console.log(`lint of ${texts.length} posts with Liquid, links and images in every body: ${(performance.now() - t2).toFixed(0)} ms, ${findings} build-check findings, ${references} link and image findings`);
}

void main();
