// A Hugo bundle header (`index.md`, `_index.md`) decides what the other files of its folder are: with an
// `index.md` beside them, Markdown files are resources of one post, not posts. As headers come and go, the model
// follows (the files below are read again) and always equals a fresh read of the site; the worker pool and the
// persisted index agree with it too.
import * as assert from 'node:assert/strict';
import { fileIndexStore } from '../../../src/platform/indexCache';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyFileChanges } from '../../../src/platform/applyFileChanges';
import { indexSite } from '../../../src/platform/siteIndexer';
import { IndexWorkerPool } from '../../../src/platform/indexWorkers';
import { tempSite, writeFile } from './tempSite';

const now = Date.parse('2026-01-01T00:00:00Z');
const hugoConfig = 'baseURL = "https://example.org/"\n[permalinks]\nguides = "/:sections/:slug/"\n';
const page = (title: string, tags: string[] = ['hugo']): string => `+++\ntitle = "${title}"\ndate = 2024-01-02\ntags = [${tags.map((t) => `"${t}"`).join(', ')}]\n+++\n${title} 본문\n`;

interface Row {
  readonly path: string;
  readonly url: string | undefined;
}

/** Posts and their URLs, and the tag counts: what a fresh read says, and what the model must say. */
function reading(site: Awaited<ReturnType<typeof indexSite>>): { posts: Row[]; tags: string } {
  const snapshot = site.model.snapshot();
  const posts = snapshot.posts.filter((p) => p.status !== 'notPost').map((p) => ({ path: p.path, url: p.url })).sort((a, b) => a.path.localeCompare(b.path));
  return { posts, tags: JSON.stringify(snapshot.tags) };
}

async function fresh(root: string): Promise<{ posts: Row[]; tags: string }> {
  return reading(await indexSite(root, { fs: nodeFileSystem, generator: 'hugo', nowMs: now }));
}

describe('bundle headers on a Hugo site', () => {
  it('a leaf bundle\'s other Markdown files are resources, not posts', async () => {
    const root = tempSite({
      'hugo.toml': hugoConfig,
      'content/posts/trip/index.md': page('여행'),
      'content/posts/trip/notes.md': page('메모', ['resource-only']),
      'content/posts/plain.md': page('Plain'),
    });
    const { posts, tags } = await fresh(root);
    assert.deepEqual(posts.map((p) => p.path), ['content/posts/plain.md', 'content/posts/trip/index.md']);
    assert.ok(!tags.includes('resource-only'), 'a resource\'s tags are not counted');
  });

  it('follows headers that come and go, equal to a fresh read after each step', async () => {
    const root = tempSite({
      'hugo.toml': hugoConfig,
      'content/posts/trip/a.md': page('가', ['a-tag']),
      'content/posts/trip/b.md': page('나'),
      'content/guides/deep/page.md': page('깊은 글'),
      'content/guides/deep/more/x.md': page('더'),
    });
    const site = await indexSite(root, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
    const at = (rel: string): string => path.join(root, ...rel.split('/'));
    const steps: { name: string; act: () => string | string[] }[] = [
      { name: 'an index.md makes trip/ one post', act: () => writeFile(root, 'content/posts/trip/index.md', page('여행')) },
      { name: 'an _index.md beside it makes trip/ a section again', act: () => writeFile(root, 'content/posts/trip/_index.md', page('Trip section')) },
      { name: 'the _index.md goes', act: () => (fs.rmSync(at('content/posts/trip/_index.md')), at('content/posts/trip/_index.md')) },
      { name: 'the index.md goes: a.md and b.md are posts again', act: () => (fs.rmSync(at('content/posts/trip/index.md')), at('content/posts/trip/index.md')) },
      { name: 'a section header changes :sections in URLs below it', act: () => writeFile(root, 'content/guides/deep/_index.md', page('Deep')) },
      { name: 'an index.md high up swallows the folders below it', act: () => writeFile(root, 'content/guides/index.md', page('Guides')) },
      { name: 'a bundle\'s folder renamed: the watcher reports the two folders, not the files in them', act: () => (writeFile(root, 'content/posts/trip/index.md', page('여행')), fs.renameSync(at('content/posts/trip'), at('content/posts/road-trip')), [at('content/posts/trip/index.md'), at('content/posts/trip'), at('content/posts/road-trip')]).slice(1) },
      { name: 'the folder with the headers goes', act: () => (fs.rmSync(at('content/guides'), { recursive: true }), at('content/guides')) },
    ];
    let sawChange = 0;
    for (const step of steps) {
      const before = JSON.stringify(reading(site));
      await applyFileChanges(nodeFileSystem, site, [step.act()].flat());
      const expected = await fresh(root);
      assert.deepEqual(reading(site), expected, step.name);
      if (JSON.stringify(expected) !== before) sawChange++;
    }
    assert.equal(sawChange, steps.length, 'every step changed what the site is (else the step tests nothing)');
  });

  it('the worker pool and the persisted index read bundles as the model does', async () => {
    const files: Record<string, string> = { 'hugo.toml': hugoConfig };
    for (let i = 0; i < 450; i++) files[`content/posts/p${i}.md`] = page(`글 ${i}`);
    files['content/posts/trip/index.md'] = page('여행');
    files['content/posts/trip/notes.md'] = page('메모', ['resource-only']);
    const root = tempSite(files);
    const expected = await fresh(root);
    const pool = new IndexWorkerPool(path.join(__dirname, '..', '..', '..', 'src', 'platform', 'indexWorker.js'));
    try {
      const inWorkers = await indexSite(root, { fs: nodeFileSystem, generator: 'hugo', nowMs: now, workers: pool });
      assert.ok(inWorkers.inWorkers > 0, 'the workers read the files');
      assert.deepEqual(reading(inWorkers), expected);
    } finally {
      await pool.dispose();
    }
    const cacheFile = path.join(root, '.index-cache.json');
    const first = await indexSite(root, { fs: nodeFileSystem, generator: 'hugo', nowMs: now, cache: fileIndexStore(cacheFile, root) });
    await first.checked;
    await first.saved;
    // A header added while the site was closed: the index made under the old headers is not used.
    writeFile(root, 'content/posts/trip/_index.md', page('Trip section'));
    const reopened = await indexSite(root, { fs: nodeFileSystem, generator: 'hugo', nowMs: now, cache: fileIndexStore(cacheFile, root) });
    await reopened.checked;
    assert.equal(reopened.fromCache, 0, 'an index made under other headers is thrown away');
    assert.deepEqual(reading(reopened), await fresh(root));
    assert.ok(reading(reopened).posts.some((p) => p.path === 'content/posts/trip/notes.md'), 'with _index.md, notes.md is a page');
  });
});
