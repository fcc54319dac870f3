// The Hexo, Eleventy, Astro and Docusaurus samples in the real workbench, in one window (a workspace of the four
// folders, which the runner copies side by side, see e2eMain.ts): under each site the Postcraft trees show the names
// the model gives (the model is the one compared with each generator in test/conformance), with the same counts;
// the preview renders what only each generator's dialect has.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { groupByKey } from '../../src/core/taxonomyGroups';
import { indexSite } from '../../src/platform/siteIndexer';
import { e2eGeneratorSamples } from '../harness/paths';
import { e2eEnvironment, openFile, openPostcraftContainer, openWorkbench, previewFrame, runCommand, treeRow, viewPane, type Workbench } from './workbench';
import type { FrameLocator, Locator } from 'playwright-core';

const categoriesView = /Categories|카테고리/;
const tagsView = /Tags|태그/;
const taxonomiesView = /Other Taxonomies|기타 분류/;

const sample = (name: string): string => path.join(e2eEnvironment().workspace, name);
const exactly = (label: string): string => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each name of a taxonomy with its number of posts, as Postcraft's model of the site groups them (and as its trees show them). */
async function modelCounts(site: string, plural: string): Promise<Map<string, number>> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, nowMs: Date.now() });
  const keyOf = (name: string): string => indexed.generator.nameKey(plural, name, indexed.loaded.config);
  const groups = groupByKey(indexed.model.snapshot().posts, plural, keyOf);
  return new Map([...groups.values()].map((g) => [g.name, g.posts.length]));
}

/** The view titled `title`, expanded, with every other Postcraft view collapsed (so all its rows are drawn). */
async function soleView(bench: Workbench, title: RegExp): Promise<Locator> {
  const headers = bench.page.locator('.part.sidebar .pane .pane-header');
  await headers.first().waitFor({ timeout: 30_000 });
  for (const header of await headers.all()) {
    if ((await header.getAttribute('aria-expanded')) === 'true' && !title.test(await header.innerText())) await header.click();
  }
  return viewPane(bench, title);
}

/** Expands the site `label` in a view of several sites and collapses the others, so only its rows are drawn. */
async function onlySite(bench: Workbench, pane: Locator, view: RegExp, label: string): Promise<void> {
  for (const name of e2eGeneratorSamples) {
    const row = await shownRow(bench, pane, view, name);
    if (((await row.getAttribute('aria-expanded')) === 'true') !== (name === label)) await row.locator('.monaco-tl-twistie').click();
  }
  await pane.locator(`.monaco-list-row[aria-level="1"][aria-expanded="true"]`).filter({ hasText: label }).waitFor();
}

/**
 * The row `name` of the view titled `view`, once drawn. Other Taxonomies shows itself once a site with such names is
 * read, expanded, and takes half the side bar: rows below the fold are not drawn then. If the row does not show, the
 * other views are collapsed again before the last wait.
 */
async function shownRow(bench: Workbench, pane: Locator, view: RegExp, name: string): Promise<Locator> {
  const row = treeRow(pane, exactly(name));
  if (!(await row.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
    await soleView(bench, view);
    await row.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      await bench.screenshot(`generators-no-row-${name.replace(/\W+/g, '-')}`);
      const drawn = await pane.locator('.monaco-list-row .label-name').allInnerTexts();
      throw new Error(`no row "${name}" in ${String(view)}; drawn: ${drawn.join(', ')}; ${String(error)}`);
    });
  }
  return row;
}

/** Every name in `counts` is a row under the expanded site with its count, and the site has no other row. */
async function assertRows(bench: Workbench, pane: Locator, view: RegExp, counts: ReadonlyMap<string, number>, what: string): Promise<void> {
  assert.ok(counts.size > 0, `the model has ${what}`);
  for (const [name, count] of counts) {
    const row = await shownRow(bench, pane, view, name);
    assert.equal(await row.locator('.label-description').innerText(), String(count), `${what}: ${name}`);
  }
  assert.equal(await pane.locator('.monaco-list-row[aria-level="2"]').count(), counts.size, `${what}: no other row`);
}

async function previewTitled(bench: Workbench, title: string): Promise<FrameLocator> {
  const frame = previewFrame(bench.page);
  await frame.locator('h1.pc-card-title', { hasText: title }).waitFor({ timeout: 60_000 });
  return frame;
}

