import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SiteModel } from '../../../src/core/siteModel';
import { parseConfig } from '../../../src/core/config';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { generatorOf } from '../../../src/core/generators/generators';
import { createTimeZone } from '../../../src/core/timeZone';

const zone = createTimeZone('UTC').zone;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const withSeries = '[taxonomies]\ntag = "tags"\ncategory = "categories"\nseries = "series"\n';
const hugoModel = (toml = withSeries): SiteModel => new SiteModel({ config: readHugoSiteConfig([{ file: 'hugo.toml', text: toml }]).config, zone, nowMs: NOW });
const jekyllModel = (): SiteModel => new SiteModel({ config: parseConfig('').config, zone, nowMs: NOW });

/** A Hugo page with TOML front matter; `fields` are TOML lines. */
const page = (...fields: string[]): string => `+++\ntitle = "A page"\ndate = 2024-01-01T00:00:00Z\n${fields.join('\n')}\n+++\nBody\n`;
const upsert = (m: SiteModel, name: string, text: string): ReturnType<SiteModel['upsert']> => m.upsert({ path: `content/posts/${name}.md`, text, mtimeMs: 0 });
const taxonomy = (m: SiteModel, plural: string): { name: string; count: number; key: string }[] | undefined =>
  m.snapshot().taxonomies.find((t) => t.plural === plural)?.names.map((n) => ({ ...n }));

test('Hugo: spellings with one term key are one tag, counted together and shown by the spelling most posts use', () => {
  const m = hugoModel();
  const first = upsert(m, 'a', page('tags = ["Go Lang"]'));
  assert.deepEqual(first.tags, [{ name: 'go-lang', before: 0, after: 1 }], 'a count change names the key');
  const second = upsert(m, 'b', page('tags = ["go lang"]'));
  assert.deepEqual(second.tags, [{ name: 'go-lang', before: 1, after: 2 }]);
  // One post each: the tie goes to the spelling that sorts first.
  assert.deepEqual(m.snapshot().tags, [{ name: 'Go Lang', count: 2 }]);
  assert.deepEqual(taxonomy(m, 'tags'), [{ name: 'Go Lang', count: 2, key: 'go-lang' }]);
  upsert(m, 'c', page('tags = ["go lang"]'));
  assert.deepEqual(m.snapshot().tags, [{ name: 'go lang', count: 3 }]);
  // The spelling shown goes with its last post; the key stays.
  m.remove('content/posts/b.md');
  m.remove('content/posts/c.md');
  assert.deepEqual(m.snapshot().tags, [{ name: 'Go Lang', count: 1 }]);
});

test('Hugo: the key follows the site\'s config (disablePathToLower keeps case apart)', () => {
  const m = hugoModel(`disablePathToLower = true\n${withSeries}`);
  upsert(m, 'a', page('tags = ["Go Lang"]'));
  upsert(m, 'b', page('tags = ["go lang"]'));
  assert.deepEqual(m.snapshot().tags, [{ name: 'Go Lang', count: 1 }, { name: 'go lang', count: 1 }]);
  assert.deepEqual(taxonomy(m, 'tags')?.map((t) => t.key), ['Go-Lang', 'go-lang']);
});

test('Hugo: every taxonomy of [taxonomies] is in the snapshot, in the config\'s order, counting only the pages Hugo builds', () => {
  const m = hugoModel();
  upsert(m, 'a', page('categories = ["Hugo"]', 'series = ["Hugo Basics"]'));
  upsert(m, 'b', page('series = ["hugo basics", "Other"]'));
  upsert(m, 'draft', page('draft = true', 'series = ["Hugo Basics"]'));
  assert.deepEqual(m.snapshot().taxonomies.map((t) => [t.singular, t.plural]), [['tag', 'tags'], ['category', 'categories'], ['series', 'series']]);
  assert.deepEqual(taxonomy(m, 'series'), [{ name: 'Hugo Basics', count: 2, key: 'hugo-basics' }, { name: 'Other', count: 1, key: 'other' }]);
  assert.deepEqual(m.snapshot().categories, [{ name: 'Hugo', count: 1 }]);
});

