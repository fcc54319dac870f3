import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../../src/core/config';
import { SiteModel } from '../../../src/core/siteModel';
import { createTimeZone } from '../../../src/core/timeZone';
import { loadIndexCache, saveIndexCache } from '../../../src/platform/indexCache';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';

test('the persisted index gives back every summary field, the flags of drafts and published: false among them', async () => {
  const { config } = parseConfig('show_drafts: true\nunpublished: true\n');
  const model = new SiteModel({ config, zone: createTimeZone('Asia/Seoul').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') });
  model.upsert({ path: '_drafts/hidden.md', text: '---\npublished: false\ntags: [a]\n---\n', mtimeMs: 1 });
  model.upsert({ path: '_drafts/shown.md', text: '---\ntags: [b]\n---\n', mtimeMs: 2 });
  model.upsert({ path: '_posts/2024-01-01-off.md', text: '---\npublished: no\ncategories: x\n---\n', mtimeMs: 3 });
  model.upsert({ path: '_posts/2099-01-01-later.md', text: '---\ntitle: 나중\n---\n', mtimeMs: 4 });
  const entries = [...model.summaries()];
  assert.deepEqual(Object.fromEntries(entries.map((e) => [e.info.path, e.info.markedUnpublished])), {
    '_drafts/hidden.md': true, '_drafts/shown.md': false, '_posts/2024-01-01-off.md': true, '_posts/2099-01-01-later.md': false,
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-cache-'));
  const file = path.join(dir, 'index.jsonl');
  await saveIndexCache(file, '/site', 'key', entries, new Map(entries.map((e, i) => [e.info.path, 100 + i])));
  const loaded = await loadIndexCache(file, '/site', 'key');
  assert.ok(loaded);
  for (const [i, e] of entries.entries()) {
    assert.deepEqual(loaded.get(e.info.path), { mtimeMs: e.mtimeMs, size: 100 + i, info: e.info });
  }
  assert.equal(await loadIndexCache(file, '/site', 'another key'), undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the persisted index keeps each post\'s language, and a post without one has none', async () => {
  const { config } = readHugoSiteConfig([{ file: 'hugo.toml', text: '[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n' }]);
  const model = new SiteModel({ config, zone: createTimeZone('UTC').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') });
  model.upsert({ path: 'content/posts/a.md', text: '---\ntitle: a\ntags: [ko]\n---\n', mtimeMs: 1 });
  model.upsert({ path: 'content/posts/a.ko.md', text: '---\ntitle: 가\n---\n', mtimeMs: 2 });
  const { config: single } = readHugoSiteConfig([{ file: 'hugo.toml', text: 'title = "one"\n' }]);
  const other = new SiteModel({ config: single, zone: createTimeZone('UTC').zone, nowMs: 0 });
  other.upsert({ path: 'content/posts/b.md', text: '---\ntitle: b\n---\n', mtimeMs: 3 });
  const entries = [...model.summaries(), ...other.summaries()];
  assert.deepEqual(entries.map((e) => e.info.lang), ['en', 'ko', undefined]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-cache-'));
  const file = path.join(dir, 'index.jsonl');
  await saveIndexCache(file, '/site', 'key', entries, new Map(entries.map((e) => [e.info.path, 10])));
  const loaded = await loadIndexCache(file, '/site', 'key');
  assert.ok(loaded);
  for (const e of entries) assert.deepEqual(loaded.get(e.info.path), { mtimeMs: e.mtimeMs, size: 10, info: e.info });
  assert.equal(Object.hasOwn(loaded.get('content/posts/b.md')?.info ?? {}, 'lang'), false);
  fs.rmSync(dir, { recursive: true, force: true });
});
