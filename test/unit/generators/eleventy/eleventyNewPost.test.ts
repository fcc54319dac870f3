// New Post in an Eleventy site's habits: its posts' folder, their date prefix, the collection tag only where the
// folder's data files do not give it, and `draft: true` only with a draft rule. The new post is read back as a post.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { eleventyNewPost, eleventyNewPostPlace } from '../../../../src/core/generators/eleventy/eleventyNewPost';
import { eleventyGenerator } from '../../../../src/core/generators/eleventy/eleventyGenerator';
import { indexSite } from '../../../../src/platform/siteIndexer';
import { loadSiteConfig } from '../../../../src/platform/siteConfigFile';
import type { EleventyConfig } from '../../../../src/core/generators/eleventy/eleventySiteConfig';
import { tempSite } from '../../platform/tempSite';

const repo = path.resolve(__dirname, '..', '..', '..', '..', '..');
const nowMs = Date.UTC(2025, 0, 2, 23, 30);

async function placeOf(site: string): Promise<{ config: EleventyConfig; place: ReturnType<typeof eleventyNewPostPlace> }> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'eleventy', nowMs });
  const config = indexed.loaded.config as EleventyConfig;
  const posts = indexed.model.snapshot().posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid').map((p) => p.path);
  return { config, place: eleventyNewPostPlace(config, posts) };
}

describe('Eleventy New Post', () => {
  it('the sample: its posts\' folder, no date prefix (most names have none), the tag from blog.11tydata.json', async () => {
    const { config, place } = await placeOf(path.join(repo, 'samples', 'eleventy-blog'));
    assert.deepEqual(place, { folder: 'content/blog', datePrefix: false, postTag: '' });
    const made = eleventyNewPost({ title: '새 글: 첫 걸음', tags: ['여행'], draft: true, nowMs, config, place, exists: () => false });
    assert.ok(made.ok);
    assert.equal(made.path, 'content/blog/새-글-첫-걸음.md');
    assert.equal(made.text, '---\ntitle: "새 글: 첫 걸음"\ndate: 2025-01-02\ntags: [여행]\ndraft: true\n---\n\n');
  });

  it('the corpus blog: every name dated, so a UTC date prefix and no date key', async () => {
    const site = '/work/shared/corpus/11ty__11ty-website';
    if (!fs.existsSync(site)) return;
    const { config, place } = await placeOf(site);
    assert.deepEqual(place, { folder: 'src/blog', datePrefix: true, postTag: '' });
    const made = eleventyNewPost({ title: 'Hello', tags: [], draft: true, nowMs, config, place, exists: (p) => p === 'src/blog/2025-01-02-hello.md' });
    assert.ok(made.ok);
    assert.equal(made.path, 'src/blog/2025-01-02-hello-2.md');
    assert.equal(made.text, '---\ntitle: Hello\n---\n\n', 'no draft rule in that config: no draft key');
  });

  it('a site whose posts carry the tag themselves: the new post carries it too, and is a post when read back', async () => {
    const site = tempSite({ 'eleventy.config.js': 'export default () => {};\n', 'notes/a.md': '---\ntitle: A\ntags: [posts, x]\n---\n' });
    try {
      const { config, place } = await placeOf(site);
      assert.deepEqual(place, { folder: 'notes', datePrefix: false, postTag: 'posts' });
      const made = eleventyNewPost({ title: 'B', tags: ['x'], draft: false, nowMs, config, place, exists: () => false });
      assert.ok(made.ok);
      fs.writeFileSync(path.join(site, made.path), made.text);
      const { config: reread } = await loadSiteConfig(nodeFileSystem, site, eleventyGenerator);
      const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'eleventy', nowMs });
      assert.equal(reread.generator, 'eleventy');
      assert.equal(indexed.model.get('notes/b.md')?.status, 'published');
      assert.deepEqual(indexed.model.get('notes/b.md')?.tags, ['x']);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
