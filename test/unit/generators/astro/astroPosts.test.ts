// Astro's own front-matter regex, entry ids, which files are entries, z.coerce.date() dates and the schema's
// refusals, on texts and configs made here (test/conformance/astro/ checks the same rules against astro sync).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { astroGenerator } from '../../../../src/core/generators/astro/astroGenerator';
import { readAstroSiteConfig, type AstroConfig } from '../../../../src/core/generators/astro/astroSiteConfig';
import { splitAstroFrontMatter, readAstroPost } from '../../../../src/core/generators/astro/astroReadPost';
import { astroEntryId } from '../../../../src/core/generators/astro/astroPaths';
import { astroCoerceDateMs } from '../../../../src/core/generators/astro/astroDates';
import { createTimeZone } from '../../../../src/core/timeZone';

const contentConfig = `const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({ title: z.string(), pubDate: z.coerce.date(), created: z.date().optional(), draft: z.boolean().default(false), tags: z.array(z.string()).default(['misc']) }),
});
export const collections = { blog };`;

function site(mdx = true): AstroConfig {
  return readAstroSiteConfig([
    { file: 'astro.config.mjs', text: mdx ? "import mdx from '@astrojs/mdx'; export default defineConfig({ integrations: [mdx()] });" : 'export default {};' },
    { file: 'src/content.config.ts', text: contentConfig },
    { file: 'src/pages/blog/[...slug].astro', text: '' },
  ]).config;
}

const utc = createTimeZone('UTC').zone;
const seoul = createTimeZone('Asia/Seoul').zone;

function classify(path: string, text: string, config = site(), zone = utc) {
  return astroGenerator.classify(path, astroGenerator.readPost(text, config), 0, { config, zone, nowMs: 0 });
}

describe("Astro's front-matter regex", () => {
  it('allows blank lines and a BOM before the opening, nothing else', () => {
    assert.equal(splitAstroFrontMatter('\n\n  \n---\na: 1\n---\n')?.openLine, 3);
    assert.equal(splitAstroFrontMatter('\uFEFF---\na: 1\n---\n')?.openLine, 0);
    assert.equal(splitAstroFrontMatter('Text\n---\na: 1\n---\n'), undefined);
    assert.equal(splitAstroFrontMatter('  ---\na: 1\n---\n'), undefined, 'spaces on the opening line are no blank line');
  });

  it('closes at the first line starting with --- or +++, the opening fence choosing the language', () => {
    assert.deepEqual(readAstroPost('---\ntitle: x\n+++\nbody', 'date', '').frontMatter, { title: 'x' });
    assert.deepEqual(readAstroPost('+++\ntitle = "x"\n---\nbody', 'date', '').frontMatter, { title: 'x' });
    assert.deepEqual(readAstroPost('---\ntitle: x\n----\nbody', 'date', '').frontMatter, { title: 'x' });
    assert.equal(readAstroPost('---\ntitle: x\n', 'date', '').hasFrontMatter, false, 'an unclosed block is body');
  });

  it('reads ---js as YAML and never as code: code there is a YAML error, with a warning', () => {
    const read = readAstroPost('---js\n{ title: (() => "x")() }\n---\nbody', 'date', '');
    assert.equal(read.frontMatterError, true);
    assert.deepEqual(read.problems.map((p) => [p.code, p.severity]), [['frontMatter.computed', 'warning'], ['frontMatter.syntax', 'error']]);
  });

  it('takes a block that is no mapping for no front matter at all', () => {
    assert.deepEqual(readAstroPost('---\njust a string\n---\nbody', 'date', '').frontMatter, {});
  });

  it("finds the date field's line for problems", () => {
    assert.deepEqual(readAstroPost('\n---\ntitle: x\npubDate: "soon"\n---\n', 'pubDate', '').dateLine, { line: 3, raw: 'soon' });
  });
});

describe('entries and ids', () => {
  it('makes ids as the glob loader does', () => {
    assert.equal(astroEntryId('2024-03-05-Hello World.md', {}), '2024-03-05-hello-world');
    assert.equal(astroEntryId('한글 폴더/index.md', {}), '한글-폴더');
    assert.equal(astroEntryId('index.md', {}), 'index');
    assert.equal(astroEntryId('a.b/c.d.md', {}), 'ab/cd');
    assert.equal(astroEntryId('x.md', { slug: 'my/custom-슬러그' }), 'my/custom-슬러그');
    assert.equal(astroEntryId('x.md', { slug: '' }), 'x');
  });

  it('takes the files the pattern and an entry type take', () => {
    const config = site();
    const place = (p: string): string => astroGenerator.placeOf(p, config).kind;
    assert.equal(place('src/content/blog/a.md'), 'post');
    assert.equal(place('src/content/blog/_draft.md'), 'outside');
    assert.equal(place('src/content/blog/_folder/a.md'), 'post', '[^_] is about the file name only');
    assert.equal(place('src/content/blog/.hidden/a.md'), 'outside');
    assert.equal(place('src/content/blog/a.mdx'), 'post');
    assert.equal(astroGenerator.placeOf('src/content/blog/a.mdx', site(false)).kind, 'outside', 'no entry type for .mdx without @astrojs/mdx');
    assert.equal(place('src/content/blog/a.MD'), 'outside');
    assert.equal(place('src/content/blog/what?.md'), 'notPost');
    assert.equal(place('src/pages/blog/a.md'), 'outside');
  });
});

