// Hugo's front-matter rules behind the generator seam: the documented keys, the TOML scanner and cursor, the lint
// rules with their exact ranges and fixes, and the hover facts. What Hugo itself does with each case is asked of
// hugo 0.111.3 in test/conformance/hugo/hugoLint.test.ts.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readHugoSiteConfig, type HugoConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { hugoGenerator } from '../../../src/core/generators/hugo/hugoGenerator';
import { hugoKeyDocs } from '../../../src/core/generators/hugo/hugoKeyDocs';
import { lintPost } from '../../../src/core/lint/lintPost';
import { ruleHoverFacts } from '../../../src/core/lint/ruleHover';
import { scanTomlFrontMatter } from '../../../src/core/lint/frontMatterTomlScan';
import { cursorPlaceAny } from '../../../src/core/lint/frontMatterTomlCursor';
import { createTimeZone } from '../../../src/core/timeZone';
import { applyEdits, lint as jekyllLint, site } from './lintHelpers';
import type { PostContext } from '../../../src/core/post';
import type { LintFinding } from '../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const rules = hugoGenerator.frontMatterRules;
assert.ok(rules, 'Hugo has front-matter rules');

function hugoConfig(toml = ''): HugoConfig {
  return readHugoSiteConfig([{ file: 'hugo.toml', text: toml }]).config;
}

function ctxOf(toml = ''): PostContext {
  const config = hugoConfig(toml);
  return { config, zone: config.zones.get(config.hugo.defaultContentLanguage) ?? createTimeZone('UTC').zone, nowMs: NOW };
}

const SERIES_SITE = 'timeZone = "Asia/Seoul"\n[taxonomies]\ntag = "tags"\ncategory = "categories"\nseries = "series"\n';

function lint(text: string, toml = SERIES_SITE, path = 'content/posts/x.md'): ReturnType<typeof lintPost> {
  return lintPost({ path, text, ctx: ctxOf(toml), site: site() });
}

const brief = (f: LintFinding): [string, number, number, number] => [f.code, f.range.line, f.range.startChar, f.range.endChar];
const hugoOnly = (findings: readonly LintFinding[]): LintFinding[] => findings.filter((f) => f.code.startsWith('hugo.'));

describe('Hugo front-matter keys', () => {
  it('documents every key Hugo 0.111 reads, in English and Korean', () => {
    const keys = hugoKeyDocs(hugoConfig().hugo);
    const wanted = ['title', 'date', 'publishDate', 'expiryDate', 'lastmod', 'draft', 'slug', 'url', 'aliases', 'weight', 'linkTitle', 'description', 'summary', 'keywords', 'layout', 'type', 'markup', 'outputs', 'headless', 'isCJKLanguage', 'translationKey', 'resources', 'cascade', 'build', '_build', 'params', 'tags', 'categories'];
    for (const key of wanted) {
      const k = keys.find((x) => x.key === key);
      assert.ok(k, key);
      assert.ok(k.en.length > 10 && /[가-힣]/.test(k.ko), key);
      assert.equal(k.source, 'hugo');
    }
    assert.equal(keys.find((k) => k.key === 'date')?.kind, 'date');
    assert.equal(keys.find((k) => k.key === 'draft')?.kind, 'boolean');
    assert.equal(keys.find((k) => k.key === 'tags')?.kind, 'taxonomy');
    assert.equal(new Set(keys.map((k) => k.key.toLowerCase())).size, keys.length, 'no key twice');
  });

  it('follows the site\'s [taxonomies]: custom ones in, the default pair out when replaced', () => {
    const custom = hugoKeyDocs(hugoConfig('[taxonomies]\nseries = "series"\nauthor = "authors"\n').hugo);
    assert.ok(custom.some((k) => k.key === 'series' && k.kind === 'taxonomy' && k.en.includes('series = "series"')));
    assert.ok(custom.some((k) => k.key === 'authors' && k.kind === 'taxonomy'));
    assert.ok(!custom.some((k) => k.key === 'tags'));
    assert.ok(!hugoKeyDocs(hugoConfig().hugo).some((k) => k.key === 'series'));
  });
});

