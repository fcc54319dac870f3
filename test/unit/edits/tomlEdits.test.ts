import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readScalarSource, removeKey, setValue } from '../../../src/core/edits/setValue';
import { editNames, writtenNamesFor } from '../../../src/core/edits/taxonomyEdits';
import { namesSpec } from '../../../src/core/edits/namesSpec';
import { defaultEditDialect } from '../../../src/core/edits/editDialect';
import { hugoGenerator } from '../../../src/core/generators/hugo/hugoGenerator';
import { editDialectOf } from '../../../src/core/generators/generator';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { readToml } from '../../../src/core/frontMatter/tomlRead';
import { applyEdits, type EditResult } from '../../../src/core/edits/textEdit';
import type { ListChange } from '../../../src/core/edits/listEdits';
import { golden, lf, crlf, refused } from './golden';

const hugo = editDialectOf(hugoGenerator);
const config = readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "https://example.org/"\n' }]).config;
const spec = (key: string) => namesSpec(hugo, key, undefined, (name) => hugoGenerator.nameKey(key, name, config));
const names = (text: string, key: string, change: ListChange): EditResult => editNames(text, spec(key), change, hugo);
const rename = (from: string, to: string): ListChange => ({ kind: 'merge', from: [from], to });

const post = lf(
  '+++',
  'title = "Front Matter in Three Formats" # shown on the card',
  "description = 'Hugo reads YAML, TOML and JSON.'",
  'date = 2024-03-09T14:00:00+09:00',
  'draft = true',
  'categories = ["Hugo"]',
  'tags = ["front matter", "toml",  \'yaml\'] # three',
  '',
  '[params]',
  '  cover = "a.png"',
  '+++',
  '',
  'title = "not front matter"',
);

