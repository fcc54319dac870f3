// Rename Post to Match Title on the Hexo sample against Hexo 8.1.2 itself: every post and draft of a copy is renamed
// after a new title, and the references to it rewritten, as Postcraft does; then Hexo reads the copy. Each renamed
// file is a post of Hexo's with the slug `hexo new` gives the title (hexoSlugize, compared with hexo new in
// hexoNewPost.test.ts), the same date and title as before, and the URL Postcraft reads; every post_link names a post.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { hexoSlugize } from '../../../src/core/generators/hexo/hexoSlugize';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { askHexo } from './hexoOracle';
import type { HexoConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hexo-blog');
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function files(dir: string, base = ''): string[] {
  return fs.readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.join(base, e.name)) : [path.join(base, e.name).split(path.sep).join('/')]));
}

describe('Rename Post on a Hexo site, read back by Hexo', () => {
  it('samples/hexo-blog: every post and draft renamed after a new title', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-rename-'));
    try {
      fs.cpSync(sample, copy, { recursive: true });
      const indexed = await indexSite(copy, { fs: nodeFileSystem, generator: 'hexo', nowMs: Date.now() });
      const config = indexed.loaded.config as HexoConfig;
      const renaming = indexed.generator.renaming;
      assert.ok(renaming);
      const before = new Map(askHexo(copy, zone).posts.map((p) => [`source/${p.source}`, p]));
      const posts = indexed.model.snapshot().posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid');
      assert.equal(posts.length, before.size);
      const renamed: { from: string; to: string; slug: string }[] = [];
      posts.forEach((post, i) => {
        const title = `Renamed ${i + 1}: 한글 Title, (v2)!`;
        const target = renaming.target(post.path, title, config, (p) => fs.existsSync(path.join(copy, p)));
        assert.ok(target.ok, `${post.path}: ${JSON.stringify(target)}`);
        // The references first, read as they are now; then the move.
        for (const file of files(path.join(copy, 'source')).map((f) => `source/${f}`).filter((f) => f.endsWith('.md'))) {
          const text = fs.readFileSync(path.join(copy, file), 'utf8');
          const needle = renaming.needle(post.path, target, config);
          if (needle === undefined || !text.includes(needle)) continue;
          const found = renaming.referenceEdits(text, file, post.path, target, { config, pages: [] });
          if (found.edits.length > 0) fs.writeFileSync(path.join(copy, file), applyEdits(text, found.edits));
        }
        fs.renameSync(path.join(copy, target.from), path.join(copy, target.to));
        renamed.push({ from: post.path, to: target.path, slug: hexoSlugize(title, config.hexo.filenameCase) });
      });
      const after = askHexo(copy, zone).posts;
      const bySource = new Map(after.map((p) => [`source/${p.source}`, p]));
      const reread = await indexSite(copy, { fs: nodeFileSystem, generator: 'hexo', nowMs: Date.now() });
      for (const { from, to, slug } of renamed) {
        const theirs = bySource.get(to);
        const old = before.get(from);
        assert.ok(theirs && old, `${to} is a post of Hexo's`);
        assert.equal(theirs.slug, slug, `${to}: the slug hexo new gives the title`);
        // A post dated by its file's birth time (each reading is of a fresh copy) is dated so again.
        if (old.date === old.birthtime) assert.equal(theirs.date, theirs.birthtime, `${to}: dated by its file`);
        else assert.equal(theirs.date, old.date, `${to}: the date is kept`);
        assert.equal(theirs.title, old.title);
        assert.equal(reread.model.get(to)?.url, `/${theirs.path}`, `${to}: Postcraft reads Hexo's URL`);
      }
      // Every post_link in the copy names a post Hexo has (by slug or, as post_link also finds, by title).
      const links = files(path.join(copy, 'source')).flatMap((f) => [...fs.readFileSync(path.join(copy, 'source', f), 'utf8').matchAll(/\{%\s*post_link\s+(\S+)/g)].map((m) => m[1] ?? ''));
      assert.ok(links.length > 0, 'the sample has a post_link');
      for (const link of links) assert.ok(after.some((p) => p.slug === link || p.title === link), `post_link ${link} finds a post`);
      console.log(`hexo rename: ${renamed.length} posts renamed, ${links.length} post_link followed, read back by Hexo`);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