describe('TOML front matter scanned with positions', () => {
  const text = [
    '+++',
    'title = "A # not a comment" # a comment',
    "slug = 'x'",
    'tags = ["a", "b, c"]',
    'categories = [',
    '  "one",',
    '  "two", # second',
    ']',
    'params.note = 1',
    '[build]',
    'list = "never"',
    '+++',
    'body',
  ].join('\n');
  const scan = scanTomlFrontMatter(text);

  it('reads keys, values, one-line and multi-line arrays, dotted keys and tables', () => {
    assert.ok(scan);
    assert.equal(scan.syntax, 'toml');
    assert.equal(scan.endLine, 11);
    const title = scan.entries.find((e) => e.key === 'title');
    assert.deepEqual(title?.value, { text: 'A # not a comment', quoted: true, range: { line: 1, startChar: 8, endChar: 27 } });
    assert.equal(scan.entries.find((e) => e.key === 'slug')?.value?.text, 'x');
    assert.deepEqual(scan.entries.find((e) => e.key === 'tags')?.items?.map((i) => [i.text, i.range.startChar, i.range.endChar]), [['a', 8, 11], ['b, c', 13, 19]]);
    assert.deepEqual(scan.entries.find((e) => e.key === 'categories')?.items?.map((i) => [i.text, i.range.line, i.range.startChar]), [['one', 5, 2], ['two', 6, 2]]);
    assert.deepEqual(scan.entries.find((e) => e.key === 'note')?.parents, ['params']);
    assert.deepEqual(scan.entries.find((e) => e.key === 'list')?.parents, ['build']);
    assert.deepEqual(scan.entries.find((e) => e.key === 'build')?.keyRange, { line: 9, startChar: 1, endChar: 6 });
  });

  it('finds no TOML block in YAML, in an unclosed block or in none', () => {
    assert.equal(scanTomlFrontMatter('---\ntitle: x\n---\n'), undefined);
    assert.equal(scanTomlFrontMatter('+++\ntitle = "x"\n'), undefined);
    assert.equal(scanTomlFrontMatter('just text'), undefined);
  });
});

describe('the cursor in TOML front matter', () => {
  const text = '+++\ntitle = "x"\ntags = ["go", "hu\ncategories = [\n  "a",\n  "\n]\n[params]\nau\n+++\n';
  const at = (line: number, character: number): unknown => cursorPlaceAny(text, line, character, rules.syntaxes);

  it('is on a key at the start of a line, with the keys written at its level', () => {
    // The array left open on line 2 runs on to the `]` of line 6, as TOML reads it: categories is inside it.
    assert.deepEqual(at(1, 3), { syntax: 'toml', place: { kind: 'key', parents: [], prefix: 'tit', prefixStart: 0, siblings: ['tags', 'params'] } });
    assert.deepEqual(at(8, 2), { syntax: 'toml', place: { kind: 'key', parents: ['params'], prefix: 'au', prefixStart: 0, siblings: [] } });
  });

  it('is in a value after =, in an array item, and in a multi-line array', () => {
    assert.deepEqual(at(1, 10), { syntax: 'toml', place: { kind: 'value', key: 'title', prefix: 'x', prefixStart: 9, inList: false, quoted: true } });
    assert.deepEqual(at(2, 18), { syntax: 'toml', place: { kind: 'value', key: 'tags', prefix: 'hu', prefixStart: 16, inList: true, quoted: true } });
    assert.deepEqual(at(5, 3), { syntax: 'toml', place: { kind: 'value', key: 'categories', prefix: '', prefixStart: 3, inList: true, quoted: true } });
  });

  it('is nowhere outside the block, and YAML stays YAML', () => {
    assert.equal(at(0, 2), undefined);
    assert.equal(at(10, 0), undefined);
    assert.equal(cursorPlaceAny('---\nti\n---\n', 1, 2, rules.syntaxes)?.syntax, 'yaml');
    // A YAML string is one term to Hugo: the whole of it is being typed (Jekyll types only its last word).
    assert.deepEqual(cursorPlaceAny('---\ntags: go la\n---\n', 1, 11, rules.syntaxes, rules.wordKeys)?.place, { kind: 'value', key: 'tags', prefix: 'go la', prefixStart: 6, inList: false, quoted: false });
    assert.equal((cursorPlaceAny('---\ntags: go la\n---\n', 1, 11)?.place as { prefix?: string } | undefined)?.prefix, 'la');
    // A generator that reads YAML only (Jekyll) sees no front matter in a `+++` block.
    assert.equal(cursorPlaceAny(text, 1, 3), undefined);
  });
});

