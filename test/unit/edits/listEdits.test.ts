import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { listHabitsOf } from '../../../src/core/edits/listHabits';
import { editTaxonomy } from '../../../src/core/edits/taxonomyEdits';
import { golden, lf, crlf, refused } from './golden';

const rename = (from: string, to: string) => ({ kind: 'merge', from: [from], to }) as const;

describe('taxonomy edits: flow lists', () => {
  it('renames an item in place, keeping the other items, spacing and comments', () => {
    golden(lf('---', 'title: x # t', 'tags: [jekyll, "front matter",  go] # mine', '---', 'body'), editTaxonomy(lf('---', 'title: x # t', 'tags: [jekyll, "front matter",  go] # mine', '---', 'body'), 'tag', rename('front matter', 'yaml')),
      lf('---', 'title: x # t', 'tags: [jekyll, "yaml",  go] # mine', '---', 'body'));
  });
  it('quotes a new name only when YAML needs it (a comma in a flow list, `: `, yes/no)', () => {
    const before = lf('---', 'tags: [a, b]', '---');
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['c, d', 'x: y', 'yes', '한글 태그', '#hash', '2024'] }),
      lf('---', 'tags: [a, b, "c, d", "x: y", "yes", 한글 태그, "#hash", "2024"]', '---'));
  });
  it('removes the first, middle and last items with their separators', () => {
    const before = lf('---', 'tags: [a, b, c, d]', '---');
    golden(before, editTaxonomy(before, 'tag', { kind: 'remove', names: ['a'] }), lf('---', 'tags: [b, c, d]', '---'));
    golden(before, editTaxonomy(before, 'tag', { kind: 'remove', names: ['b', 'c'] }), lf('---', 'tags: [a, d]', '---'));
    golden(before, editTaxonomy(before, 'tag', { kind: 'remove', names: ['c', 'd'] }), lf('---', 'tags: [a, b]', '---'));
    golden(before, editTaxonomy(before, 'tag', { kind: 'remove', names: ['a', 'b', 'c', 'd'] }), lf('---', 'tags: []', '---'));
  });
  it('adds to an empty list', () => {
    const before = lf('---', 'tags: []', 'categories: [ ]', '---');
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['새 태그'] }), lf('---', 'tags: [새 태그]', 'categories: [ ]', '---'));
  });
  it('merges several names into one without leaving a duplicate', () => {
    const before = lf('---', 'tags: [Jekyll, jekyll, 지킬, blog]', '---');
    golden(before, editTaxonomy(before, 'tag', { kind: 'merge', from: ['Jekyll', '지킬', 'jekyll'], to: 'jekyll' }), lf('---', 'tags: [jekyll, blog]', '---'));
    golden(before, editTaxonomy(before, 'tag', { kind: 'merge', from: ['Jekyll', '지킬'], to: 'static' }), lf('---', 'tags: [static, jekyll, blog]', '---'));
  });
  it('keeps single quotes and escapes in the new value', () => {
    const before = lf('---', "categories: ['Dev Log', 'b']", '---');
    golden(before, editTaxonomy(before, 'category', rename('Dev Log', "it's")), lf('---', "categories: ['it''s', 'b']", '---'));
  });
});

describe('taxonomy edits: block lists', () => {
  const before = lf('---', 'title: "VS Code"', 'categories:', '  - 도구   # tools', '  - VSCode', '# between keys', 'tags:', '- vscode', '- 마크다운', 'comments: true', '---', '', 'Body: not: yaml');
  it('renames an item, keeping its comment', () => {
    golden(before, editTaxonomy(before, 'category', rename('도구', 'Tools')),
      lf('---', 'title: "VS Code"', 'categories:', '  - Tools   # tools', '  - VSCode', '# between keys', 'tags:', '- vscode', '- 마크다운', 'comments: true', '---', '', 'Body: not: yaml'));
  });
  it('adds items with the list\'s own indentation', () => {
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['a: b', 'no'] }),
      lf('---', 'title: "VS Code"', 'categories:', '  - 도구   # tools', '  - VSCode', '# between keys', 'tags:', '- vscode', '- 마크다운', '- "a: b"', '- "no"', 'comments: true', '---', '', 'Body: not: yaml'));
  });
  it('removes whole item lines; an emptied list becomes []', () => {
    golden(before, editTaxonomy(before, 'category', { kind: 'remove', names: ['도구', 'VSCode'] }),
      lf('---', 'title: "VS Code"', 'categories: []', '# between keys', 'tags:', '- vscode', '- 마크다운', 'comments: true', '---', '', 'Body: not: yaml'));
  });
  it('merges into a name already in the list', () => {
    golden(before, editTaxonomy(before, 'tag', { kind: 'merge', from: ['vscode'], to: '마크다운' }),
      lf('---', 'title: "VS Code"', 'categories:', '  - 도구   # tools', '  - VSCode', '# between keys', 'tags:', '- 마크다운', 'comments: true', '---', '', 'Body: not: yaml'));
  });
  it('works on CRLF files with a BOM', () => {
    const text = `\ufeff${crlf('---', 'tags:', '  - a', '  - b', '---', 'body')}`;
    golden(text, editTaxonomy(text, 'tag', { kind: 'add', names: ['c'] }), `\ufeff${crlf('---', 'tags:', '  - a', '  - b', '  - c', '---', 'body')}`);
    golden(text, editTaxonomy(text, 'tag', { kind: 'remove', names: ['a'] }), `\ufeff${crlf('---', 'tags:', '  - b', '---', 'body')}`);
    golden(text, editTaxonomy(text, 'tag', rename('b', '비')), `\ufeff${crlf('---', 'tags:', '  - a', '  - 비', '---', 'body')}`);
  });
});

