import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hugoDraft, hugoPageStatus, hugoSlug, hugoTaxonomyTerms, hugoTitle } from '../../../../src/core/generators/hugo/hugoStatus';
import { hugoDefaultMainSections, hugoMainSections } from '../../../../src/core/generators/hugo/hugoMainSections';
import { parseHugoDateValue, resolveHugoDates } from '../../../../src/core/generators/hugo/hugoDates';
import { DEFAULT_CHAINS } from '../../../../src/core/generators/hugo/hugoSettings';
import { loadHugoYaml } from '../../../../src/core/generators/hugo/hugoYaml';
import { createTimeZone } from '../../../../src/core/timeZone';

const yaml = (text: string): Record<string, unknown> => {
  const y = loadHugoYaml(text);
  assert.ok(y.ok);
  return y.ok ? (y.value as Record<string, unknown>) : {};
};

// hugo 0.111.3 run s2 (`.Draft` of each page; "has both draft and published" warned for d08).
test('draft as Hugo reads it (run s2)', () => {
  const cases: [string, boolean][] = [
    ['draft: yes', true], ['draft: "yes"', false], ['draft: "true"', true], ['draft: 1', true], ['draft: y', true],
    ['draft: on', true], ['published: false', true], ['published: true\ndraft: true', true], ['draft: "1"', true],
    ['draft: [true]', false], ['draft: "T"', true], ['draft: 0.5', false], ['Draft: true', true], ['published: "false"', true],
    ['published: 2020-01-01', false], ['draft: "no"', false], ['title: x', false],
  ];
  for (const [text, draft] of cases) assert.equal(hugoDraft(yaml(text)).draft, draft, text);
  assert.ok(hugoDraft(yaml('published: true\ndraft: true')).warning !== undefined);
  // hugo 0.111.3 run v1: TOML `draft = 1` (int64) and JSON `"draft": 1` (float64) are not drafts.
  assert.equal(hugoDraft({ draft: 1 }, 'toml').draft, false);
  assert.equal(hugoDraft({ draft: 1 }, 'json').draft, false);
});

// hugo 0.111.3 runs s3, s4: titles and slugs.
test('title and slug', () => {
  assert.equal(hugoTitle({}), '');
  assert.equal(hugoTitle(yaml('title: 42')), '42');
  assert.equal(hugoTitle(yaml('title: [a, b]')), '');
  assert.equal(hugoTitle(yaml('title: "  Spaced  "')), '  Spaced  ');
  assert.equal(hugoTitle(yaml('title: 2.50')), '2.5');
  assert.equal(hugoSlug(yaml('slug: "-Hello World-"')), 'Hello World');
  assert.equal(hugoSlug({ slug: { a: 1 } }), '');
});

// hugo 0.111.3 run s3: [taxonomies] tag = "tags", serie = "Series"; terms per page from site.Taxonomies.
test('taxonomy terms of a page (run s3)', () => {
  const taxonomies = { tag: 'tags', serie: 'Series' };
  const opts = { disablePathToLower: false, removePathAccents: false };
  const terms = (text: string) => hugoTaxonomyTerms(yaml(text), taxonomies, opts);
  assert.deepEqual(terms('tags: one\ncategories: [x]\nseries: [S1]'), { tags: [{ key: 'one', term: 'one' }], Series: [{ key: 's1', term: 'S1' }] });
  assert.deepEqual(terms('tags: "a, b"\nSeries: S2'), { tags: [{ key: 'a-b', term: 'a, b' }], Series: [{ key: 's2', term: 'S2' }] });
  assert.deepEqual(terms('tags: 5'), { tags: [{ key: '5', term: '5' }] });
  assert.deepEqual(terms('tags: [1, 2.5, true]'), { tags: [{ key: '1', term: '1' }, { key: '2.5', term: '2.5' }, { key: 'true', term: 'true' }] });
  assert.deepEqual(terms('tags: []'), { tags: [] });
  assert.deepEqual(terms('tags: [{a: 1}, "x"]'), { tags: [{ key: 'x', term: 'x' }] });
  assert.deepEqual(terms('tags: ["  Go  ", "go", "GO"]'), { tags: [{ key: 'go', term: 'GO' }] });
  assert.deepEqual(terms('tags: ["", " ", "!!!", "ok"]'), { tags: [{ key: 'ok', term: 'ok' }] });
  assert.deepEqual(terms('tags: {a: 1}'), {});
  assert.deepEqual(hugoTaxonomyTerms({ tags: ['x'] }, {}, opts), {});
});

// hugo 0.111.3 run st: `date: 2999-01-01` (publishDate defaults from it) and `publishDate: 2999-01-01` are built
// only with -F, `expiryDate: 2000-01-01` only with -E.
test('future, expired and built (run st)', () => {
  const zone = createTimeZone('UTC').zone;
  const now = Date.UTC(2024, 5, 1);
  const d = (s: string) => parseHugoDateValue(s, zone);
  const base = { draft: false, publishDate: undefined, expiryDate: undefined };
  const none = { buildDrafts: false, buildFuture: false, buildExpired: false };
  assert.deepEqual(hugoPageStatus(base, none, now), { draft: false, future: false, expired: false, built: true });
  assert.deepEqual(hugoPageStatus({ ...base, publishDate: d('2999-01-01') }, none, now), { draft: false, future: true, expired: false, built: false });
  assert.equal(hugoPageStatus({ ...base, publishDate: d('2999-01-01') }, { ...none, buildFuture: true }, now).built, true);
  assert.deepEqual(hugoPageStatus({ ...base, expiryDate: d('2000-01-01') }, none, now), { draft: false, future: false, expired: true, built: false });
  assert.equal(hugoPageStatus({ ...base, expiryDate: d('2000-01-01') }, { ...none, buildExpired: true }, now).built, true);
  assert.equal(hugoPageStatus({ ...base, draft: true }, none, now).built, false);
  assert.equal(hugoPageStatus({ ...base, draft: true }, { ...none, buildDrafts: true }, now).built, true);
  assert.equal(hugoPageStatus({ ...base, publishDate: d('2024-06-01') }, none, now).future, false, 'at now exactly is not future');
  const dated = resolveHugoDates({ frontMatter: { date: '2999-01-01' }, chains: DEFAULT_CHAINS, zone, contentBaseName: 'fut' });
  assert.equal(hugoPageStatus({ draft: false, publishDate: dated.publishDate, expiryDate: dated.expiryDate }, none, now).future, true);
});

// hugo 0.111.3 run m1: sections a, a-b, B with two pages each (and three pages at the top) → a-b; c with one page
// and two in a subsection with _index → c; drafts count only with -D; a leaf bundle is one page.
test('default mainSections (run m1)', () => {
  assert.deepEqual(hugoDefaultMainSections({ a: 2, 'a-b': 2, B: 2, '': 3 }), ['a-b']);
  assert.deepEqual(hugoDefaultMainSections({ a: 2, 'a-b': 2, B: 2, c: 3 }), ['c']);
  assert.deepEqual(hugoDefaultMainSections({ B: 3, a: 2 }), ['b']);
  assert.deepEqual(hugoDefaultMainSections({ post: 1, posts: 1 }), ['post']);
  assert.equal(hugoDefaultMainSections({}), undefined);
  assert.equal(hugoDefaultMainSections({ a: 0 }), undefined);
  assert.deepEqual(hugoMainSections(['blog'], { a: 5 }), ['blog']);
  assert.deepEqual(hugoMainSections(null, { a: 5 }), []);
  assert.deepEqual(hugoMainSections(undefined, { a: 5, x: Number.NaN }), ['a']);
});