describe('Hugo lint rules', () => {
  it('a date Hugo cannot read, at its value, in TOML and YAML', () => {
    const toml = lint('+++\ntitle = "x"\ndate = "2024-03-05 10:00"\n+++\n');
    assert.deepEqual(toml.findings.map(brief), [['hugo.dateUnreadable', 2, 7, 25]]);
    assert.deepEqual(toml.findings[0]?.args, ['date', '2024-03-05 10:00']);
    const yaml = lint('---\ntitle: x\nexpiryDate: 2024/12/31\nlastmod: "2024-01-01"\n---\n');
    assert.deepEqual(yaml.findings.map(brief), [['hugo.dateUnreadable', 2, 12, 22]]);
    // The reader's line-wide problem gives way to the exact one.
    assert.ok(!yaml.findings.some((f) => f.code === 'post.dateUnreadable'));
  });

  it('published: false is the opposite of draft, not a date; a key outside the chains is not a date', () => {
    assert.deepEqual(hugoOnly(lint('---\ntitle: x\npublished: false\n---\n').findings), []);
    assert.deepEqual(hugoOnly(lint('---\ntitle: x\nposted: soon\n---\n').findings), []);
    assert.deepEqual(lint('---\npublished: someday\n---\n').findings.map(brief), [['hugo.dateUnreadable', 1, 11, 18]]);
  });

  it('the [frontmatter] chains decide which keys are dates', () => {
    const config = `${SERIES_SITE}[frontmatter]\ndate = ["posted", ":default"]\n`;
    assert.deepEqual(lint('---\ntitle: x\nposted: soon\n---\n', config).findings.map(brief), [['hugo.dateUnreadable', 2, 8, 12]]);
  });

  it('a taxonomy-looking key the site does not declare, and a singular name', () => {
    const onlySeries = '[taxonomies]\nseries = "series"\n';
    const result = lint('+++\ntitle = "x"\ntags = ["a"]\ntopics = "b"\nseries = ["s"]\n+++\n', onlySeries);
    assert.deepEqual(result.findings.map(brief), [['hugo.taxonomyUndeclared', 2, 0, 4], ['hugo.taxonomyUndeclared', 3, 0, 6]]);
    const singular = lint('---\ntag: [a]\ncategories: [b]\n---\n');
    assert.deepEqual(singular.findings.map(brief), [['hugo.taxonomySingular', 1, 0, 3]]);
    assert.deepEqual(singular.findings[0]?.args, ['tag', 'tags']);
    const fixed = applyEdits('---\ntag: [a]\ncategories: [b]\n---\n', singular.findings[0]?.fixes[0]?.edits ?? []);
    assert.equal(fixed, '---\ntags: [a]\ncategories: [b]\n---\n');
    assert.deepEqual(hugoOnly(lint(fixed).findings), []);
    // With tags written too, renaming would lose one of them: no fix.
    assert.deepEqual(lint('---\ntag: [a]\ntags: [b]\n---\n').findings[0]?.fixes, []);
    // A mapping is not a list of terms: nothing to say.
    assert.deepEqual(hugoOnly(lint('---\ntopics:\n  a: 1\n---\n').findings), []);
  });

  it('terms that are not strings, lists inside lists, a mapping, and a string with commas', () => {
    const result = lint('---\ntags: [1, ok, true]\ncategories:\n  a: b\nseries: "Hugo, Go"\n---\n');
    assert.deepEqual(result.findings.map(brief), [
      ['hugo.termNotString', 1, 7, 8], ['hugo.termNotString', 1, 14, 18], ['hugo.termsMapping', 2, 0, 10], ['hugo.termComma', 4, 8, 18],
    ]);
    // An item the scanner does not read (a nested list) leaves the key as the place to point at.
    assert.deepEqual(lint('---\ntags: [a, [x]]\n---\n').findings.map(brief), [['hugo.termDropped', 1, 0, 4]]);
    assert.deepEqual(result.findings[0]?.args, ['tags', '1']);
    const comma = result.findings.find((f) => f.code === 'hugo.termComma');
    assert.equal(applyEdits('series: "Hugo, Go"', (comma?.fixes[0]?.edits ?? []).map((e) => ({ ...e, range: { ...e.range, line: 0 } }))), 'series: [Hugo, Go]');
    const toml = lint('+++\ntags = "a, b"\n+++\n');
    assert.equal(toml.findings[0]?.fixes[0]?.edits[0]?.newText, '["a", "b"]');
  });

  it('draft and headless that are not booleans, with what Hugo reads', () => {
    const result = lint('---\ndraft: "T"\nheadless: "yes"\n---\n', SERIES_SITE, 'content/posts/b/index.md');
    assert.equal(result.info.status, 'draft');
    assert.deepEqual(result.findings.map(brief), [['hugo.boolText', 1, 7, 10], ['hugo.boolUnreadable', 2, 10, 15]]);
    assert.deepEqual(result.findings[0]?.args, ['draft', 'T', 'true']);
    assert.equal(result.findings[0]?.fixes[0]?.edits[0]?.newText, 'true');
    // headless: "true" makes the bundle headless: no longer a post, so nothing to lint.
    assert.equal(lint('---\nheadless: "true"\n---\n', SERIES_SITE, 'content/posts/b/index.md').info.status, 'notPost');
    // YAML 1.1 `yes` is a boolean to yaml.v2: nothing to say; nor about real booleans.
    assert.deepEqual(hugoOnly(lint('---\ndraft: yes\n---\n').findings), []);
    assert.deepEqual(hugoOnly(lint('+++\ndraft = false\n+++\n').findings), []);
    assert.deepEqual(lint('+++\ndraft = 1\n+++\n').findings.map(brief), [['hugo.boolUnreadable', 1, 8, 9]]);
  });

  it('syntax errors of each format at their line, named by format', () => {
    const toml = lint('+++\ntitle = "x"\ntags = ["a", "b"\n+++\n');
    assert.deepEqual(toml.findings.map((f) => [f.code, f.range.line, f.severity, f.args[0]]), [['frontMatter.syntax', 2, 'error', 'TOML']]);
    const yaml = lint('---\ntitle: x\n  bad: [\n---\n');
    assert.deepEqual(yaml.findings.map((f) => [f.code, f.severity, f.args[0]]), [['frontMatter.syntax', 'error', 'YAML']]);
    const json = lint('{\n  "title": "x",\n}\nbody\n');
    assert.deepEqual(json.findings.map((f) => [f.code, f.range.line, f.args[0]]), [['frontMatter.syntax', 2, 'JSON']]);
  });

  it('says nothing on a clean post, and nothing of Hugo on a Jekyll post', () => {
    const clean = lint('+++\ntitle = "x"\ndate = 2024-03-05T10:00:00\ndraft = true\ntags = ["a"]\nseries = ["s"]\n+++\n');
    assert.deepEqual(clean.findings, []);
    const jekyll = jekyllLint('---\ntitle: x\ndraft: "yes"\nseries: "a, b"\ntag: [a]\n---\n');
    assert.deepEqual(jekyll.findings.filter((f) => f.code.startsWith('hugo.')), []);
  });
});