describe('TOML front matter: one value', () => {
  it('replaces a string in place, keeping its comment; escapes what TOML must; Korean as is', () => {
    golden(post, setValue(post, 'title', '새 "제목" \\ tab\there', hugo), post.replace('"Front Matter in Three Formats"', '"새 \\"제목\\" \\\\ tab\\there"'));
  });
  it('keeps a literal string literal while it can, else writes a basic one', () => {
    golden(post, setValue(post, 'description', '한글 설명', hugo), post.replace("'Hugo reads YAML, TOML and JSON.'", "'한글 설명'"));
    golden(post, setValue(post, 'description', "it's", hugo), post.replace("'Hugo reads YAML, TOML and JSON.'", '"it\'s"'));
    golden(post, setValue(post, 'description', 'two\nlines', hugo), post.replace("'Hugo reads YAML, TOML and JSON.'", '"two\\nlines"'));
  });
  it('writes control characters as escapes', () => {
    golden(post, setValue(post, 'title', 'a\u0001b\u007f', hugo), post.replace('"Front Matter in Three Formats"', '"a\\u0001b\\u007F"'));
  });
  it('sets a boolean and a date without quotes', () => {
    golden(post, setValue(post, 'draft', false, hugo), post.replace('draft = true', 'draft = false'));
    golden(post, setValue(post, 'date', { timestamp: '2025-01-02T03:04:05+09:00' }, hugo), post.replace('2024-03-09T14:00:00+09:00', '2025-01-02T03:04:05+09:00'));
  });
  it('adds a missing key after the last top-level key, before the first table', () => {
    golden(post, setValue(post, 'lastmod', { timestamp: '2025-01-02T03:04:05+09:00' }, hugo),
      post.replace("'yaml'] # three\n", "'yaml'] # three\nlastmod = 2025-01-02T03:04:05+09:00\n"));
    const plain = crlf('+++', 'title = "t"', '+++', 'body');
    golden(plain, setValue(plain, 'draft', true, hugo), crlf('+++', 'title = "t"', 'draft = true', '+++', 'body'));
    golden(lf('+++', '+++'), setValue(lf('+++', '+++'), 'my key', 'v', hugo), lf('+++', '"my key" = "v"', '+++'));
  });
  it('finds a key whatever its case, as Hugo lower-cases keys', () => {
    const text = lf('+++', 'Draft = true', '+++');
    golden(text, setValue(text, 'draft', false, hugo), lf('+++', 'Draft = false', '+++'));
  });
  it('removes a key line with its comment, nothing else', () => {
    golden(post, removeKey(post, 'title', hugo), post.replace('title = "Front Matter in Three Formats" # shown on the card\n', ''));
    golden(post, removeKey(post, 'nothing', hugo), post);
  });
  it('reads a written value', () => {
    assert.equal(readScalarSource(post, 'description', hugo), 'Hugo reads YAML, TOML and JSON.');
    assert.equal(readScalarSource(post, 'date', hugo), '2024-03-09T14:00:00+09:00');
    assert.equal(readScalarSource(post, 'tags', hugo), undefined);
  });
  it('a leading BOM and blank lines before +++ are kept', () => {
    const text = `\ufeff\n${lf('+++', 'title = "a"', '+++')}`;
    golden(text, setValue(text, 'title', 'b', hugo), `\ufeff\n${lf('+++', 'title = "b"', '+++')}`);
  });
  it('never takes a line inside a multi-line string or array for a key', () => {
    const text = lf('+++', 'summary = """', 'draft = true', '[fake]', '"""', 'list = [', '  # draft = true', '  1,', ']', '+++');
    golden(text, setValue(text, 'draft', false, hugo), lf('+++', 'summary = """', 'draft = true', '[fake]', '"""', 'list = [', '  # draft = true', '  1,', ']', 'draft = false', '+++'));
    assert.equal(readScalarSource(text, 'draft', hugo), undefined);
  });
  it('refuses a value in a table, a dotted key, a list, and broken TOML, with the reason', () => {
    refused(setValue(lf('+++', '[draft]', 'x = 1', '+++'), 'draft', false, hugo), /in a table or with a dotted key/);
    refused(setValue(lf('+++', 'params.draft = 1', '+++'), 'params', 'x', hugo), /in a table or with a dotted key/);
    refused(setValue(post, 'tags', 'x', hugo), /holds a list or a mapping/);
    refused(setValue(lf('+++', 'title = "a', '+++'), 'title', 'x', hugo), /TOML error on line 2/);
    refused(setValue(lf('+++', 'title = "a"'), 'title', 'x', hugo), /never closed: add a line with \+\+\+/);
  });
  it('a generator without TOML front matter still refuses it; JSON front matter is refused under Hugo\'s rules too', () => {
    refused(setValue(post, 'title', 'x', defaultEditDialect), /TOML, which Postcraft cannot edit yet/);
    refused(setValue('{\n  "title": "글"\n}\n본문\n', 'title', 'x', hugo), /JSON, which Postcraft cannot edit yet/);
  });
});

