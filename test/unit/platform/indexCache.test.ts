import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../../src/core/config';
import { SiteModel } from '../../../src/core/siteModel';
import { createTimeZone } from '../../../src/core/timeZone';
import { loadIndexCache, saveIndexCache } from '../../../src/platform/indexCache';

test('the persisted index gives back every summary field, the flags of drafts and published: false among them', async () => {
  const { config } = parseConfig('show_drafts: true\nunpublished: true\n');
  const model = new SiteModel({ config, zone: createTimeZone('Asia/Seoul').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') });
  model.upsert({ path: '_drafts/hidden.md', text: '---\npublished: false\ntags: [a]\n---\n', mtimeMs: 1 });
  model.upsert({ path: '_drafts/shown.md', text: '---\ntags: [b]\n---\n', mtimeMs: 2 });
  model.upsert({ path: '_posts/2024-01-01-off.md', text: '---\npublished: no\ncategories: x\n---\n', mtimeMs: 3 });
  model.upsert({ path: '_posts/2099-01-01-later.md', text: '---\ntitle: 나중\n---\n', mtimeMs: 4 });
  const entries = model.exportSummaries();
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