test('Hugo: editing a page\'s series updates the counts; the page is reported changed', () => {
  const m = hugoModel();
  upsert(m, 'a', page('series = ["One"]'));
  upsert(m, 'b', page('series = ["One"]'));
  const before = m.snapshot();
  const edit = upsert(m, 'a', page('series = ["Two"]'));
  assert.deepEqual(edit.changed, ['content/posts/a.md']);
  assert.notEqual(m.snapshot(), before, 'a new snapshot');
  assert.deepEqual(taxonomy(m, 'series'), [{ name: 'One', count: 1, key: 'one' }, { name: 'Two', count: 1, key: 'two' }]);
  upsert(m, 'b', page('draft = true', 'series = ["One"]'));
  assert.deepEqual(taxonomy(m, 'series'), [{ name: 'Two', count: 1, key: 'two' }]);
  m.remove('content/posts/a.md');
  assert.deepEqual(taxonomy(m, 'series'), []);
});

test('Hugo: a site whose [taxonomies] leaves out categories and tags has none, whatever the pages write', () => {
  const m = hugoModel('[taxonomies]\nseries = "series"\n');
  const change = upsert(m, 'a', page('categories = ["Hugo"]', 'tags = ["go"]', 'series = ["One"]'));
  assert.deepEqual([change.categories, change.tags], [[], []]);
  const snap = m.snapshot();
  assert.deepEqual([snap.categories, snap.tags], [[], []]);
  assert.deepEqual(snap.taxonomies.map((t) => t.plural), ['series']);
  assert.deepEqual(taxonomy(m, 'series'), [{ name: 'One', count: 1, key: 'one' }]);
});

test('Hugo: the clock counts a page in its taxonomies when it goes live', () => {
  const m = hugoModel();
  upsert(m, 'later', page('publishDate = 2099-01-01T00:00:00Z', 'series = ["Soon"]', 'tags = ["Soon Tag"]'));
  assert.deepEqual(taxonomy(m, 'series'), []);
  const t = m.setNow(Date.parse('2099-01-02T00:00:00Z'));
  assert.deepEqual(t.tags, [{ name: 'soon-tag', before: 0, after: 1 }]);
  assert.deepEqual(taxonomy(m, 'series'), [{ name: 'Soon', count: 1, key: 'soon' }]);
});

test('Hugo: a model filled from summaries counts by key as one that read the files', () => {
  const read = hugoModel();
  upsert(read, 'a', page('tags = ["Go Lang"]', 'series = ["S"]'));
  upsert(read, 'b', page('tags = ["go lang"]', 'series = ["s"]'));
  const filled = hugoModel();
  filled.fill([...read.summaries()]);
  assert.deepEqual(filled.snapshot().taxonomies, read.snapshot().taxonomies);
  assert.deepEqual(taxonomy(filled, 'series'), [{ name: 'S', count: 2, key: 's' }]);
});

test('Jekyll: names stay exact, the snapshot lists categories and tags as before, and as its two taxonomies', () => {
  const m = jekyllModel();
  const a = m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ncategories: Dev\ntags: [Go Lang]\n---\n', mtimeMs: 0 });
  assert.deepEqual(a.tags, [{ name: 'Go Lang', before: 0, after: 1 }]);
  m.upsert({ path: '_posts/2024-01-02-b.md', text: '---\ncategories: dev\ntags: [go lang]\n---\n', mtimeMs: 0 });
  const snap = m.snapshot();
  assert.deepEqual(snap.tags, [{ name: 'Go Lang', count: 1 }, { name: 'go lang', count: 1 }]);
  assert.deepEqual(snap.categories, [{ name: 'Dev', count: 1 }, { name: 'dev', count: 1 }]);
  assert.deepEqual(snap.taxonomies.map((t) => [t.plural, t.names.map((n) => [n.key, n.name, n.count])]), [
    ['categories', [['Dev', 'Dev', 1], ['dev', 'dev', 1]]],
    ['tags', [['Go Lang', 'Go Lang', 1], ['go lang', 'go lang', 1]]],
  ]);
  assert.equal(snap.findings.filter((f) => f.code === 'taxonomy.similarNames').length, 2, 'Jekyll still warns of look-alike names');
});

test('the generators\' taxonomies and keys', () => {
  const jekyll = parseConfig('').config;
  const hugo = readHugoSiteConfig([{ file: 'hugo.toml', text: '' }]).config;
  assert.deepEqual(generatorOf(jekyll).taxonomies(jekyll).map((t) => t.plural), ['categories', 'tags']);
  assert.equal(generatorOf(jekyll).nameKey('tags', 'Go Lang', jekyll), 'Go Lang');
  assert.deepEqual(generatorOf(hugo).taxonomies(hugo).map((t) => t.plural).sort(), ['categories', 'tags'], 'Hugo\'s default pair');
  assert.equal(generatorOf(hugo).nameKey('tags', 'Go Lang', hugo), 'go-lang');
  assert.equal(generatorOf(hugo).nameKey('series', '한글 태그', hugo), '한글-태그');
});
