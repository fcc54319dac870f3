import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzePost } from '../../../src/core/analyzePost';
import { defaultConfig, parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';
import type { PostContext } from '../../../src/core/post';

const ctx: PostContext = { config: defaultConfig(), zone: createTimeZone('Asia/Seoul').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') };
const P = '_posts/2024-03-05-hello.md';

test('---js blocks that would write a file are never executed', () => {
  const marker = path.join(os.tmpdir(), `postcraft-js-${process.pid}-${Date.now()}`);
  const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')`;
  for (const opener of ['---js', '---javascript', '---JS', '--- js']) {
    const info = analyzePost({ path: P, text: `${opener}\n${code}\n---\nbody\n`, mtimeMs: 0 }, ctx);
    assert.equal(info.status, 'invalid');
    assert.equal(info.problems[0]?.line, 0);
    assert.match(info.problems[0]?.message ?? '', /never evaluated/);
  }
  assert.equal(fs.existsSync(marker), false);
});

test('empty, binary, invalid UTF-8, BOM + CRLF, never closed', () => {
  const empty = analyzePost({ path: P, text: '', mtimeMs: 0 }, ctx);
  assert.equal(empty.status, 'published');
  assert.equal(empty.title, 'Hello');
  const binary = analyzePost({ path: P, text: '\u0000\u0001PNG\uFFFD\uFFFD\u0000', mtimeMs: 0 }, ctx);
  assert.equal(binary.status, 'invalid');
  assert.deepEqual(binary.problems.map((p) => [p.code, p.line]), [['post.encoding', 0]]);
  const bom = analyzePost({ path: P, text: '\uFEFF---\r\ntitle: 안녕\r\ntags: [a]\r\n---\r\nbody', mtimeMs: 0 }, ctx);
  assert.equal(bom.title, '안녕');
  assert.deepEqual(bom.tags, ['a']);
  const open = analyzePost({ path: P, text: '---\ntitle: x\n', mtimeMs: 0 }, ctx);
  assert.equal(open.status, 'invalid');
  assert.deepEqual(open.problems.map((p) => [p.code, p.line]), [['frontMatter.unclosed', 0]]);
});

test('10 MB post, alias bomb, !!js/function, 100,000 tags: values, never thrown', () => {
  const big = analyzePost({ path: P, text: `---\ntitle: big\n---\n${'단어 word '.repeat(1_000_000)}`, mtimeMs: 0 }, ctx);
  assert.equal(big.status, 'published');
  assert.ok((big.wordCount?.words ?? 0) > 1_900_000);
  let bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\n';
  let prev = 'a';
  for (const n of 'bcdefghi') {
    bomb += `${n}: &${n} [${Array(9).fill('*' + prev).join(',')}]\n`;
    prev = n;
  }
  // Each refused for its own reason, at its line: a crash inside the YAML layer would be `invalid` too.
  const bombed = analyzePost({ path: P, text: `---\n${bomb}---\n`, mtimeMs: 0 }, ctx);
  assert.equal(bombed.status, 'invalid');
  assert.deepEqual(bombed.problems.map((p) => [p.code, p.line]), [['frontMatter.yaml', 1]]);
  assert.match(bombed.problems[0]?.message ?? '', /more than 100000 values/);
  const fn = analyzePost({ path: P, text: '---\ntitle: t\nx: !!js/function "function(){}"\n---\n', mtimeMs: 0 }, ctx);
  assert.equal(fn.status, 'invalid');
  assert.deepEqual(fn.problems.map((p) => [p.code, p.line]), [['frontMatter.yaml', 2]]);
  assert.match(fn.problems[0]?.message ?? '', /unknown tag .*js\/function/);
  // 100,000 tags in one string that fits the 256 KB limit; a list of 100,000 distinct names does not fit.
  const many = analyzePost({ path: P, text: `---\ntags: ${'x '.repeat(100_000)}\n---\n`, mtimeMs: 0 }, ctx);
  assert.equal(many.tags.length, 1000);
  assert.ok(many.problems.some((p) => p.code === 'post.tooManyNames'));
  const listed = analyzePost({ path: P, text: `---\ntags: [${Array.from({ length: 100_000 }, (_, i) => `t${i}`).join(', ')}]\n---\n`, mtimeMs: 0 }, ctx);
  assert.equal(listed.status, 'invalid');
  assert.deepEqual(listed.problems.map((p) => [p.code, p.line]), [['frontMatter.tooLarge', 0]]);
});

test('NFD Korean file names give the NFC URL and title', () => {
  const nfd = analyzePost({ path: '_posts/2024-01-02-한글-제목.md'.normalize('NFD'), text: '', mtimeMs: 0 }, ctx);
  assert.equal(nfd.url, '/2024/01/02/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9.html');
});

test('drafts: mtime date, show_drafts, dated draft names', () => {
  const mtime = Date.parse('2025-06-01T03:00:00Z');
  const d = analyzePost({ path: '_drafts/idea.md', text: '---\ntitle: Idea\n---\n', mtimeMs: mtime }, ctx);
  assert.equal(d.status, 'draft');
  assert.equal(d.willPublish, false);
  assert.equal(d.date?.iso, '2025-06-01T12:00:00+09:00');
  const shown = analyzePost({ path: '_drafts/idea.md', text: '', mtimeMs: mtime }, { ...ctx, config: parseConfig('show_drafts: true').config });
  assert.equal(shown.willPublish, true);
  assert.equal(shown.data['draft'], true);
});

test('future, unpublished, invalid date, non-mapping front matter, windows paths', () => {
  assert.equal(analyzePost({ path: '_posts/2099-01-01-x.md', text: '', mtimeMs: 0 }, ctx).status, 'future');
  const fut = analyzePost({ path: '_posts/2099-01-01-x.md', text: '', mtimeMs: 0 }, { ...ctx, config: parseConfig('future: true').config });
  assert.equal(fut.willPublish, true);
  assert.equal(analyzePost({ path: P, text: '---\npublished: off\n---\n', mtimeMs: 0 }, ctx).status, 'unpublished');
  const bad = analyzePost({ path: P, text: '---\ntitle: t\ndate: 2024-13-05\n---\n', mtimeMs: 0 }, ctx);
  assert.equal(bad.status, 'invalid');
  assert.deepEqual(bad.problems.map((p) => [p.code, p.line]), [['post.date', 2]]);
  const listOnly = analyzePost({ path: P, text: '---\n- a\n- b\n---\n', mtimeMs: 0 }, ctx);
  assert.equal(listOnly.status, 'invalid');
  assert.deepEqual(listOnly.problems.map((p) => [p.code, p.line]), [['frontMatter.notMapping', 1]]);
  assert.equal(analyzePost({ path: '_posts\\2024-03-05-hello.md', text: '', mtimeMs: 0 }, ctx).url, '/2024/03/05/hello.html');
});
