import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileIndexStore } from '../../../src/platform/indexCache';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { indexSite } from '../../../src/platform/siteIndexer';
import type { SiteModel } from '../../../src/core/siteModel';
import { config, post, tempSite } from './tempSite';

const now = Date.parse('2026-01-01T00:00:00Z');
const count = 150;

function site(): string {
  const files: Record<string, string> = { '_config.yml': config };
  for (let i = 0; i < count; i++) files[`_posts/2024-01-${String((i % 28) + 1).padStart(2, '0')}-p${i}.md`] = post(`글 ${i}`, ['dev'], [`t${i % 7}`]);
  return tempSite(files);
}

/** What a caller showing the site while it is read sees: the model once, then how far it is, chunk by chunk. */
describe('a site shown while it is read', () => {
  it('hands out the model before reading, then the posts as each chunk arrives', async () => {
    const root = site();
    let shown: SiteModel | undefined;
    const seen: { done: number; total: number; inModel: number }[] = [];
    const indexed = await indexSite(root, {
      fs: nodeFileSystem, nowMs: now, yieldControl: () => new Promise((r) => setImmediate(r)),
      onModel: ({ model }) => {
        assert.equal(shown, undefined, 'once');
        assert.equal(model.size, 0, 'before any post is read');
        shown = model;
      },
      onProgress: (done, total) => seen.push({ done, total, inModel: shown?.size ?? -1 }),
    });
    assert.equal(shown, indexed.model, 'the model shown is the one that is filled');
    // 150 files in chunks of 64: nothing yet, then 64, 128 and all of them, each already in the model.
    assert.deepEqual(seen, [
      { done: 0, total: count, inModel: 0 },
      { done: 64, total: count, inModel: 64 },
      { done: 128, total: count, inModel: 128 },
      { done: count, total: count, inModel: count },
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('starts complete when the persisted index has every file', async () => {
    const root = site();
    const store = fileIndexStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-partial-')), 'index.json'), root);
    const first = await indexSite(root, { fs: nodeFileSystem, nowMs: now, cache: store });
    await first.saved;
    const seen: number[] = [];
    let atModel = -1;
    const again = await indexSite(root, { fs: nodeFileSystem, nowMs: now, cache: store, onModel: ({ model }) => (atModel = model.size), onProgress: (done) => seen.push(done) });
    assert.equal(again.fromCache, count);
    assert.equal(atModel, count, 'the model shown first holds the restored posts');
    assert.deepEqual(seen, [count]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
