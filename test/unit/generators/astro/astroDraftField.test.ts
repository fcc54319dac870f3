// The draft field of an Astro blog is its schema's (or the one the postcraft.astro.fields setting names): New Post,
// New Draft, Publish and Move to Drafts write that field, and none on a schema without one, where Astro strips a
// `draft` key it does not declare (test/fixtures/astro-sites/no-draft-field, compared with astro sync).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { astroGenerator } from '../../../../src/core/generators/astro/astroGenerator';
import { astroNewPost } from '../../../../src/core/generators/astro/astroNewPost';
import { readAstroSiteConfig, type AstroConfig } from '../../../../src/core/generators/astro/astroSiteConfig';
import { editDialectOf } from '../../../../src/core/generators/generator';
import { setValue } from '../../../../src/core/edits/setValue';
import { applyEdits } from '../../../../src/core/edits/textEdit';
import { createTimeZone } from '../../../../src/core/timeZone';

const utc = createTimeZone('UTC').zone;
const now = Date.UTC(2025, 0, 2, 9, 0, 0);
const place = { folder: 'src/content/blog', folderPerPost: false, dateStyle: 'date', quote: '' } as const;

function config(schema: string, settings?: Record<string, unknown>): AstroConfig {
  const files = [{ file: 'src/content.config.ts', text: `export const collections = { blog: defineCollection({ loader: glob({ base: 'src/content/blog', pattern: '**/*.md' }), schema: z.object({ ${schema} }) }) };` }];
  if (settings !== undefined) files.push({ file: '.vscode/settings.json', text: JSON.stringify(settings) });
  return readAstroSiteConfig(files).config;
}

const make = (site: AstroConfig, draft: boolean) => astroNewPost({ title: 'Hello', tags: [], draft, nowMs: now, zone: utc, config: site, place, exists: () => false });
const read = (site: AstroConfig, text: string) => astroGenerator.classify('src/content/blog/a.md', astroGenerator.readPost(text, site), 0, { config: site, zone: utc, nowMs: now });

describe('the draft field of an Astro blog', () => {
  it('is the schema\'s draft field: New Draft writes it, and publishing sets it', () => {
    const site = config('title: z.string(), pubDate: z.coerce.date(), draft: z.boolean().optional()');
    assert.equal(site.astro.draftField, 'draft');
    const made = make(site, true);
    assert.ok(made.ok);
    assert.match(made.text, /^draft: true$/m);
    assert.equal(read(site, made.text).isDraft, true);
    const dialect = editDialectOf(astroGenerator, site);
    assert.equal(dialect.draftKey, 'draft');
    assert.equal(dialect.noDrafts, undefined);
  });

  it('is none on a schema without one: New Post writes no draft key, New Draft and publishing say why, and a draft key is no draft', () => {
    const site = config('title: z.string(), pubDate: z.coerce.date(), tags: z.array(z.string()).default([])');
    assert.equal(site.astro.draftField, undefined);
    const post = make(site, false);
    assert.ok(post.ok);
    assert.doesNotMatch(post.text, /draft/);
    assert.deepEqual(make(site, true), { ok: false, reason: { key: 'noDraftField', args: ['draft'] } });
    const dialect = editDialectOf(astroGenerator, site);
    assert.equal(dialect.draftKey, undefined);
    assert.deepEqual(dialect.noDrafts, { key: 'noDraftField', args: ['draft'] });
    assert.equal(read(site, '---\ntitle: A\npubDate: 2024-01-01\ndraft: true\n---\n').isDraft, false);
  });

  it('is the field the postcraft.astro.fields setting names, which New Draft and Publish write and the model reads', () => {
    const site = config('title: z.string(), pubDate: z.coerce.date(), isDraft: z.boolean().default(false)', { 'postcraft.astro.fields': { draft: 'isDraft' } });
    assert.equal(site.astro.draftField, 'isDraft');
    const made = make(site, true);
    assert.ok(made.ok);
    assert.match(made.text, /^isDraft: true$/m);
    assert.doesNotMatch(made.text, /^draft:/m);
    assert.equal(read(site, made.text).isDraft, true);
    const dialect = editDialectOf(astroGenerator, site);
    assert.equal(dialect.draftKey, 'isDraft');
    const published = setValue(made.text, dialect.draftKey ?? '', false, dialect);
    assert.ok(published.ok);
    const after = applyEdits(made.text, published.edits);
    assert.match(after, /^isDraft: false$/m);
    assert.equal(read(site, after).isDraft, false);
  });

  it('is the usual `draft` when the schema cannot be read, and the updated field is the schema\'s', () => {
    const unread = readAstroSiteConfig([{ file: 'src/content.config.ts', text: 'export const collections = makeCollections();' }]).config;
    assert.equal(unread.astro.draftField, 'draft');
    const paper = config('pubDatetime: z.date(), modDatetime: z.date().optional().nullable(), title: z.string(), draft: z.boolean().optional()');
    assert.equal(editDialectOf(astroGenerator, paper).lastModifiedKey, 'modDatetime');
  });
});
