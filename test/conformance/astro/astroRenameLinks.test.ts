// Rename Post to Match Title on an Astro site, asked of Astro: a post and a page of a copy of the sample link to a
// post by its route's URL (root-relative with and without the trailing slash, relative, with a #hash, a reference
// definition, an HTML href, and an href in an .astro page); the post is renamed the way Postcraft does it, and the
// site built again with `astro build`: every link that reached a page before reaches it (the renamed post at its new
// URL) after.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { copySite } from '../imageBuilds';
import { builtLinks, renameAsPostcraft, type BuiltLink } from '../urlRenameBuilds';

function astroBuild(copy: string): string {
  // A fresh output: a page left from the build before would still answer the old URL.
  fs.rmSync(path.join(copy, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(copy, 'node_modules', 'astro', 'astro.js'), 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return path.join(copy, 'dist');
}

/**
 * Astro keeps its content store in `cacheDir`, by default `node_modules/.astro`: in the oracle's node_modules, which
 * every copy (and any other run on the machine) shares. The copy gets a cache of its own, so that no other build's
 * store stands in for its own.
 */
function ownCache(copy: string): void {
  const file = path.join(copy, 'astro.config.mjs');
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /defineConfig\(\{/);
  fs.writeFileSync(file, text.replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"));
}

const post = 'src/content/blog/toml-post.md';
const referrers: Readonly<Record<string, string>> = {
  'src/content/blog/links-to-toml.md': [
    '---', 'title: Links to the TOML post', 'pubDate: 2024-10-01', '---', '',
    '[slash](/blog/toml-post/) [bare](/blog/toml-post) [hash](/blog/toml-post/#top) [relative](../toml-post/) [by reference][ref]',
    '<a href="/blog/toml-post/">html</a> [another post](/blog/hello-astro/)', '',
    '`[in code](/blog/toml-post/)`', '',
    '[ref]: /blog/toml-post/', '',
  ].join('\n'),
  'src/pages/links.astro': '---\nconst title = "Links";\n---\n<h1>{title}</h1>\n<a href="/blog/toml-post/">plain</a>\n',
};

function pairs(links: readonly BuiltLink[], rename: (file: string) => string = (f) => f): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of links) {
    if (l.file === undefined) continue;
    const key = `${rename(l.page)} → ${rename(l.file)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('Astro follows the links Postcraft rewrites when it renames a post', () => {
  it('every link that reached a page before reaches it after, the renamed post at its new URL', async () => {
    const copy = copySite(path.join(repoRoot, 'samples', 'astro-blog'), ['node_modules', '.astro', 'dist', '.git']);
    try {
      fs.symlinkSync(path.join(oracleDir('astro'), 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      for (const [file, text] of Object.entries(referrers)) fs.writeFileSync(path.join(copy, file), text);
      ownCache(copy);
      const before = builtLinks(astroBuild(copy));
      const oldPage = 'blog/toml-post/index.html';
      const toPost = before.filter((l) => l.file === oldPage);
      assert.equal(toPost.length, 7, `the links reach the post before: ${JSON.stringify(toPost)}`);

      const done = await renameAsPostcraft(copy, 'astro', post, Object.keys(referrers));
      assert.equal(done.urls.from, '/blog/toml-post/');
      assert.equal(done.urls.to, '/blog/a-toml-front-matter-post/');
      const newPage = 'blog/a-toml-front-matter-post/index.html';
      const after = builtLinks(astroBuild(copy));
      const expected = pairs(before, (f) => (f === oldPage ? newPage : f));
      const got = pairs(after);
      for (const [pair, count] of expected) assert.equal(got.get(pair) ?? 0, count, `${pair}: ${count} links reached it before`);
      assert.equal(after.filter((l) => l.file === undefined && l.href.includes('toml-post')).length, 0, 'no link to the old URL is left broken');
      assert.match(fs.readFileSync(path.join(copy, 'src/content/blog/links-to-toml.md'), 'utf8'), /`\[in code\]\(\/blog\/toml-post\/\)`/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
