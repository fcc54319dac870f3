import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';
import { SiteModel } from '../../../src/core/siteModel';
import { analyzePost } from '../../../src/core/analyzePost';
import type { PostContext } from '../../../src/core/post';
import { EXPECTED, EXPECTED_CATEGORIES, EXPECTED_TAGS, FILES } from './jekyllSite.fixture';

// A small site, and what Jekyll 4.3.1 made of it (Jekyll::Site#read with timezone Asia/Seoul, recorded
// with a Ruby script outside the repo). Deliberate differences, checked separately below:
// - `---js` front matter: Jekyll publishes the post with the block as content; we report it as invalid.
// - non-string categories: Jekyll keeps both 2024 and "2024"; we keep the string once.
const NOW = Date.parse('2026-01-01T00:00:00Z');

function ctx(): PostContext {
  return { config: parseConfig(FILES['_config.yml'] ?? '').config, zone: createTimeZone('Asia/Seoul').zone, nowMs: NOW };
}

function buildModel(): SiteModel {
  const { config, problems } = parseConfig(FILES['_config.yml'] ?? '');
  assert.deepEqual(problems, []);
  const model = new SiteModel({ config, zone: createTimeZone('Asia/Seoul').zone, nowMs: NOW });
  for (const [path, text] of Object.entries(FILES)) {
    if (path !== '_config.yml') model.upsert({ path, text, mtimeMs: NOW - 1000 });
  }
  return model;
}

test('posts Jekyll publishes: URL, date, title, categories, tags, layout, excerpt, defaults', () => {
  const snap = buildModel().snapshot();
  const published = snap.posts.filter((p) => p.willPublish);
  const expected = EXPECTED.filter((e) => !e.path.endsWith('-js.md'));
  assert.deepEqual(published.map((p) => p.path).sort(), expected.map((e) => e.path).sort());
  for (const e of expected) {
    const p = published.find((x) => x.path === e.path);
    assert.ok(p, e.path);
    if (!p) continue;
    assert.equal(p.url, e.url, `${e.path} url`);
    assert.equal(p.date?.iso, e.date, `${e.path} date`);
    assert.equal(p.title, e.title, `${e.path} title`);
    assert.deepEqual(p.categories, e.categories, `${e.path} categories`);
    assert.deepEqual(p.tags, e.tags, `${e.path} tags`);
    assert.equal(p.layout, e.layout, `${e.path} layout`);
    // The model keeps summaries; the full reading of one post gives the raw excerpt and the effective data.
    const full = analyzePost({ path: e.path, text: FILES[e.path] ?? '', mtimeMs: NOW - 1000 }, ctx());
    assert.equal(full.excerpt?.raw, e.excerpt, `${e.path} excerpt`);
    assert.equal(full.data['comments'], e.comments ?? undefined, `${e.path} comments (glob default)`);
  }
});

test('site.categories and site.tags counts', () => {
  const snap = buildModel().snapshot();
  const cats = Object.fromEntries(snap.categories.map((c) => [c.name, c.count]));
  const tags = Object.fromEntries(snap.tags.map((c) => [c.name, c.count]));
  assert.deepEqual(cats, EXPECTED_CATEGORIES);
  assert.deepEqual(tags, EXPECTED_TAGS);
});

test('what Jekyll does not publish, and why', () => {
  const model = buildModel();
  assert.equal(model.get('_posts/2099-01-01-future.md')?.status, 'future');
  assert.equal(model.get('_posts/2024-01-05-nopub.md')?.status, 'unpublished');
  assert.equal(model.get('_posts/badname.md')?.notPostReason, 'noDate');
  assert.equal(model.get('_drafts/a-draft.md')?.status, 'draft');
  assert.equal(model.get('_drafts/a-draft.md')?.willPublish, false);
  assert.equal(model.get('_posts/_ignored/2024-01-18-x.md')?.notPostReason, 'ignoredName');
  assert.equal(model.get('_posts/2024-01-19-x.md~')?.status, 'notPost');
  const js = model.get('_posts/2024-01-23-js.md');
  assert.equal(js?.status, 'invalid');
  assert.deepEqual(js.problems.map((p) => [p.code, p.line]), [['frontMatter.language', 0]]);
  assert.ok(js?.problems.some((p) => p.code === 'frontMatter.language' && p.line === 0));
  const utc = model.get('_posts/2024-01-11-utc.md');
  assert.ok(utc?.problems.some((p) => p.code === 'post.dateUtc' && p.line === 1));
  const dup = model.get('_posts/2024-01-14-dup.md');
  assert.ok(dup?.problems.some((p) => p.code === 'frontMatter.duplicateKey' && p.line === 2));
});
