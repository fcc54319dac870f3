import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hexoHeadState, readHexoPost, splitHexoFrontMatter } from '../../../../src/core/generators/hexo/hexoReadPost';

const read = (text: string) => readHexoPost(text, '<!-- more -->');

test('--- YAML front matter, read with js-yaml 4 (yes is a string, 010 is 10)', () => {
  const post = read('---\ntitle: Hello\ndraft: yes\nn: 010\n---\nBody\n');
  assert.deepEqual(post.frontMatter, { title: 'Hello', draft: 'yes', n: 10 });
  assert.equal(post.format, 'yaml');
  assert.deepEqual(post.frontMatterLines, { start: 0, end: 4 });
  assert.equal(post.bodyLine, 5);
});

test(';;; JSON front matter without its braces, and a longer run of ; closing it', () => {
  const post = read(';;;;\n"title": "JSON",\n"tags": ["a", "b"]\n;;;;\nBody');
  assert.deepEqual(post.frontMatter, { title: 'JSON', tags: ['a', 'b'] });
  assert.equal(post.format, 'json');
  // JSON that does not parse leaves the file without front matter (the whole text is the body).
  const broken = read(';;;\n"title": oops\n;;;\nBody');
  assert.deepEqual([broken.frontMatter, broken.hasFrontMatter, broken.frontMatterError], [{}, false, false]);
});

test('the form with no opening line: everything up to the first line starting with ---', () => {
  const post = read('title: No opening\ntags: x\n---\nBody\n\n---\nmore');
  assert.deepEqual(post.frontMatter, { title: 'No opening', tags: 'x' });
  assert.deepEqual(post.frontMatterLines, { start: 0, end: 2 });
  // A first paragraph that YAML reads as a string is no front matter.
  assert.deepEqual(read('Just words\n---\nBody').frontMatter, {});
  assert.equal(read('Just words\n---\nBody').hasFrontMatter, false);
  // A file whose first line is a run of dashes with no closing run has none, and is not read the new way.
  assert.equal(splitHexoFrontMatter('---\ntitle: x\nno closing'), undefined);
});

test('a YAML error is an error: Hexo drops the file', () => {
  const post = read('---\ntitle: [unclosed\n---\nBody');
  assert.equal(post.frontMatterError, true);
  assert.equal(post.frontMatter, undefined);
  assert.equal(post.problems[0]?.code, 'frontMatter.syntax');
  // js-yaml refuses duplicate keys, and so does Hexo.
  assert.equal(read('---\na: 1\na: 2\n---\n').frontMatterError, true);
});

test('CRLF and a BOM read as hexo-fs reads them; tabs at line starts become two spaces each', () => {
  const post = read('\uFEFF---\r\ntitle: CRLF\r\ntags:\r\n\t- a\r\n\t- b\r\n---\r\nBody\r\n');
  assert.deepEqual(post.frontMatter, { title: 'CRLF', tags: ['a', 'b'] });
  assert.equal(post.bodyLine, 6);
});

test('a YAML timestamp is a Date in UTC; one without seconds stays a string', () => {
  const fm = read('---\ndate: 2024-01-02 10:00:00\nupdated: 2024-01-02 10:00\n---\n').frontMatter ?? {};
  assert.ok(fm['date'] instanceof Date);
  assert.equal(fm['date'].toISOString(), '2024-01-02T10:00:00.000Z');
  assert.equal(fm['updated'], '2024-01-02 10:00');
});

test('the head: a closed block is enough; without one the rest of the file may hold it', () => {
  assert.equal(hexoHeadState('---\ntitle: x\n---\nbo', false), 'closed');
  assert.equal(hexoHeadState('title: x\n---\n', false), 'closed');
  assert.equal(hexoHeadState('---\ntitle: x\nstill going', false), 'incomplete');
  assert.equal(hexoHeadState('no front matter at all', true), 'other');
});
