// Rename Post to Match Title on an Eleventy site, asked of Eleventy: pages of a copy of the sample link to a post by
// its URL in every form a writer uses (root-relative with and without the trailing slash or with index.html, relative,
// with a #hash, a reference definition, an HTML href, the `url` filter in Markdown and in a Nunjucks page); the post
// is renamed the way Postcraft does it, and the site built again: every link that reached a page before reaches it
// (the renamed post at its new URL) after.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { copySite } from '../imageBuilds';
import { builtLinks, renameAsPostcraft, type BuiltLink } from '../urlRenameBuilds';

function eleventyBuild(copy: string): string {
  // A fresh output: a page left from the build before would still answer the old URL.
  fs.rmSync(path.join(copy, '_site'), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'test', 'conformance', 'eleventy', 'eleventyBuild.mjs'), oracleDir('eleventy')], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ELEVENTY_RUN_MODE: 'build' },
  });
  if (run.status !== 0) throw new Error(`Eleventy failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  const answer = run.stdout.trim().split('\n').pop() ?? '';
  return (JSON.parse(answer) as { output: string }).output;
}

const post = 'content/blog/string-tag.md';
const referrers: Readonly<Record<string, string>> = {
  'content/blog/links-to-notes.md': [
    '---', 'title: Links to the notes post', 'date: 2024-06-01', '---', '',
    '[slash](/blog/string-tag/) [bare](/blog/string-tag) [index](/blog/string-tag/index.html) [hash](/blog/string-tag/#top)',
    '[relative](../string-tag/) [filtered]({{ \'/blog/string-tag/\' | url }}) [by reference][ref]',
    '<a href="/blog/string-tag/">html</a> [another post](/blog/next-steps/)', '',
    '`[in code](/blog/string-tag/)`', '',
    '[ref]: /blog/string-tag/', '',
  ].join('\n'),
  'content/links.njk': '---\ntitle: Links page\n---\n<a href="/blog/string-tag/">plain</a> <a href="{{ \'/blog/string-tag/\' | url }}">filtered</a>\n',
};

/** How many links go from each page to each file. */
function pairs(links: readonly BuiltLink[], rename: (file: string) => string = (f) => f): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of links) {
    if (l.file === undefined) continue;
    const key = `${rename(l.page)} → ${rename(l.file)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('Eleventy follows the links Postcraft rewrites when it renames a post', () => {
  it('every link that reached a page before reaches it after, the renamed post at its new URL', async () => {
    const copy = copySite(path.join(repoRoot, 'samples', 'eleventy-blog'), ['node_modules', '_site', '.git']);
    try {
      for (const [file, text] of Object.entries(referrers)) fs.writeFileSync(path.join(copy, file), text);
      const before = builtLinks(eleventyBuild(copy));
      const oldPage = 'blog/string-tag/index.html';
      const toPost = before.filter((l) => l.file === oldPage);
      assert.equal(toPost.length, 10, `the links reach the post before: ${JSON.stringify(toPost)}`);

      const done = await renameAsPostcraft(copy, 'eleventy', post, [...Object.keys(referrers), 'content/blog/next-steps.md']);
      assert.equal(done.urls.from, '/blog/string-tag/');
      assert.equal(done.urls.to, '/blog/one-tag-as-a-string/');
      const newPage = 'blog/one-tag-as-a-string/index.html';
      const after = builtLinks(eleventyBuild(copy));
      const expected = pairs(before, (f) => (f === oldPage ? newPage : f));
      const got = pairs(after);
      for (const [pair, count] of expected) assert.equal(got.get(pair) ?? 0, count, `${pair}: ${count} links reached it before`);
      assert.equal(after.filter((l) => l.file === undefined && l.href.includes('string-tag')).length, 0, 'no link to the old URL is left broken');
      // The link in code is text, and stays as it was.
      assert.match(fs.readFileSync(path.join(copy, 'content/blog/links-to-notes.md'), 'utf8'), /`\[in code\]\(\/blog\/string-tag\/\)`/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
