// The Hexo, Eleventy, Astro and Docusaurus samples in the real workbench, one window each (the runner copies the four
// samples side by side, see e2eMain.ts): the Postcraft trees show the names the model gives (the model is the one
// compared with each generator in test/conformance), with the same counts; the preview renders what only that
// generator's dialect has.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { groupByKey } from '../../src/core/taxonomyGroups';
import { indexSite } from '../../src/platform/siteIndexer';
import { openFile, openPostcraftContainer, openWorkbench, previewFrame, runCommand, treeRow, viewPane, e2eEnvironment, type Workbench } from './workbench';
import type { FrameLocator, Locator } from 'playwright-core';

const categoriesView = /Categories|카테고리/;
const tagsView = /Tags|태그/;
const taxonomiesView = /Other Taxonomies|기타 분류/;

const sample = (name: string): string => path.join(e2eEnvironment().workspace, name);
const exactly = (label: string): string => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each name of a taxonomy with its number of posts, as Postcraft's model of the site groups them (and as its trees show them). */
async function modelCounts(site: string, plural: string): Promise<Map<string, number>> {
  const indexed = await indexSite(site, { nowMs: Date.now() });
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

/** Every name in `counts` is a row of the view with its count, and the view's top level has no other row. */
async function assertRows(pane: Locator, counts: ReadonlyMap<string, number>, what: string): Promise<void> {
  assert.ok(counts.size > 0, `the model has ${what}`);
  for (const [name, count] of counts) {
    const row = treeRow(pane, exactly(name));
    await row.waitFor({ timeout: 30_000 });
    assert.equal(await row.locator('.label-description').innerText(), String(count), `${what}: ${name}`);
  }
  assert.equal(await pane.locator('.monaco-list-row[aria-level="1"]').count(), counts.size, `${what}: no other row`);
}

/** Opens the file whose path contains `namePart` and the preview beside it, and waits for the post's title there. */
async function previewOf(bench: Workbench, namePart: string, title: string): Promise<FrameLocator> {
  await openFile(bench.page, namePart);
  await bench.page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'visible', timeout: 20_000 });
  await runCommand(bench, 'Postcraft: Open Preview to the Side');
  const frame = previewFrame(bench.page);
  await frame.locator('h1.pc-card-title', { hasText: title }).waitFor({ timeout: 60_000 });
  return frame;
}

function generatorWindow(name: string): { bench: () => Workbench } {
  let bench: Workbench | undefined;
  before(async () => {
    bench = await openWorkbench(sample(name));
    await openPostcraftContainer(bench);
  });
  after(async () => {
    await bench?.close();
  });
  return {
    bench: () => {
      assert.ok(bench);
      return bench;
    },
  };
}

describe('a Hexo blog in the browser', () => {
  const window = generatorWindow('hexo-blog');

  it('shows each category of a Hexo chain with the posts the model files under it', async () => {
    const bench = window.bench();
    const counts = await modelCounts(sample('hexo-blog'), 'categories');
    assert.ok(counts.has('개발/Go'), 'a list of categories is one chain: 개발 > Go');
    await assertRows(await soleView(bench, categoriesView), counts, 'categories');
    await bench.screenshot('hexo-categories');
  });

  it('previews {% codeblock %} as code and {% blockquote %} as a quote', async () => {
    const bench = window.bench();
    let frame = await previewOf(bench, 'go-modules', 'Go modules in practice');
    const code = frame.locator('pre code', { hasText: 'module example.com/hello' });
    await code.waitFor({ timeout: 30_000 });
    assert.match((await code.getAttribute('class')) ?? '', /go/);
    assert.doesNotMatch(await frame.locator('.pc-body').innerText(), /\{%/);
    await bench.screenshot('hexo-preview-codeblock');
    await openFile(bench.page, 'two-trees');
    frame = previewFrame(bench.page);
    const quote = frame.locator('blockquote', { hasText: 'Categories apply to the posts in order' });
    await quote.waitFor({ timeout: 30_000 });
    assert.equal(await quote.locator('a[href="https://hexo.io/docs/front-matter"]', { hasText: 'Hexo docs' }).count(), 1);
  });
});

describe('an Eleventy blog in the browser', () => {
  const window = generatorWindow('eleventy-blog');

  it('shows the topic tags (not the posts collection) with the counts the model gives', async () => {
    const bench = window.bench();
    const counts = await modelCounts(sample('eleventy-blog'), 'tags');
    assert.ok(counts.has('eleventy') && !counts.has('posts'));
    await assertRows(await soleView(bench, tagsView), counts, 'tags');
    await bench.screenshot('eleventy-tags');
  });

  it('previews a Nunjucks tag as a placeholder, not as text', async () => {
    const bench = window.bench();
    const frame = await previewOf(bench, 'hello-eleventy', 'Hello, Eleventy');
    await frame.locator('.pc-liquid-placeholder', { hasText: '{% if page.date %}' }).waitFor({ timeout: 30_000 });
    await bench.screenshot('eleventy-preview');
  });
});

describe('an Astro blog in the browser', () => {
  const window = generatorWindow('astro-blog');

  it('shows the blog collection\'s tags with the counts the model gives', async () => {
    const bench = window.bench();
    const counts = await modelCounts(sample('astro-blog'), 'tags');
    assert.ok(counts.has('astro'));
    await assertRows(await soleView(bench, tagsView), counts, 'tags');
    await bench.screenshot('astro-tags');
  });

  it('previews an MDX component as a placeholder and the text inside it', async () => {
    const bench = window.bench();
    const frame = await previewOf(bench, 'mdx-component', 'An MDX post with a component');
    await frame.locator('.pc-shortcode', { hasText: '<Callout>' }).waitFor({ timeout: 30_000 });
    await frame.locator('.pc-body', { hasText: 'Postcraft shows the component as a placeholder' }).waitFor();
    await bench.screenshot('astro-preview-mdx');
  });
});

describe('a Docusaurus blog in the browser', () => {
  const window = generatorWindow('docusaurus-blog');

  it('shows the tags, and the authors in Other Taxonomies, with the counts the model gives', async () => {
    const bench = window.bench();
    // Other Taxonomies shows once the site is read: wait for it before collapsing the others.
    await viewPane(bench, taxonomiesView);
    const tags = await modelCounts(sample('docusaurus-blog'), 'tags');
    assert.ok(tags.has('docusaurus'));
    await assertRows(await soleView(bench, tagsView), tags, 'tags');
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
    await bench.screenshot('docusaurus-taxonomies');
  });

  it('previews an admonition, the truncate marker, and an MDX component as a placeholder', async () => {
    const bench = window.bench();
    let frame = await previewOf(bench, 'hello-docusaurus', 'Hello, Docusaurus');
    await frame.locator('.pc-admonition.pc-admonition-tip .pc-admonition-title', { hasText: 'Try it' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.pc-admonition-tip strong', { hasText: 'Posts' }).count(), 1);
    assert.equal(await frame.locator('.pc-truncate').count(), 1);
    assert.doesNotMatch(await frame.locator('.pc-body').innerText(), /:::/);
    await bench.screenshot('docusaurus-preview-admonition');
    await openFile(bench.page, 'mdx-component');
    frame = previewFrame(bench.page);
    await frame.locator('.pc-shortcode', { hasText: '<Highlight>' }).waitFor({ timeout: 30_000 });
  });
});
