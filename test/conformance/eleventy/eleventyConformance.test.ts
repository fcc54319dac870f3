// Postcraft's reading of every Eleventy site (the sample, the hard cases, the corpus) against Eleventy 3.1.8's own
// (eleventyOracle.ts): the same files are posts (members of the site's post collections), and each has the same
// page.url, date, tags, title and fileSlug, where Postcraft claims to know them (a post whose URL, date or tags
// Eleventy computes by running code says so with an info problem, and that field is not compared).
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { generatorOfFolder } from '../../harness/siteKinds';
import { ELEVENTY_COMPUTED } from '../../../src/core/generators/eleventy/eleventyClassify';
import { askEleventy, type OracleConfig } from './eleventyOracle';
import type { EleventyConfig } from '../../../src/core/generators/eleventy/eleventySiteConfig';
import type { PostSummary } from '../../../src/core/postSummary';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const fixtures = path.join(root, 'test', 'fixtures', 'eleventy-sites');
const sample = path.join(root, 'samples', 'eleventy-blog');

interface Site {
  readonly dir: string;
  /** Sites we write run with their own config; corpus sites' configs need their own packages. */
  readonly ownConfig: boolean;
}

function sites(): Site[] {
  const list: Site[] = [{ dir: sample, ownConfig: true }, ...fs.readdirSync(fixtures).map((d) => ({ dir: path.join(fixtures, d), ownConfig: true }))];
  if (fs.existsSync(corpus)) {
    list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'eleventy').map((dir) => ({ dir, ownConfig: false })));
  } else if (process.env['CI'] === 'true') {
    throw new Error(`the shared corpus is missing at ${corpus}`);
  } else {
    console.log(`eleventy conformance: ${corpus} is absent, so the corpus sites were skipped`);
  }
  return list;
}

const has = (post: PostSummary, code: string): boolean => post.problems.some((p) => p.code === code);

describe('conformance with Eleventy 3.1.8 (eleventyOracle.ts)', () => {
  for (const site of sites()) {
    it(path.relative(path.dirname(root), site.dir), async () => {
      const indexed = await indexSite(site.dir, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
      const config = indexed.loaded.config as EleventyConfig;
      const settings = config.eleventy;
      const oracleConfig: OracleConfig = site.ownConfig ? { kind: 'site' } : { kind: 'minimal', dirs: settings.dirs, markdownTemplateEngine: settings.markdownTemplateEngine };
      const eleventy = askEleventy(site.dir, oracleConfig);
      try {
        const posts = indexed.model.snapshot().posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid');
        const postTags = new Set(settings.postTags);
        // Eleventy's posts: the templates in a post collection. Drafts are not among them where the config drops them.
        const items = new Map(eleventy.items.filter((i) => i.tags.some((t) => postTags.has(t))).map((i) => [i.inputPath, i]));
        const built = posts.filter((p) => !p.isDraft);
        assert.deepEqual(built.map((p) => p.path).sort(), [...items.keys()].sort(), 'the same files are posts');
        for (const draft of posts.filter((p) => p.isDraft)) {
          assert.equal(eleventy.items.some((i) => i.inputPath === draft.path), false, `${draft.path}: the config's draft rule drops it`);
        }
        let urls = 0;
        let dates = 0;
        let titles = 0;
        for (const post of built) {
          const item = items.get(post.path);
          assert.ok(item);
          assert.equal(post.slug, item.fileSlug, `${post.path}: fileSlug`);
          if (!has(post, ELEVENTY_COMPUTED.permalink)) {
            assert.equal(post.url ?? false, item.url, `${post.path}: page.url`);
            assert.equal(post.willPublish, item.url !== false, `${post.path}: written or not`);
            urls++;
          }
          if (!has(post, ELEVENTY_COMPUTED.date) && !has(post, ELEVENTY_COMPUTED.fileDate)) {
            assert.equal(post.date === undefined ? null : new Date(post.date.epochMs).toISOString(), item.date, `${post.path}: page.date`);
            dates++;
          }
          if (!has(post, ELEVENTY_COMPUTED.tags)) {
            assert.deepEqual(post.tags, item.tags.filter((t) => !postTags.has(t) && t !== 'all'), `${post.path}: topic tags`);
          }
          if (item.title !== null && !has(post, 'eleventy.computedFrontMatter')) {
            assert.equal(post.title, item.title, `${post.path}: title`);
            titles++;
          }
        }
        console.log(`${path.basename(site.dir)}: ${built.length} posts agree with Eleventy ${eleventy.version}${site.ownConfig ? '' : ' (minimal config: the folders read from the config text)'} — ${urls} URLs, ${dates} dates, ${titles} titles compared`);
      } finally {
        eleventy.dispose();
      }
    });
  }
});

describe('what the sample and the hard cases are there to show (asked of Eleventy)', () => {
  it('the ---js front matter and the .11tydata.js data file are code Eleventy runs and Postcraft never does', async () => {
    for (const [dir, written] of [[sample, 'written-by-js-front-matter.txt'], [path.join(fixtures, 'hard-cases'), 'written-by-data-file.txt']] as const) {
      const eleventy = askEleventy(dir, { kind: 'site' });
      try {
        assert.ok(fs.existsSync(path.join(eleventy.copy, written)), `Eleventy ran the code of ${path.basename(dir)} in its copy`);
      } finally {
        eleventy.dispose();
      }
      const indexed = await indexSite(dir, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
      assert.ok(indexed.model.snapshot().posts.length > 0);
      assert.equal(fs.existsSync(path.join(dir, written)), false, `Postcraft ran nothing in ${path.basename(dir)}`);
    }
  });

  it('the sample has a post of each kind it promises', () => {
    const eleventy = askEleventy(sample, { kind: 'site' });
    try {
      const by = new Map(eleventy.items.map((i) => [i.inputPath.replace(/^content\/blog\//, ''), i]));
      assert.equal(by.get('2024-03-05-hello-eleventy.md')?.date, '2024-03-05T00:00:00.000Z', 'a date from the path');
      assert.deepEqual(by.get('string-tag.md')?.tags, ['posts', 'notes'], 'a string tag');
      assert.equal(by.get('custom-url.md')?.url, '/writing/custom-url/', 'a permalink');
      assert.equal(by.get('unlisted-note.md')?.url, false, 'permalink: false');
      assert.equal(by.get('computed-title.md')?.title, 'Computed by Eleventy 42', 'a ---js title Eleventy computes');
      assert.equal(by.has('next-steps.md'), false, 'the draft is dropped');
      assert.ok([...by.values()].some((i) => /[가-힣]/.test(i.title ?? '')) && [...by.values()].some((i) => /^[A-Za-z]/.test(i.title ?? '')), 'Korean and English posts');
    } finally {
      eleventy.dispose();
    }
  });
});
