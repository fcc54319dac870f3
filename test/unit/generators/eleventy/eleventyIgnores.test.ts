// What Eleventy ignores: lines of .gitignore / .eleventyignore joined to their file's folder (not matched at any
// depth as git would), the config's ignores.add(...), and .gitignore not at all after setUseGitIgnore(false).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ignoresOfFile, isIgnored } from '../../../../src/core/generators/eleventy/eleventyIgnores';
import { readEleventySiteConfig } from '../../../../src/core/generators/eleventy/eleventySiteConfig';
import { eleventyGenerator } from '../../../../src/core/generators/eleventy/eleventyGenerator';

describe('Eleventy ignores', () => {
  it('joins each line to its file\'s folder; a folder ignores what is in it; globs stay in their folder', () => {
    const ignores = ignoresOfFile('src/.eleventyignore', '# comment\n\n!kept.md\ndrafts\n/old/\n*.tmp.md\n');
    assert.deepEqual(ignores.map((i) => i.path), ['src/drafts', 'src/old', 'src/*.tmp.md']);
    assert.ok(isIgnored('src/drafts/a.md', ignores));
    assert.ok(isIgnored('src/old/b.md', ignores));
    assert.ok(isIgnored('src/x.tmp.md', ignores));
    assert.equal(isIgnored('src/posts/drafts/a.md', ignores), false, 'not at any depth');
    assert.equal(isIgnored('src/posts/x.tmp.md', ignores), false);
    assert.equal(isIgnored('src/kept.md', ignores), false);
  });

  it('the site config: .gitignore unless turned off, both .eleventyignore files, ignores.add; the post walk leaves them out', () => {
    const files = (config: string): { file: string; text: string }[] => [
      { file: 'eleventy.config.js', text: config },
      { file: '.gitignore', text: 'notes/private\n' },
      { file: '.eleventyignore', text: 'src/wip.md\n' },
      { file: 'src/.eleventyignore', text: 'scratch\n' },
    ];
    const on = readEleventySiteConfig(files('export const config = { dir: { input: "src" } };\nexport default (c) => { c.ignores.add("src/legacy/**"); };')).config;
    assert.deepEqual(on.eleventy.ignores.map((i) => i.path), ['notes/private', 'src/wip.md', 'src/scratch', 'src/legacy/**']);
    const listing = eleventyGenerator.listing(on);
    assert.ok(listing.excludes('src/scratch/a.md') && listing.excludes('src/legacy/x/y.md') && listing.excludes('src/wip.md'));
    assert.equal(listing.excludes('src/posts/a.md'), false);
    const off = readEleventySiteConfig(files('export default (c) => { c.setUseGitIgnore(false); };')).config;
    assert.equal(off.eleventy.ignores.some((i) => i.path === 'notes/private'), false);
  });
});
