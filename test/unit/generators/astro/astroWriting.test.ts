// New Post on an Astro site in the site's habits (folder, file shape, the schema's field names, the date style of
// the other posts), and the preview of an .mdx post (imports and components as placeholders, nothing run).
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { astroGenerator } from '../../../../src/core/generators/astro/astroGenerator';
import { astroDateStyle, astroNewPost, astroNewPostPlace } from '../../../../src/core/generators/astro/astroNewPost';
import { readAstroSiteConfig, type AstroConfig } from '../../../../src/core/generators/astro/astroSiteConfig';
import { modelPostLookup } from '../../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../../src/core/render/renderTypes';
import { createTimeZone } from '../../../../src/core/timeZone';
import { loadSiteConfig } from '../../../../src/platform/siteConfigFile';

const sample = path.resolve(__dirname, '..', '..', '..', '..', '..', 'samples', 'astro-blog');
const paper = `const blog = defineCollection({
  loader: glob({ pattern: "**/[^_]*.md", base: "./src/data/blog" }),
  schema: z.object({ pubDatetime: z.date(), title: z.string(), description: z.string(), draft: z.boolean().optional(), tags: z.array(z.string()).default(["others"]) }),
});
export const collections = { blog };`;

function config(text: string): AstroConfig {
  return readAstroSiteConfig([{ file: 'src/content.config.ts', text }]).config;
}

const seoul = createTimeZone('Asia/Seoul').zone;
const now = Date.UTC(2025, 0, 2, 20, 15, 30, 250);

describe('New Post on an Astro site', () => {
  it('tells the date styles apart', () => {
    assert.deepEqual(astroDateStyle('2024-01-02'), { style: 'date', quote: '' });
    assert.deepEqual(astroDateStyle('"2024-01-02T10:00:00Z"'), { style: 'utc', quote: '"' });
    assert.deepEqual(astroDateStyle('2023-01-30T15:57:52.737Z'), { style: 'utc-ms', quote: '' });
    assert.deepEqual(astroDateStyle("'2024-01-02T10:00:00+09:00'"), { style: 'offset', quote: "'" });
    assert.equal(astroDateStyle('June 1 2024'), undefined);
  });

  it("writes AstroPaper's fields, in its folder, dated as its posts are dated", () => {
    const site = config(paper);
    const recent = ['---\ntitle: A\npubDatetime: 2023-01-30T15:57:52.737Z\n---\n', '---\ntitle: B\npubDatetime: 2022-09-23T15:22:00.123Z\n---\n'];
    const place = astroNewPostPlace(site, ['src/data/blog/a.md', 'src/data/blog/b.md', 'src/data/blog/examples/c.md'], recent);
    assert.deepEqual(place, { folder: 'src/data/blog', folderPerPost: false, dateStyle: 'utc-ms', quote: '' });
    const made = astroNewPost({ title: 'Hello, 세계!', tags: ['astro'], draft: true, nowMs: now, zone: seoul, config: site, place, exists: (p) => p === 'src/data/blog/hello-세계.md' });
    assert.deepEqual(made.ok && [made.path, made.text], [
      'src/data/blog/hello-세계-2.md',
      `---\ntitle: "Hello, 세계!"\ndescription: ''\npubDatetime: 2025-01-02T20:15:30.250Z\ntags: [astro]\ndraft: true\n---\n\n`,
    ]);
    assert.equal(made.ok && astroGenerator.classify(made.path, astroGenerator.readPost(made.text, site), 0, { config: site, zone: seoul, nowMs: now }).slug, 'hello-세계-2');
  });

  it("follows the starter's folder-per-post habit and writes a date in the site's zone", () => {
    const site = config("export const collections = { blog: defineCollection({ loader: glob({ base: 'src/content/blog', pattern: '**/*.md' }), schema: z.object({ title: z.string(), pubDate: z.coerce.date() }) }) };");
    const place = astroNewPostPlace(site, ['src/content/blog/a/index.md', 'src/content/blog/b/index.md'], ["---\ntitle: A\npubDate: '2024-04-01'\n---\n"]);
    assert.deepEqual(place, { folder: 'src/content/blog', folderPerPost: true, dateStyle: 'date', quote: "'" });
    const made = astroNewPost({ title: 'New one', tags: [], draft: false, nowMs: now, zone: seoul, config: site, place, exists: () => false });
    assert.deepEqual(made.ok && [made.path, made.text], ['src/content/blog/new-one/index.md', "---\ntitle: New one\npubDate: '2025-01-03'\n---\n\n"]);
  });

  it('refuses a title without letters or digits', () => {
    const made = astroNewPost({ title: '?!', tags: [], draft: false, nowMs: now, zone: seoul, config: config(paper), place: { folder: 'x', folderPerPost: false, dateStyle: 'date', quote: '' }, exists: () => false });
    assert.equal(made.ok, false);
  });
});

describe('the preview of an Astro post', () => {
  async function render(sitePath: string): Promise<ReturnType<PostRenderer['render']>> {
    const { config: site } = await loadSiteConfig(nodeFileSystem, sample, astroGenerator);
    const renderer = new PostRenderer({ config: site, includes: () => undefined, posts: modelPostLookup([]), fallbackTimeZone: 'UTC' });
    return renderer.render({ text: fs.readFileSync(path.join(sample, sitePath), 'utf8'), sitePath, nowMs: Date.now(), resourceRoot: 'https://res.test', showCard: true, labels: ENGLISH_CARD_LABELS });
  }

  it("shows an .mdx post's import and component as placeholders, and its Markdown", async () => {
    const result = await render('src/content/blog/mdx-component.mdx');
    assert.equal(result.title, 'An MDX post with a component');
    assert.equal(result.facts.url, '/blog/mdx-component/');
    assert.match(result.html, /<span class="pc-shortcode" title="import Callout from &#39;..\/..\/components\/Callout.astro&#39;: rendered by Astro \(MDX\)">MDX import<\/span>/);
    assert.match(result.html, /title="&lt;Callout&gt;: rendered by Astro \(MDX\)">&lt;Callout&gt;<\/span>/);
    assert.match(result.html, /Postcraft shows the component as a placeholder/);
  });

  it('renders a TOML post with its front matter read', async () => {
    const result = await render('src/content/blog/toml-post.md');
    assert.equal(result.title, 'A TOML front matter post');
    assert.deepEqual(result.facts.tags, ['toml', 'astro']);
    assert.doesNotMatch(result.html, /title = /, 'the TOML block is front matter, not body');
    assert.match(result.html, /<p data-line="6">Astro reads a <code>\+\+\+<\/code> block as TOML/);
  });
});