describe('taxonomy edits: strings, missing keys and singular keys', () => {
  it('edits a space-separated string as a string', () => {
    const before = lf('---', 'tags: jekyll 마크다운', '---');
    golden(before, editTaxonomy(before, 'tag', rename('jekyll', '지킬')), lf('---', 'tags: 지킬 마크다운', '---'));
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['liquid'] }), lf('---', 'tags: jekyll 마크다운 liquid', '---'));
    golden(before, editTaxonomy(before, 'tag', { kind: 'remove', names: ['jekyll', '마크다운'] }), lf('---', 'tags: []', '---'));
  });
  it('turns the string into a flow list when a name has a space', () => {
    const before = lf('---', 'tags: "a b"', '---');
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['GitHub Pages'] }), lf('---', 'tags: [a, b, GitHub Pages]', '---'));
  });
  it('creates a missing key in block style, with the file\'s indentation', () => {
    const before = crlf('---', 'title: 제목', 'categories:', '    - dev', '---', 'body');
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['지킬', 'x: y'] }), crlf('---', 'title: 제목', 'categories:', '    - dev', 'tags:', '    - 지킬', '    - "x: y"', '---', 'body'));
  });
  it('fills a key with no value', () => {
    const before = lf('---', 'tags:', 'title: t', '---');
    golden(before, editTaxonomy(before, 'tag', { kind: 'add', names: ['a'] }), lf('---', 'tags:', '  - a', 'title: t', '---'));
  });
  it('creates the front matter of a file that has none', () => {
    golden('본문\n', editTaxonomy('본문\n', 'category', { kind: 'add', names: ['일상'] }), lf('---', 'categories:', '  - 일상', '---', '본문'));
  });
  it('renames and removes a singular `category`', () => {
    const before = lf('---', 'category: Solo Cat # one', 'title: t', '---');
    golden(before, editTaxonomy(before, 'category', rename('Solo Cat', 'Duo')), lf('---', 'category: Duo # one', 'title: t', '---'));
    golden(before, editTaxonomy(before, 'category', { kind: 'remove', names: ['Solo Cat'] }), lf('---', 'title: t', '---'));
  });
  it('leaves a post that does not write the name untouched', () => {
    const before = lf('---', 'tags: [a]', '---');
    golden(before, editTaxonomy(before, 'tag', rename('b', 'c')), before);
  });
  it('refuses broken front matter with a reason', () => {
    refused(editTaxonomy(lf('---', 'tags: [a', '---'), 'tag', rename('a', 'b')), /YAML error on line/);
    refused(editTaxonomy(lf('---', 'tags: [a]', 'tags: [b]', '---'), 'tag', rename('a', 'b')), /YAML error/);
    refused(editTaxonomy(lf('---', 'tags: [a]'), 'tag', rename('a', 'b')), /never closed/);
    refused(editTaxonomy(lf('---', 'tags: {a: 1}', '---'), 'tag', rename('a', 'b')), /mapping/);
  });
});

describe('names added to a post that has none, in the site\'s habits', () => {
  it('writes the key as the site\'s posts do', () => {
    const post = '---\ntitle: 글\n---\n본문\n';
    const add = (texts: string[], names: string[], kind: 'tag' | 'category' = 'tag'): string => {
      const result = editTaxonomy(post, kind, { kind: 'add', names, habits: listHabitsOf(texts) });
      assert.ok(result.ok);
      return applyEdits(post, result.edits);
    };
    const flow = ['---\ntags: [a, b]\n---\n', '---\ntags: [c]\ncategory: x\n---\n'];
    assert.equal(add(flow, ['자바', '스프링']), '---\ntitle: 글\ntags: [자바, 스프링]\n---\n본문\n');
    assert.equal(add(flow, ['개발'], 'category'), '---\ntitle: 글\ncategory: 개발\n---\n본문\n');
    assert.equal(add(flow, ['개발', '일상'], 'category'), '---\ntitle: 글\ncategories: [개발, 일상]\n---\n본문\n');
    assert.equal(add(['---\ntags:\n  - "a"\n---\n'], ['x']), '---\ntitle: 글\ntags:\n  - "x"\n---\n본문\n');
    const plain = editTaxonomy(post, 'tag', { kind: 'add', names: ['x'] });
    assert.ok(plain.ok);
    assert.equal(applyEdits(post, plain.edits), '---\ntitle: 글\ntags:\n  - x\n---\n본문\n', 'without habits: a block list, as before');
  });
});
