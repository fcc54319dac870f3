import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { splitFrontMatter } from '../../../src/core/frontMatterSplit';

test('no front matter', () => {
  assert.deepEqual(splitFrontMatter('# Title\n'), { kind: 'none', bodyOffset: 0, bom: false });
  assert.deepEqual(splitFrontMatter(''), { kind: 'none', bodyOffset: 0, bom: false });
  assert.deepEqual(splitFrontMatter('\uFEFFhello'), { kind: 'none', bodyOffset: 1, bom: true });
});

test('yaml block with lines and body offset; blank lines after the closer are skipped as Jekyll does', () => {
  const text = '---\ntitle: A\ntags: x\n---\n\n\nHello\n';
  const r = splitFrontMatter(text);
  assert.equal(r.kind, 'yaml');
  if (r.kind !== 'yaml') return;
  assert.equal(r.yaml, 'title: A\ntags: x\n');
  assert.equal(r.startLine, 0);
  assert.equal(r.endLine, 3);
  assert.equal(r.yamlStartLine, 1);
  assert.equal(text.slice(r.bodyOffset), 'Hello\n');
  assert.equal(r.bodyLine, 6);
});

test('BOM, CRLF, "..." closer, trailing spaces on markers', () => {
  const text = '\uFEFF---  \r\ntitle: A\r\n...\t\r\nBody\r\n';
  const r = splitFrontMatter(text);
  assert.equal(r.kind, 'yaml');
  if (r.kind !== 'yaml') return;
  assert.equal(r.bom, true);
  assert.equal(r.eol, '\r\n');
  assert.equal(r.yaml, 'title: A\r\n');
  assert.equal(text.slice(r.bodyOffset), 'Body\r\n');
  assert.equal(r.bodyLine, 3);
});

test('empty block, closer at end of file without newline, whitespace-only body', () => {
  const a = splitFrontMatter('---\n---\nx');
  assert.ok(a.kind === 'yaml' && a.yaml === '' && a.endLine === 1);
  const b = splitFrontMatter('---\na: 1\n---');
  assert.ok(b.kind === 'yaml' && b.yaml === 'a: 1\n' && b.bodyOffset === '---\na: 1\n---'.length);
  const c = splitFrontMatter('---\na: 1\n---\n  \n  ');
  assert.ok(c.kind === 'yaml' && c.bodyOffset === '---\na: 1\n---\n  \n  '.length);
});

test('closer must be exactly --- or ... at line start', () => {
  const r = splitFrontMatter('---\na: |\n  ----\n  --- x\n ---\n---\nbody');
  assert.ok(r.kind === 'yaml' && r.endLine === 5);
});

test('language markers are errors at line 0, never evaluated', () => {
  for (const [opener, lang] of [['---js', 'js'], ['---javascript', 'javascript'], ['---JS', 'JS'], ['--- js', 'js'], ['---coffee', 'coffee'], ['---yaml', 'yaml']] as const) {
    const r = splitFrontMatter(`${opener}\nrequire("fs").writeFileSync("/tmp/x", "1")\n---\nbody`);
    assert.equal(r.kind, 'error', opener);
    if (r.kind !== 'error') continue;
    assert.equal(r.code, 'language');
    assert.equal(r.language, lang);
    assert.equal(r.line, 0);
    assert.match(r.message, /never evaluated/);
  }
});

test('a first line like "--- # x" or "----" is not front matter (Jekyll: no match)', () => {
  assert.equal(splitFrontMatter('--- # x\na: 1\n---\n').kind, 'none');
  assert.equal(splitFrontMatter('----\ntext\n').kind, 'none');
});

test('never closed is an error at line 0', () => {
  const r = splitFrontMatter('---\ntitle: x\nno end\n');
  assert.ok(r.kind === 'error' && r.code === 'unclosed' && r.line === 0);
  const r2 = splitFrontMatter('---');
  assert.ok(r2.kind === 'error' && r2.code === 'unclosed');
});

test('head-only input asks for more; oversized block is refused without scanning the whole file', () => {
  assert.deepEqual(splitFrontMatter('---\ntitle: x\n', { complete: false }), { kind: 'incomplete' });
  assert.deepEqual(splitFrontMatter('---\ntitle: x\n---\n\n', { complete: false }), { kind: 'incomplete' });
  const ok = splitFrontMatter('---\ntitle: x\n---\nbody', { complete: false });
  assert.equal(ok.kind, 'yaml');
  const huge = '---\n' + 'a: b\n'.repeat(2_000_000);
  const r = splitFrontMatter(huge);
  assert.ok(r.kind === 'error' && r.code === 'tooLarge');
});

test('10 MB body after a small block is found by scanning only the head', () => {
  const text = '---\ntitle: big\n---\n' + 'x'.repeat(10 * 1024 * 1024);
  const r = splitFrontMatter(text);
  assert.ok(r.kind === 'yaml' && r.yaml === 'title: big\n');
});