describe('dates, drafts, tags and URLs', () => {
  it('reads dates as z.coerce.date() does, local times in the zone', () => {
    assert.equal(new Date(astroCoerceDateMs('2024-02-02', seoul)).toISOString(), '2024-02-02T00:00:00.000Z');
    assert.equal(new Date(astroCoerceDateMs('2024-02-02 10:00', seoul)).toISOString(), '2024-02-02T01:00:00.000Z');
    assert.equal(new Date(astroCoerceDateMs('2024-02-02T10:00:00', utc)).toISOString(), '2024-02-02T10:00:00.000Z');
    assert.equal(new Date(astroCoerceDateMs('2024-02-02T10:00:00+09:00', utc)).toISOString(), '2024-02-02T01:00:00.000Z');
    assert.equal(new Date(astroCoerceDateMs('June 1 2024', seoul)).toISOString(), '2024-05-31T15:00:00.000Z');
    assert.equal(new Date(astroCoerceDateMs('Sat, 01 Jun 2024 10:00:00 GMT', seoul)).toISOString(), '2024-06-01T10:00:00.000Z');
    assert.ok(Number.isNaN(astroCoerceDateMs('soon', utc)));
  });

  it('classifies a post: id, date, draft, defaults, URL from the blog route', () => {
    const info = classify('src/content/blog/Hello World.md', '---\ntitle: Hi\npubDate: 2024-01-02 09:30\n---\nText');
    assert.deepEqual([info.status, info.slug, info.url, info.tags, info.title], ['published', 'hello-world', '/blog/hello-world/', ['misc'], 'Hi']);
    assert.equal(info.date?.epochMs, Date.UTC(2024, 0, 2, 9, 30));
    const draft = classify('src/content/blog/d.md', '---\ntitle: D\npubDate: 2024-01-02\ndraft: true\ntags: [a, b]\n---\n');
    assert.deepEqual([draft.status, draft.isDraft, draft.willPublish, draft.tags], ['draft', true, false, ['a', 'b']]);
  });

  it('reports what the schema refuses (astro sync stops on it) and makes the post invalid', () => {
    const missing = classify('src/content/blog/m.md', '---\npubDate: 2024-01-02\n---\n');
    assert.equal(missing.status, 'invalid');
    assert.match(missing.problems.map((p) => p.message).join('\n'), /"title" is required by the schema/);
    const quoted = classify('src/content/blog/q.md', '---\ntitle: Q\npubDate: 2024-01-02\ncreated: "2024-01-01"\n---\n');
    assert.match(quoted.problems.map((p) => p.message).join('\n'), /"created" must be a date \(z\.date\(\)/);
    const draft = classify('src/content/blog/y.md', '---\ntitle: Y\npubDate: 2024-01-02\ndraft: yes\n---\n');
    assert.match(draft.problems.map((p) => p.message).join('\n'), /"draft" must be true or false/, 'js-yaml 4 reads yes as a string');
  });

  it('gives no URL to an id with a slash under a one-segment route, and says why', () => {
    const config = readAstroSiteConfig([
      { file: 'src/content.config.ts', text: contentConfig },
      { file: 'src/pages/posts/[slug].astro', text: '' },
    ]).config;
    assert.equal(config.astro.routeRest, false);
    assert.equal(classify('src/content/blog/a.md', '---\ntitle: A\npubDate: 2024-01-02\n---\n', config).url, '/posts/a/');
    const nested = classify('src/content/blog/x/b.md', '---\ntitle: B\npubDate: 2024-01-02\n---\n', config);
    assert.equal(nested.url, undefined);
    assert.deepEqual(nested.problems.map((p) => p.code), ['post.noRoute']);
  });

  it('gives no URL where no blog route is found', () => {
    const config = readAstroSiteConfig([{ file: 'src/content.config.ts', text: contentConfig }]).config;
    assert.equal(classify('src/content/blog/a.md', '---\ntitle: A\npubDate: 2024-01-02\n---\n', config).url, undefined);
  });
});