describe('Hexo, Eleventy, Astro and Docusaurus blogs in the browser', () => {
  let bench: Workbench;
  before(async () => {
    const file = path.join(e2eEnvironment().workspace, 'blogs.code-workspace');
    fs.writeFileSync(file, JSON.stringify({ folders: e2eGeneratorSamples.map((name) => ({ path: name })) }));
    bench = await openWorkbench(file);
    await openPostcraftContainer(bench);
    // Other Taxonomies shows itself once the Docusaurus sample's authors are read, expanded, taking half the side
    // bar: the tests collapse the views they do not look at only once every view is there.
    await bench.page.locator('.part.sidebar .pane .pane-header', { hasText: taxonomiesView }).waitFor({ timeout: 60_000 });
  });
  after(async () => {
    await bench?.close();
  });

  it('shows Hexo category chains as a tree, each category counted as the model counts it', async () => {
    const counts = await modelCounts(sample('hexo-blog'), 'categories');
    assert.ok(counts.has('개발/Go'), 'a list of categories is one chain: 개발 > Go');
    const pane = await soleView(bench, categoriesView);
    await onlySite(bench, pane, categoriesView, 'hexo-blog');
    // The top rows are the categories without a parent; a child is drawn under its parent by its own name.
    await assertRows(bench, pane, categoriesView, new Map([...counts].filter(([name]) => !name.includes('/'))), 'Hexo top categories');
    await treeRow(pane, exactly('개발')).locator('.monaco-tl-twistie').click();
    for (const [name, count] of counts) {
      if (!name.startsWith('개발/')) continue;
      const row = await shownRow(bench, pane, categoriesView, name.slice('개발/'.length));
      assert.equal(await row.getAttribute('aria-level'), '3', `${name} under 개발`);
      assert.equal(await row.locator('.label-description').innerText(), String(count), `Hexo categories: ${name}`);
    }
    await bench.screenshot('generators-hexo-categories');
  });

  it('shows Eleventy\'s topic tags (not the posts collection), Astro\'s and Docusaurus\'s, with the counts the model gives', async () => {
    const pane = await soleView(bench, tagsView);
    const eleventy = await modelCounts(sample('eleventy-blog'), 'tags');
    assert.ok(eleventy.has('eleventy') && !eleventy.has('posts'));
    await onlySite(bench, pane, tagsView, 'eleventy-blog');
    await assertRows(bench, pane, tagsView, eleventy, 'Eleventy tags');
    await onlySite(bench, pane, tagsView, 'astro-blog');
    await assertRows(bench, pane, tagsView, await modelCounts(sample('astro-blog'), 'tags'), 'Astro tags');
    const docusaurus = await modelCounts(sample('docusaurus-blog'), 'tags');
    assert.ok(docusaurus.has('docusaurus'));
    await onlySite(bench, pane, tagsView, 'docusaurus-blog');
    await assertRows(bench, pane, tagsView, docusaurus, 'Docusaurus tags');
    await bench.screenshot('generators-docusaurus-tags');
  });

  it('shows the Docusaurus authors in Other Taxonomies with the counts the model gives', async () => {
    const authors = await modelCounts(sample('docusaurus-blog'), 'authors');
    assert.deepEqual([...authors.keys()].sort(), ['alex', 'minji']);
    const others = await soleView(bench, taxonomiesView);
    const taxonomy = treeRow(others, 'authors');
    await taxonomy.waitFor({ timeout: 30_000 });
    assert.equal(await taxonomy.locator('.label-description').innerText(), String(authors.size));
    await taxonomy.click();
    for (const [name, count] of authors) {
      const row = treeRow(others, name);
      await row.waitFor({ timeout: 20_000 });
      assert.equal(await row.locator('.label-description').innerText(), String(count), `author ${name}`);
    }
    await bench.screenshot('generators-docusaurus-authors');
  });

  it('opens the preview on an Astro MDX post from the palette, with its component as a placeholder', async () => {
    // Opened from the tree: the post under its tag, in the Astro site.
    const tags = await soleView(bench, tagsView);
    await onlySite(bench, tags, tagsView, 'astro-blog');
    await treeRow(tags, 'mdx').click();
    const post = treeRow(tags, 'An MDX post with a component');
    await post.waitFor({ timeout: 20_000 });
    await post.click();
    await bench.page.locator('.tabs-container .tab', { hasText: 'mdx-component.mdx' }).waitFor({ timeout: 20_000 });
    // An .mdx file is no Markdown to the editor: the palette offers the preview all the same.
    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    const frame = await previewTitled(bench, 'An MDX post with a component');
    await frame.locator('.pc-shortcode', { hasText: '<Callout>' }).waitFor({ timeout: 30_000 });
    await frame.locator('.pc-body', { hasText: 'Postcraft shows the component as a placeholder' }).waitFor();
    await bench.screenshot('generators-astro-preview-mdx');
  });

  it('previews Hexo\'s {% codeblock %} as code and {% blockquote %} as a quote', async () => {
    await openFile(bench.page, 'go-modules');
    let frame = await previewTitled(bench, 'Go modules in practice');
    const code = frame.locator('pre code', { hasText: 'module example.com/hello' });
    await code.waitFor({ timeout: 30_000 });
    assert.match((await code.getAttribute('class')) ?? '', /go/);
    assert.doesNotMatch(await frame.locator('.pc-body').innerText(), /\{%/);
    await bench.screenshot('generators-hexo-preview-codeblock');
    await openFile(bench.page, 'two-trees');
    frame = await previewTitled(bench, 'Two category trees');
    const quote = frame.locator('blockquote', { hasText: 'Categories apply to the posts in order' });
    await quote.waitFor({ timeout: 30_000 });
    assert.equal(await quote.locator('a[href="https://hexo.io/docs/front-matter"]', { hasText: 'Hexo docs' }).count(), 1);
  });

  it('previews an Eleventy Nunjucks tag as a placeholder, not as text', async () => {
    await openFile(bench.page, 'hello-eleventy');
    const frame = await previewTitled(bench, 'Hello, Eleventy');
    await frame.locator('.pc-liquid-placeholder', { hasText: '{% if page.date %}' }).waitFor({ timeout: 30_000 });
    await bench.screenshot('generators-eleventy-preview');
  });

  it('previews a Docusaurus admonition, the truncate marker, and an MDX component as a placeholder', async () => {
    await openFile(bench.page, 'hello-docusaurus');
    let frame = await previewTitled(bench, 'Hello, Docusaurus');
    await frame.locator('.pc-admonition.pc-admonition-tip .pc-admonition-title', { hasText: 'Try it' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.pc-admonition-tip strong', { hasText: 'Posts' }).count(), 1);
    assert.equal(await frame.locator('.pc-truncate').count(), 1);
    assert.doesNotMatch(await frame.locator('.pc-body').innerText(), /:::/);
    await bench.screenshot('generators-docusaurus-preview-admonition');
    await openFile(bench.page, '2024-10-20-mdx-component');
    frame = await previewTitled(bench, 'An MDX post with a component');
    await frame.locator('.pc-shortcode', { hasText: '<Highlight>' }).waitFor({ timeout: 30_000 });
  });
});
