// The content config and astro.config of an Astro site, read as text and never run: which collections there are,
// where their glob loaders look, the schema's field names and literal defaults, and the notes for what only
// running the code could tell.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readAstroContentConfig } from '../../../../src/core/generators/astro/astroConfigText';
import { readAstroSiteConfig } from '../../../../src/core/generators/astro/astroSiteConfig';
import { astroGenerator } from '../../../../src/core/generators/astro/astroGenerator';
import { loadSiteConfig } from '../../../../src/platform/siteConfigFile';
import { indexSite } from '../../../../src/platform/siteIndexer';

const starter = `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const blog = defineCollection({
  // Load Markdown and MDX files in the \`src/content/blog/\` directory.
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      heroImage: image().optional(),
      draft: z.boolean().default(false),
      tags: z.array(z.string()).default(["misc", 'notes']),
    }),
});

export const collections = { blog };
`;

describe('the content config read as text', () => {
  it("reads the starter's blog collection: its glob loader, fields and literal defaults", () => {
    const read = readAstroContentConfig(starter, true);
    assert.deepEqual(read.notes, []);
    const [blog] = read.collections;
    assert.equal(read.collections.length, 1);
    assert.equal(blog?.name, 'blog');
    assert.equal(blog?.base, 'src/content/blog');
    assert.deepEqual(blog?.patterns, ['**/*.{md,mdx}']);
    assert.equal(blog?.source, 'glob');
    assert.deepEqual(blog?.fields.map((f) => f.name), ['title', 'description', 'pubDate', 'updatedDate', 'heroImage', 'draft', 'tags']);
    assert.equal(blog?.fields.find((f) => f.name === 'pubDate')?.type, 'z.coerce.date()');
    assert.equal(blog?.fields.find((f) => f.name === 'draft')?.defaultValue, false);
    assert.deepEqual(blog?.fields.find((f) => f.name === 'tags')?.defaultValue, ['misc', 'notes']);
  });

  it('reads a collection defined inline, a template base from a constant, and several patterns', () => {
    const text = `const DIR = "src/data/blog";
export const collections = {
  posts: defineCollection({ loader: glob({ pattern: ['**/[^_]*.md', '!**/draft-*'], base: \`./\${DIR}/\` }), schema: z.object({ pubDatetime: z.date() }) }),
};`;
    const read = readAstroContentConfig(text, false);
    assert.deepEqual(read.notes, []);
    assert.deepEqual(read.collections.map((c) => [c.name, c.base, c.patterns, c.source]), [['posts', 'src/data/blog', ['**/[^_]*.md', '!**/draft-*'], 'glob']]);
  });

  it('says what is computed and falls back to the conventional folders', () => {
    const text = `import { BASE } from './paths';
const blog = defineCollection({ loader: glob({ pattern: '**/*.md', base: BASE }), schema: makeSchema() });
const authors = defineCollection({ loader: file('src/authors.json') });
export const collections = { blog, authors };`;
    const read = readAstroContentConfig(text, false);
    assert.deepEqual(read.collections.map((c) => [c.name, c.source]), [['blog', 'fallback']]);
    assert.deepEqual(
      read.notes.map((n) => [n.line, n.message]),
      [
        [1, 'read as text; the schema of "blog" is computed, so its fields are not known'],
        [1, 'read as text; the glob() pattern or base of "blog" is computed, so Postcraft looks in the conventional blog folders'],
        [2, "read as text; collection \"authors\" has a loader that is not glob() (file('src/authors.json')): its entries are computed by Astro"],
      ],
    );
    const { config, problems } = readAstroSiteConfig([{ file: 'src/content.config.ts', text }]);
    assert.deepEqual(config.astro.sources.map((s) => s.base), ['src/content/blog', 'src/data/blog']);
    assert.ok(problems.every((p) => p.code === 'config.computed' && p.severity === 'info' && p.file === 'src/content.config.ts'));
  });

  it('reads a legacy collection without a loader from src/content/<name>, _-prefixed files and folders left out', () => {
    const read = readAstroContentConfig(`export const collections = { blog: defineCollection({ type: 'content', schema: z.object({ date: z.date() }) }) };`, false);
    assert.deepEqual(read.collections.map((c) => [c.base, c.patterns, c.source]), [['src/content/blog', ['**/*.{md}', '!**/_*/**/*.{md}', '!**/_*.{md}'], 'legacy']]);
  });

  it('takes the collection named blog or posts, else the only one, else the one the setting names', () => {
    const two = `const notes = defineCollection({ loader: glob({ pattern: '*.md', base: 'notes' }) });
const posts = defineCollection({ loader: glob({ pattern: '*.md', base: 'writing' }), schema: z.object({ publishDate: z.date(), categories: z.array(z.string()) }) });
export const collections = { notes, posts };`;
    const files = [{ file: 'src/content.config.mjs', text: two }];
    assert.deepEqual(readAstroSiteConfig(files).config.astro.sources.map((s) => [s.collection, s.base]), [['posts', 'writing']]);
    assert.equal(readAstroSiteConfig(files).config.astro.roles.date, 'publishDate');
    assert.deepEqual(readAstroSiteConfig(files, { collections: ['notes'] }).config.astro.sources.map((s) => s.collection), ['notes']);
    assert.equal(readAstroSiteConfig(files, { fields: { date: 'when' } }).config.astro.roles.date, 'when');
    assert.deepEqual(astroGenerator.taxonomies(readAstroSiteConfig(files).config).map((t) => t.plural), ['categories', 'tags']);
  });

  it("reads the Astro settings from the site's .vscode/settings.json (comments and trailing commas allowed)", () => {
    const two = `const notes = defineCollection({ loader: glob({ pattern: '*.md', base: 'notes' }), schema: z.object({ publishedOn: z.date() }) });
const blog = defineCollection({ loader: glob({ pattern: '*.md', base: 'writing' }) });
export const collections = { notes, blog };`;
    const settings = `{
  // The notes are the blog here.
  "postcraft.astro.collections": ["notes"],
  "postcraft.astro.fields": { "date": "publishedOn", "draft": "", },
  "editor.tabSize": 2,
}`;
    const { config } = readAstroSiteConfig([
      { file: 'src/content.config.ts', text: two },
      { file: '.vscode/settings.json', text: settings },
    ]);
    assert.deepEqual(config.astro.sources.map((s) => s.collection), ['notes']);
    assert.equal(config.astro.roles.date, 'publishedOn');
    assert.equal(config.astro.roles.draft, 'draft', 'an empty name is no setting');
    assert.ok(astroGenerator.configFiles.includes('.vscode/settings.json'));
  });

  it('says so when the site has no content config, and looks in the conventional folders', () => {
    const { config, problems } = readAstroSiteConfig([{ file: 'astro.config.mjs', text: 'export default {};' }]);
    assert.deepEqual(config.astro.sources.map((s) => s.base), ['src/content/blog', 'src/data/blog']);
    assert.deepEqual(problems.map((p) => [p.severity, p.file, p.message]), [['info', 'astro.config.mjs', 'no content config (src/content.config.ts): Postcraft looks for posts in src/content/blog and src/data/blog']]);
  });

  it('reads site, base and the MDX integration from astro.config, and infers the blog route', () => {
    const { config } = readAstroSiteConfig([
      { file: 'astro.config.mjs', text: "import mdx from '@astrojs/mdx';\nexport default defineConfig({ site: 'https://example.com/', base: '/docs/', integrations: [mdx()] });" },
      { file: 'src/content.config.ts', text: starter },
      { file: 'src/pages/blog/[...slug].astro', text: '' },
    ]);
    assert.equal(config.url, 'https://example.com');
    assert.equal(config.baseurl, '/docs');
    assert.equal(config.astro.mdx, true);
    assert.equal(config.astro.routePrefix, '/blog/');
  });

  it('never runs the configs: code in them that would write a file writes nothing', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-astro-'));
    const marker = path.join(site, 'ran.txt');
    try {
      const write = (what: string): string => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '${what}')`;
      fs.writeFileSync(path.join(site, 'astro.config.mjs'), `${write('astro.config')};\nexport default defineConfig({ site: (() => { ${write('site')}; return 'https://x.org'; })() });\n`);
      fs.mkdirSync(path.join(site, 'src', 'content', 'blog'), { recursive: true });
      fs.writeFileSync(
        path.join(site, 'src', 'content.config.ts'),
        `${write('content config')};
const blog = defineCollection({ loader: glob({ pattern: (() => { ${write('pattern')}; return '**/*.md'; })(), base: 'src/content/blog' }), schema: z.object({ pubDate: z.coerce.date().transform(() => { ${write('schema')}; }) }) });
export const collections = { blog };
`,
      );
      fs.writeFileSync(path.join(site, 'src', 'content', 'blog', 'a.md'), '---js\n{ title: (() => { require("fs").writeFileSync("ran.txt", "front matter") })() }\n---\nText\n');
      fs.writeFileSync(path.join(site, 'src', 'content', 'blog', 'b.md'), '---\ntitle: B\npubDate: 2024-01-02\n---\nText\n');
      const loaded = await loadSiteConfig(nodeFileSystem, site, astroGenerator);
      const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'astro', nowMs: Date.now() });
      assert.equal(fs.existsSync(marker), false, 'nothing in the configs or the posts ran');
      assert.equal(fs.existsSync(path.join(process.cwd(), 'ran.txt')), false);
      assert.equal(loaded.config.generator, 'astro');
      assert.ok(loaded.problems.some((p) => /glob\(\) pattern or base of "blog" is computed/.test(p.message)));
      assert.equal(indexed.model.get('src/content/blog/b.md')?.status, 'published');
      assert.equal(indexed.model.get('src/content/blog/a.md')?.status, 'invalid');
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