describe('TOML front matter: names', () => {
  it('renames an item in place, keeping spacing, quotes and the comment', () => {
    golden(post, names(post, 'tags', rename('yaml', 'YAML 1.2')), post.replace("'yaml']", "'YAML 1.2']"));
    golden(post, names(post, 'tags', rename('toml', '토믈')), post.replace('"toml"', '"토믈"'));
  });
  it('matches names by Hugo\'s term key: "Front Matter" and "front-matter" are one term', () => {
    golden(post, names(post, 'tags', rename('Front-Matter', 'fm')), post.replace('"front matter"', '"fm"'));
    golden(post, names(post, 'tags', { kind: 'remove', names: ['TOML'] }), post.replace('"toml",  ', ''));
    golden(post, names(post, 'tags', { kind: 'add', names: ['Front-Matter'] }), post);
  });
  it('merging into a term the post has drops the merged one; a respelling is a rename', () => {
    golden(post, names(post, 'tags', { kind: 'merge', from: ['toml', 'yaml'], to: 'Front Matter' }), post.replace(', "toml",  \'yaml\'', ''));
    const both = lf('+++', 'tags = ["go-lang", "Go Lang", "x"]', '+++');
    golden(both, names(both, 'tags', rename('go-lang', 'Go Lang')), lf('+++', 'tags = ["Go Lang", "x"]', '+++'));
  });
  it('removes first, middle, last and all items with their separators', () => {
    const text = lf('+++', 'tags = ["a", "b", "c", "d",]', '+++');
    golden(text, names(text, 'tags', { kind: 'remove', names: ['a'] }), lf('+++', 'tags = ["b", "c", "d",]', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['b', 'c'] }), lf('+++', 'tags = ["a", "d",]', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['c', 'd'] }), lf('+++', 'tags = ["a", "b",]', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['a', 'b', 'c', 'd'] }), lf('+++', 'tags = []', '+++'));
  });
  it('adds to a list, an empty list, a missing key (before a table), a one-term string', () => {
    golden(post, names(post, 'tags', { kind: 'add', names: ['새 태그', 'a"b'] }), post.replace("'yaml']", '\'yaml\', "새 태그", "a\\"b"]'));
    const empty = lf('+++', 'tags = [ ]', '+++');
    golden(empty, names(empty, 'tags', { kind: 'add', names: ['x'] }), lf('+++', 'tags = ["x"]', '+++'));
    golden(post, names(post, 'series', { kind: 'add', names: ['Hugo Basics'] }), post.replace("'yaml'] # three\n", "'yaml'] # three\nseries = [\"Hugo Basics\"]\n"));
    const one = lf('+++', "series = 'Hugo Basics'", '+++');
    golden(one, names(one, 'series', { kind: 'add', names: ['More'] }), lf('+++', "series = ['Hugo Basics', 'More']", '+++'));
    golden(one, names(one, 'series', rename('hugo basics', 'Basics')), lf('+++', "series = 'Basics'", '+++'));
    golden(one, names(one, 'series', { kind: 'remove', names: ['Hugo Basics'] }), lf('+++', 'series = []', '+++'));
  });
  it('edits a list written one item a line, comments kept', () => {
    const text = lf('+++', 'tags = [', '  "a", # first', "  'b'", ']', '+++');
    golden(text, names(text, 'tags', { kind: 'add', names: ['c'] }), lf('+++', 'tags = [', '  "a", # first', "  'b',", '  "c"', ']', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['a'] }), lf('+++', 'tags = [', "  'b'", ']', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['b'] }), lf('+++', 'tags = [', '  "a", # first', ']', '+++'));
    golden(text, names(text, 'tags', rename('b', 'B')), lf('+++', 'tags = [', '  "a", # first', "  'B'", ']', '+++'));
  });
  it('edits a list over several lines with several items a line', () => {
    const text = lf('+++', 'tags = [', '  "a", "b",', '  "c",', ']', '+++');
    golden(text, names(text, 'tags', { kind: 'remove', names: ['a'] }), lf('+++', 'tags = [', '  "b",', '  "c",', ']', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['b'] }), lf('+++', 'tags = [', '  "a",', '  "c",', ']', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['a', 'b'] }), lf('+++', 'tags = [', '  "c",', ']', '+++'));
    golden(text, names(text, 'tags', { kind: 'remove', names: ['b', 'c'] }), lf('+++', 'tags = [', '  "a",', ']', '+++'));
    golden(text, names(text, 'tags', { kind: 'add', names: ['d'] }), lf('+++', 'tags = [', '  "a", "b",', '  "c",', '  "d",', ']', '+++'));
    const shared = lf('+++', 'tags = [', '  "a", "b",', ']', '+++');
    golden(shared, names(shared, 'tags', { kind: 'add', names: ['d'] }), lf('+++', 'tags = [', '  "a", "b", "d",', ']', '+++'));
    golden(shared, names(shared, 'tags', { kind: 'remove', names: ['a', 'b'] }), lf('+++', 'tags = [', ']', '+++'));
  });
  it('refuses a list written oddly, nested values, a table, and a taxonomy set in a table', () => {
    refused(names(lf('+++', 'tags = ["a",', '  "b"]', '+++'), 'tags', { kind: 'remove', names: ['a'] }), /written in a way this edit does not handle/);
    refused(names(lf('+++', 'tags = [["a"], "b"]', '+++'), 'tags', rename('b', 'c')), /nested values/);
    refused(names(lf('+++', 'tags = {a = 1}', '+++'), 'tags', rename('b', 'c')), /holds a mapping/);
    refused(names(lf('+++', '[tags]', 'a = 1', '+++'), 'tags', rename('b', 'c')), /in a table or with a dotted key/);
  });
  it('reads the names written', () => {
    assert.deepEqual(writtenNamesFor(post, spec('tags'), hugo), ['front matter', 'toml', 'yaml']);
    assert.deepEqual(writtenNamesFor(lf('+++', 'series = "A B"', '+++'), spec('series'), hugo), ['A B']);
  });
});

