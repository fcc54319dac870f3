// What the link and image checks know of an Astro site: `public/` (or the config's literal publicDir) served at
// the root, images beside the post read relative to its file, and the blog route's URLs for links between posts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { readAstroSiteConfig } from '../../../../src/core/generators/astro/astroSiteConfig';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { summarizePost } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';
import type { LintFinding, SiteFiles } from '../../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const PATH = 'src/content/blog/here.md';
const POSTS: Record<string, string> = { 'src/content/blog/first.md': '---\ntitle: First\npubDate: 2024-01-05\n---\nbody\n' };
const CONTENT = `const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({ title: z.string(), pubDate: z.coerce.date(), draft: z.boolean().default(false) }),
});
export const collections = { blog };`;

function filesOf(paths: readonly string[]): SiteFiles {
  const set = new Set(paths);
  const folders = new Set([...set].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths: set, folders, theme: undefined, manifests: new Map() };
}

function check(body: string, astroConfig = 'export default defineConfig({});'): string[] {
  const config = readAstroSiteConfig([
    { file: 'astro.config.mjs', text: astroConfig },
    { file: 'src/content.config.ts', text: CONTENT },
    { file: 'src/pages/blog/[...slug].astro', text: '' },
  ]).config;
  const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: NOW };
  const text = `---\ntitle: Here\npubDate: 2024-09-01\n---\n${body}`;
  const all = { ...POSTS, [PATH]: text };
  const summaries = Object.entries(all).map(([p, t]) => summarizePost(analyzePost({ path: p, text: t, mtimeMs: NOW }, ctx)));
  const files = [...Object.keys(all), 'public/favicon.svg', 'public/img/a.png', 'src/content/blog/pic.png', 'static-files/b.png'];
  const site = lintSiteOf({ categories: [], tags: [], posts: summaries }, undefined, new Set(), filesOf(files));
  return lintPost({ path: PATH, text, ctx, site }).findings.filter((f) => /^(image|link)\./.test(f.code)).map(brief);
}

const brief = (f: LintFinding): string => `${f.severity} ${f.code} ${f.range.line}:${f.range.startChar}-${f.range.endChar}`;

describe('links and images on an Astro site', () => {
  it('serves public/ at the root and reads images beside the post relative to its file', () => {
    assert.deepEqual(check('![a](/img/a.png) ![b](./pic.png) ![c](/img/gone.png) ![d](./gone.png)\n'), ['warning image.missing 4:38-51', 'warning image.missing 4:58-68']);
  });

  it('reads a literal publicDir, and says nothing about the root when it is computed', () => {
    assert.deepEqual(check('![a](/b.png) ![b](/gone.png)\n', "export default defineConfig({ publicDir: './static-files' });"), ['warning image.missing 4:18-27']);
    assert.deepEqual(check('![a](/img/gone.png)\n', 'export default defineConfig({ publicDir: dir });'), []);
  });

  it('knows the URLs the blog route gives the posts', () => {
    assert.deepEqual(check('[a](/blog/first/) [b](/blog/gone/)\n'), ['warning link.pageMissing 4:22-33']);
  });
});