describe('Hugo hover facts and dates', () => {
  const ctx = ctxOf(SERIES_SITE);
  const text = '+++\ntitle = "x"\ndate = 2024-03-05T10:00:00\npublishDate = 2099-01-01\ndraft = false\ntags = ["a"]\n+++\n';
  const info = lintPost({ path: 'content/posts/x.md', text, ctx, site: site() }).info;
  const hover = (line: number, character: number): ReturnType<typeof ruleHoverFacts> => ruleHoverFacts(text, line, character, info, ctx, rules);

  it('a date key shows the four dates, where each came from, the status and the URL', () => {
    const date = hover(2, 1);
    assert.equal(date?.key, 'date');
    assert.equal(date?.doc?.key, 'date');
    assert.deepEqual(date?.dates, [
      { name: 'date', iso: '2024-03-05T10:00:00+09:00', from: 'date' },
      { name: 'publishDate', iso: '2099-01-01T00:00:00+09:00', from: 'publishDate' },
      { name: 'lastmod', iso: '2024-03-05T10:00:00+09:00', from: 'date' },
      { name: 'expiryDate', iso: undefined, from: undefined },
    ]);
    assert.deepEqual(date?.status, { kind: 'future', at: '2099-01-01T00:00:00+09:00' });
    assert.equal(date?.url, '/posts/x/');
  });

  it('draft shows the status; title the URL; a term its key\'s doc; nothing outside the block', () => {
    assert.deepEqual(hover(4, 2)?.status, { kind: 'future', at: '2099-01-01T00:00:00+09:00' });
    assert.equal(hover(4, 2)?.dates, undefined);
    assert.equal(hover(1, 2)?.url, '/posts/x/');
    assert.equal(hover(5, 9)?.doc?.kind, 'taxonomy');
    assert.equal(hover(5, 9)?.url, undefined);
    assert.equal(hover(7, 0), undefined);
  });

  it(':filename in the chain is named as the source', () => {
    const byName = ctxOf('[frontmatter]\ndate = [":filename", ":default"]\n');
    const named = '---\ntitle: x\ndate: 2020-01-01\n---\n';
    const path = 'content/posts/2024-03-05-hello.md';
    const facts = ruleHoverFacts(named, 2, 1, lintPost({ path, text: named, ctx: byName, site: site() }).info, byName, rules);
    assert.deepEqual(facts?.dates?.[0], { name: 'date', iso: '2024-03-05T00:00:00Z', from: ':filename' });
  });

  it('writes now as Hugo\'s archetypes do, in the site\'s zone', () => {
    const at = Date.parse('2026-03-05T12:30:45.678Z');
    assert.equal(rules.dateText(at, createTimeZone('UTC').zone, 'toml'), '2026-03-05T12:30:45Z');
    assert.equal(rules.dateText(at, createTimeZone('Asia/Seoul').zone, 'yaml'), '2026-03-05T21:30:45+09:00');
  });
});
