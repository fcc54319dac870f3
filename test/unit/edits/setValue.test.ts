import { describe, it } from 'node:test';
import { removeKey, setValue } from '../../../src/core/edits/setValue';
import { golden, lf, crlf, refused } from './golden';

describe('setValue', () => {
  it('replaces a plain value in place, keeping the comment after it', () => {
    const before = lf('---', 'layout: single # theme', 'published: false', '---', 'x');
    golden(before, setValue(before, 'layout', 'splash'), lf('---', 'layout: splash # theme', 'published: false', '---', 'x'));
    golden(before, setValue(before, 'published', true), lf('---', 'layout: single # theme', 'published: true', '---', 'x'));
  });
  it('keeps the quoting as written', () => {
    const before = lf('---', 'title: "지킬 블로그"', "subtitle: 'a'", '---');
    golden(before, setValue(before, 'title', '새 "제목"'), lf('---', 'title: "새 \\"제목\\""', "subtitle: 'a'", '---'));
    golden(before, setValue(before, 'subtitle', "it's"), lf('---', 'title: "지킬 블로그"', "subtitle: 'it''s'", '---'));
  });
  it('quotes a plain value only when YAML needs it', () => {
    const before = lf('---', 'title: plain', '---');
    golden(before, setValue(before, 'title', 'VS Code: 글쓰기'), lf('---', 'title: "VS Code: 글쓰기"', '---'));
    golden(before, setValue(before, 'title', 'no'), lf('---', 'title: "no"', '---'));
    golden(before, setValue(before, 'title', '한글 제목'), lf('---', 'title: 한글 제목', '---'));
    golden(before, setValue(before, 'title', '- list?'), lf('---', 'title: "- list?"', '---'));
    golden(before, setValue(before, 'title', 'C# tips'), lf('---', 'title: C# tips', '---'));
    golden(before, setValue(before, 'title', 'a #b'), lf('---', 'title: "a #b"', '---'));
  });
  it('adds a missing key at the end of the block, with the file\'s line breaks', () => {
    const before = `\ufeff${crlf('---', 'title: t', '---', '', 'body')}`;
    golden(before, setValue(before, 'last_modified_at', { timestamp: '2025-02-03T14:20:00+09:00' }), `\ufeff${crlf('---', 'title: t', 'last_modified_at: 2025-02-03T14:20:00+09:00', '---', '', 'body')}`);
  });
  it('fills a key without a value, and an empty block', () => {
    golden(lf('---', 'date:', '---'), setValue(lf('---', 'date:', '---'), 'date', { timestamp: '2024-01-02' }), lf('---', 'date: 2024-01-02', '---'));
    golden(lf('---', 'date:', '---'), setValue(lf('---', 'date:', '---'), 'date', '2024-01-02'), lf('---', 'date: "2024-01-02"', '---'));
    golden(lf('---', '---', 'b'), setValue(lf('---', '---', 'b'), 'published', false), lf('---', 'published: false', '---', 'b'));
  });
  it('replaces a block scalar with a quoted one', () => {
    const before = lf('---', 'title: |', '  two', '  lines', 'x: 1', '---');
    golden(before, setValue(before, 'title', 'one'), lf('---', 'title: "one"', 'x: 1', '---'));
  });
  it('refuses a list value and broken front matter', () => {
    refused(setValue(lf('---', 'title: [a]', '---'), 'title', 'x'), /list or a mapping/);
    refused(setValue(lf('---', 'title: "a', '---'), 'title', 'x'), /YAML error/);
  });
});

describe('removeKey', () => {
  it('removes the key\'s lines and nothing else', () => {
    const before = crlf('---', 'a: 1', 'published: false # draft', 'header:', '  image: x.png', 'b: 2', '---');
    golden(before, removeKey(before, 'published'), crlf('---', 'a: 1', 'header:', '  image: x.png', 'b: 2', '---'));
    golden(before, removeKey(before, 'header'), crlf('---', 'a: 1', 'published: false # draft', 'b: 2', '---'));
  });
});
