// Which templates are posts, and what Postcraft says of them, on small sites on disk (read through the platform,
// as the extension reads them): the post tags, drafts only with a draft rule, and dates Eleventy cannot read.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { indexSite } from '../../../../src/platform/siteIndexer';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { createTimeZone } from '../../../../src/core/timeZone';
import { analyzePost } from '../../../../src/core/analyzePost';
import { eleventyFrontMatterRules, eleventyHover } from '../../../../src/core/generators/eleventy/eleventyFrontMatterRules';
import { tempSite } from '../../platform/tempSite';

const noDraftRule = tempSite({
  '.eleventy.js': 'module.exports = () => ({ dir: { input: "." } });\n',
  'blog/blog.json': '{ "tags": ["blog"] }',
  'blog/draft.md': '---\ntitle: Draft?\ndate: 2024-01-01\ndraft: true\n---\n',
  'blog/bad-date.md': '---\ntitle: Bad date\ndate: "2024-01-02 10:00"\n---\n',
  'blog/excluded-from-blog.md': '---\ndate: 2024-01-03\neleventyExcludeFromCollections: [blog]\n---\n',
  'pages/about.md': '---\ntitle: About\n---\n',
  'posts/legacy.md': '---\ntitle: Tagged by its front matter\ndate: 2024-01-04\ntags: [posts, "Go Lang"]\n---\n',
});

after(() => fs.rmSync(noDraftRule, { recursive: true, force: true }));

describe('Eleventy posts', () => {
  it('posts: the posts tag, and the tags a post folder\'s data file gives; a page is not a post', async () => {
    const { model } = await indexSite(noDraftRule, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
    const status = Object.fromEntries(model.snapshot().posts.map((p) => [p.path, p.status]));
    assert.deepEqual(status, {
      'blog/draft.md': 'published',
      'blog/bad-date.md': 'published',
      'blog/excluded-from-blog.md': 'notPost',
      'pages/about.md': 'notPost',
      'posts/legacy.md': 'published',
    });
    assert.deepEqual(model.get('posts/legacy.md')?.tags, ['Go Lang'], 'topic tags only: the collection tag makes the post');
  });

  it('`draft: true` is only a key without a draft rule in the config', async () => {
    const { model } = await indexSite(noDraftRule, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
    assert.equal(model.get('blog/draft.md')?.isDraft, false);
    assert.equal(model.get('blog/draft.md')?.willPublish, true);
  });

  it('a date Luxon cannot read is an error in Eleventy\'s words, at the date\'s line, in lint too', async () => {
    const { model, loaded } = await indexSite(noDraftRule, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
    const problem = model.get('blog/bad-date.md')?.problems.find((p) => p.severity === 'error');
    assert.deepEqual([problem?.code, problem?.line], ['eleventy.date', 2]);
    assert.match(problem?.message ?? '', /Eleventy stops the build/);
    const text = fs.readFileSync(`${noDraftRule}/blog/bad-date.md`, 'utf8');
    const lint = lintPost({ path: 'blog/bad-date.md', text, ctx: { config: loaded.config, zone: createTimeZone('UTC').zone, nowMs: Date.now() }, site: lintSiteOf({ categories: [], tags: [] }, undefined) });
    assert.ok(lint.findings.some((f) => f.code === 'eleventy.date' && f.range.line === 2 && !/Jekyll/.test(f.message)));
  });
});

describe('Eleventy front-matter rules', () => {
  it('documents Eleventy\'s own keys in English and Korean, and hovers the date with where it came from', async () => {
    const { model, loaded } = await indexSite(noDraftRule, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
    const keys = eleventyFrontMatterRules.keyDocs(loaded.config);
    assert.ok(['title', 'date', 'tags', 'permalink', 'eleventyExcludeFromCollections'].every((k) => keys.some((d) => d.key === k && d.source === 'eleventy' && d.ko !== '')));
    assert.equal(keys.some((d) => d.key === 'categories' || d.key === 'published'), false, 'no Jekyll keys');
    const text = fs.readFileSync(`${noDraftRule}/posts/legacy.md`, 'utf8');
    const info = analyzePost({ path: 'posts/legacy.md', text, mtimeMs: 0 }, { config: loaded.config, zone: createTimeZone('UTC').zone, nowMs: Date.now() });
    assert.equal(model.get('posts/legacy.md')?.date?.iso, info.date?.iso);
    assert.deepEqual(eleventyHover('date', info).dates, [{ name: 'date', iso: '2024-01-04T00:00:00+00:00', from: 'date' }]);
    assert.equal(eleventyHover('permalink', info).makesUrl, true);
  });
});