describe('YAML front matter under Hugo\'s rules', () => {
  it('a string is one term, keys are found whatever their case, names match by term key', () => {
    const text = lf('---', 'Tags: Go Lang', 'categories: ["휴고"]', '---');
    golden(text, names(text, 'tags', rename('go-lang', 'Golang')), lf('---', 'Tags: Golang', 'categories: ["휴고"]', '---'));
    golden(text, names(text, 'tags', { kind: 'add', names: ['x'] }), lf('---', 'Tags: [Go Lang, x]', 'categories: ["휴고"]', '---'));
    golden(text, names(text, 'categories', rename('휴고', 'Hugo')), lf('---', 'Tags: Go Lang', 'categories: ["Hugo"]', '---'));
    golden(text, setValue(text, 'draft', true, hugo), lf('---', 'Tags: Go Lang', 'categories: ["휴고"]', 'draft: true', '---'));
  });
});

// Every edit below is applied and the result read again with the project's TOML reader: it must parse, and
// every key but the one edited must read exactly as before.
describe('every TOML edit reads back with only the intended key changed', () => {
  const texts = [
    post,
    lf('+++', 'title = \'\'\'multi', 'line\'\'\'', 'tags = [', '  "a", # x', '  "b",', ']', 'date = 1979-05-27 07:32:00Z', '"quoted key" = 1', 'categories = ["x"]', '+++'),
    crlf('+++', 'draft = false', 'series = "S"', 'weight = 10', 'inline = { a = 1, b = [1, 2] }', '+++', 'body'),
  ];
  const edits: [string, (text: string) => EditResult][] = [
    ['title', (t) => setValue(t, 'title', '"quotes" \\ and\nnewlines 한글', hugo)],
    ['draft', (t) => setValue(t, 'draft', true, hugo)],
    ['draft', (t) => removeKey(t, 'draft', hugo)],
    ['lastmod', (t) => setValue(t, 'lastmod', { timestamp: '2025-01-02T03:04:05+09:00' }, hugo)],
    ['tags', (t) => names(t, 'tags', { kind: 'add', names: ['n1', "it's"] })],
    ['tags', (t) => names(t, 'tags', { kind: 'remove', names: ['a', 'toml'] })],
    ['tags', (t) => names(t, 'tags', rename('b', 'B b'))],
    ['categories', (t) => names(t, 'categories', rename('x', 'y'))],
    ['series', (t) => names(t, 'series', { kind: 'add', names: ['T'] })],
    ['series', (t) => names(t, 'series', { kind: 'remove', names: ['S'] })],
  ];
  const block = (text: string): Record<string, unknown> => {
    const m = /\+\+\+\r?\n([\s\S]*?)^\+\+\+/m.exec(text);
    const read = readToml(m?.[1] ?? '');
    assert.ok(read.ok, read.ok ? '' : read.message);
    return read.value;
  };
  for (const [i, text] of texts.entries()) {
    for (const [key, edit] of edits) {
      it(`text ${i + 1}: ${key}`, () => {
        const result = edit(text);
        assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.reason));
        const edited = applyEdits(text, result.edits);
        const before = block(text);
        const after = block(edited);
        for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
          if (k !== key) assert.deepEqual(after[k], before[k], `${k} is unchanged`);
        }
        assert.equal(edited.slice(edited.lastIndexOf('+++')), text.slice(text.lastIndexOf('+++')), 'the body is unchanged');
      });
    }
  }
});
