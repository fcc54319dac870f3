// Rename Post to Match Title on Docusaurus, Eleventy and Astro sites, whose post is named by its file (or an index
// file's folder): the renamed file is read by the generator's own rules (compared with each generator in
// test/conformance) as the same post, under the title's name; a date prefix, the folder and the extension stay.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite, type IndexedSite } from '../../../src/platform/siteIndexer';
import { renameNamePart } from '../../../src/core/generators/nameRenaming';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const samples = path.join(root, 'samples');
const NOW = Date.UTC(2025, 0, 1);

async function site(name: string): Promise<IndexedSite> {
  return indexSite(path.join(samples, name), { fs: nodeFileSystem, nowMs: NOW });
}

/** Renames the post at `from` after `title` on the sample; the rename's new path and the post as read there and before. */
function rename(indexed: IndexedSite, from: string, title: string, exists: (p: string) => boolean = (p) => fs.existsSync(path.join(indexed.root, p))) {
  const { generator, loaded } = indexed;
  const renaming = generator.renaming;
  assert.ok(renaming, `${generator.id} renames posts`);
  const target = renaming.target(from, title, loaded.config, exists);
  assert.ok(target.ok, JSON.stringify(target));
  const text = fs.readFileSync(path.join(indexed.root, from), 'utf8');
  const read = (p: string) => generator.classify(p, generator.readPost(text, loaded.config), 0, { config: loaded.config, zone: loaded.zone, nowMs: NOW });
  return { target, before: read(from), after: read(target.path) };
}

describe('Rename Post on a Docusaurus blog', () => {
  it('renames a dated file after its date, and the slug follows', async () => {
    const indexed = await site('docusaurus-blog');
    const { target, before, after } = rename(indexed, 'blog/2024-03-05-hello-docusaurus.md', 'Welcome to Docusaurus');
    assert.deepEqual(target, { ok: true, from: 'blog/2024-03-05-hello-docusaurus.md', to: 'blog/2024-03-05-welcome-to-docusaurus.md', path: 'blog/2024-03-05-welcome-to-docusaurus.md' });
    assert.equal(before.url, '/blog/2024/03/05/hello-docusaurus');
    assert.equal(after.url, '/blog/2024/03/05/welcome-to-docusaurus');
    assert.equal(after.date?.epochMs, before.date?.epochMs);
  });

  it('renames a dated folder with its index file, and a file in date folders', async () => {
    const indexed = await site('docusaurus-blog');
    const bundle = rename(indexed, 'blog/2024-06-01-bundle-post/index.md', 'A Bundle');
    assert.deepEqual(bundle.target, { ok: true, from: 'blog/2024-06-01-bundle-post', to: 'blog/2024-06-01-a-bundle', path: 'blog/2024-06-01-a-bundle/index.md' });
    assert.equal(bundle.after.url, '/blog/2024/06/01/a-bundle');
    const dated = rename(indexed, 'blog/2024/05/10/dated-folders.md', 'Folders by date');
    assert.equal(dated.target.path, 'blog/2024/05/10/folders-by-date.md');
    assert.equal(dated.after.url, '/blog/2024/05/10/folders-by-date');
    assert.equal(dated.after.date?.epochMs, dated.before.date?.epochMs);
  });

  it('keeps a slug the front matter sets, and refuses what is no post', async () => {
    const indexed = await site('docusaurus-blog');
    const custom = rename(indexed, 'blog/custom-slug.md', '주소를 직접 정한 글');
    assert.equal(custom.target.path, 'blog/주소를-직접-정한-글.md');
    assert.equal(custom.after.url, custom.before.url);
    const renaming = indexed.generator.renaming;
    assert.equal(renaming?.target('docusaurus.config.js', 'x', indexed.loaded.config, () => false).ok, false);
    assert.equal(renaming?.target('blog/_template.md', 'x', indexed.loaded.config, () => false).ok, false);
  });
});

describe('Rename Post on an Eleventy blog', () => {
  it('keeps the date prefix, and the folder rule\'s URL follows the name', async () => {
    const indexed = await site('eleventy-blog');
    const { target, before, after } = rename(indexed, 'content/blog/2024-03-05-hello-eleventy.md', 'Hello again, Eleventy');
    assert.equal(target.path, 'content/blog/2024-03-05-hello-again-eleventy.md');
    assert.equal(before.url, '/blog/2024-03-05-hello-eleventy/');
    assert.equal(after.url, '/blog/2024-03-05-hello-again-eleventy/');
    assert.equal(after.date?.epochMs, before.date?.epochMs);
  });

  it('keeps a permalink the front matter sets', async () => {
    const indexed = await site('eleventy-blog');
    const { target, before, after } = rename(indexed, 'content/blog/custom-url.md', 'Another URL');
    assert.equal(target.path, 'content/blog/another-url.md');
    assert.equal(after.url, before.url);
  });
});

describe('Rename Post on an Astro blog', () => {
  it('names the file as New Post would, and the entry id follows', async () => {
    const indexed = await site('astro-blog');
    const { target, before, after } = rename(indexed, 'src/content/blog/hello-astro.md', 'Hello, Astro 5!');
    assert.equal(target.path, 'src/content/blog/hello-astro-5.md');
    assert.equal(before.url, '/blog/hello-astro/');
    assert.equal(after.url, '/blog/hello-astro-5/');
  });

  it('renames the folder of an index file, keeps a slug the front matter sets, and leaves out a _-prefixed file', async () => {
    const indexed = await site('astro-blog');
    const folder = rename(indexed, 'src/content/blog/한글-폴더/index.md', '다른 폴더');
    assert.deepEqual(folder.target, { ok: true, from: 'src/content/blog/한글-폴더', to: 'src/content/blog/다른-폴더', path: 'src/content/blog/다른-폴더/index.md' });
    assert.equal(folder.before.url, '/blog/한글-폴더/');
    assert.equal(folder.after.url, '/blog/다른-폴더/');
    const custom = rename(indexed, 'src/content/blog/custom-slug.md', 'Renamed');
    assert.equal(custom.after.url, custom.before.url);
    assert.equal(indexed.generator.renaming?.target('src/content/blog/_template.md', 'x', indexed.loaded.config, () => false).ok, false);
  });
});

describe('the name part a title renames', () => {
  it('numbers a taken name, matches names without case on a rename to itself, and says when the name already matches', () => {
    const taken = new Set(['blog/2024-01-02-new.md', 'blog/2024-01-02-new-2.md']);
    const numbered = renameNamePart({ path: 'blog/2024-01-02-old.md', root: 'blog', name: 'new', exists: (p) => taken.has(p) });
    assert.ok(numbered.ok);
    assert.equal(numbered.path, 'blog/2024-01-02-new-3.md');
    const caseOnly = renameNamePart({ path: 'blog/Old.md', root: 'blog', name: 'old', exists: (p) => p.toLowerCase() === 'blog/old.md' });
    assert.ok(caseOnly.ok);
    assert.equal(caseOnly.path, 'blog/old.md');
    assert.deepEqual(renameNamePart({ path: 'blog/old.md', root: 'blog', name: 'old', exists: () => true }), { ok: false, reason: { key: 'nameMatchesTitle', args: [] } });
    assert.deepEqual(renameNamePart({ path: 'blog/old.md', root: 'blog', name: '', exists: () => false }), { ok: false, reason: { key: 'noSlug', args: [] } });
    // An index file right in the posts' folder is renamed itself.
    const index = renameNamePart({ path: 'blog/index.md', root: 'blog', name: 'home', exists: () => false });
    assert.ok(index.ok);
    assert.equal(index.path, 'blog/home.md');
  });
});
