import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileLinkEdits } from '../../../src/core/edits/markdownFileLinks';
import { applyEdits } from '../../../src/core/edits/textEdit';

const pages = new Set(['blog/2024-04-01-한글-포스트.md', 'blog/other.md', 'other.md']);
const blog = { contentRoots: ['blog'], known: (p: string): boolean => pages.has(p) };
const rewrite = (text: string, at: string, from: string, to: string): string => applyEdits(text, fileLinkEdits(text, at, from, to, blog));

describe('links to a post by its file', () => {
  const from = 'blog/2024-04-01-한글-포스트.md';
  const to = 'blog/2024-04-01-한글로-쓴-첫-글.md';

  it('follows a relative link, with or without ./, its #hash kept, and a reference definition', () => {
    const text = 'See [a](./2024-04-01-한글-포스트.md), [b](2024-04-01-한글-포스트.md#intro) and [c].\n\n[c]: ./2024-04-01-한글-포스트.md\n';
    assert.equal(rewrite(text, 'blog/2024-03-05-hello.md', from, to), 'See [a](./2024-04-01-한글로-쓴-첫-글.md), [b](2024-04-01-한글로-쓴-첫-글.md#intro) and [c].\n\n[c]: ./2024-04-01-한글로-쓴-첫-글.md\n');
  });

  it('resolves from the linking file\'s folder, and @site/ from the root; keeps percent-encoding as written', () => {
    const encoded = encodeURI('../2024-04-01-한글-포스트.md');
    assert.equal(rewrite(`[x](${encoded})`, 'blog/2024/05/a.md', 'blog/2024/2024-04-01-한글-포스트.md', 'blog/2024/new name.md'), '[x](../new%20name.md)');
    assert.equal(rewrite('[x](@site/blog/2024-04-01-한글-포스트.md)', 'blog/a/index.md', from, to), `[x](@site/${to})`);
    assert.equal(rewrite('[x](../2024-04-01-한글-포스트.md)', 'blog/a/index.md', from, to), '[x](../2024-04-01-한글로-쓴-첫-글.md)');
  });

  it('resolves a root path from the blog folder, then the site; a bare name from the file\'s folder, then the blog folder', () => {
    assert.equal(rewrite('[x](/2024-04-01-한글-포스트.md)', 'blog/a/index.md', from, to), '[x](/2024-04-01-한글로-쓴-첫-글.md)');
    assert.equal(rewrite('[x](/blog/2024-04-01-한글-포스트.md)', 'blog/a/index.md', from, to), '[x](/blog/2024-04-01-한글로-쓴-첫-글.md)');
    assert.equal(rewrite('[x](2024-04-01-한글-포스트.md)', 'blog/a/index.md', from, to), '[x](2024-04-01-한글로-쓴-첫-글.md)');
    // A file of the same name nearer the link is the one it names.
    assert.equal(rewrite('[x](other.md)', 'blog/a.md', 'other.md', 'renamed.md'), '[x](other.md)');
  });

  it('follows a folder post, and leaves other files, URLs, root paths and code alone', () => {
    assert.equal(rewrite('[x](./2024-06-01-bundle-post/index.md)', 'blog/b.md', 'blog/2024-06-01-bundle-post/index.md', 'blog/2024-06-01-renamed/index.md'), '[x](./2024-06-01-renamed/index.md)');
    const untouched = '[a](./other.md) [b](https://x.test/2024-04-01-한글-포스트.md) [c](/other/2024-04-01-한글-포스트.md) `[d](./2024-04-01-한글-포스트.md)`\n\n```\n[e](./2024-04-01-한글-포스트.md)\n```\n';
    assert.equal(rewrite(untouched, 'blog/x.md', from, to), untouched);
  });
});
