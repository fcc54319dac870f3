import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, lint, site } from './lintHelpers';
import type { LintFinding } from '../../../src/core/lint/lintTypes';

const codes = (fs: readonly LintFinding[]): string[] => fs.map((f) => f.code);
const only = (fs: readonly LintFinding[], code: string): LintFinding => {
  const found = fs.filter((f) => f.code === code);
  assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(codes(fs))}`);
  return found[0] as LintFinding;
};
const slice = (text: string, f: LintFinding): string => (text.split('\n')[f.range.line] ?? '').slice(f.range.startChar, f.range.endChar);

test('a valid post has no findings', () => {
  const text = '---\nlayout: single\ntitle: "안녕"\ndate: 2024-03-05 10:00:00 +0900\ntags: [a, b]\ncategories: dev\n---\n본문\n';
  assert.deepEqual(lint(text, { site: site({ layouts: ['single'], tags: [['a', 3]] }) }).findings, []);
});

test('YAML error: on its line, the line content', () => {
  const text = '---\ntitle: ok\ntags: [a, b\n---\n';
  const f = only(lint(text).findings, 'frontMatter.yaml');
  assert.equal(f.severity, 'error');
  assert.ok(f.range.line >= 2 && f.range.line <= 3, `line ${f.range.line}`);
});

test('never closed, ---js, duplicate key', () => {
  const open = only(lint('---\ntitle: x\n').findings, 'frontMatter.unclosed');
  assert.deepEqual(open.range, { line: 0, startChar: 0, endChar: 3 });
  const js = only(lint('---js\n{title: 1}\n---\n').findings, 'frontMatter.language');
  assert.deepEqual(js.args, ['js']);
  assert.match(js.message, /is code, which Postcraft never runs/);
  const text = '---\ntitle: a\ntags: [x]\ntitle: b\n---\n';
  const dup = only(lint(text).findings, 'frontMatter.duplicateKey');
  assert.deepEqual(dup.range, { line: 3, startChar: 0, endChar: 5 });
  assert.equal(dup.severity, 'warning');
});

test('date: invalid, differs from the file name (with fix), future', () => {
  const bad = only(lint('---\ndate: 2024-13-05\n---\n').findings, 'post.date');
  assert.deepEqual(bad.range, { line: 1, startChar: 6, endChar: 16 });
  const text = '---\ntitle: t\ndate: 2024-03-07 10:00:00 +0900\n---\n';
  const mismatch = only(lint(text).findings, 'post.dateMismatch');
  assert.equal(slice(text, mismatch), '2024-03-07 10:00:00 +0900');
  assert.deepEqual(mismatch.args, ['2024-03-07', '2024-03-05']);
  assert.equal(applyEdits(text, mismatch.fixes[0]?.edits ?? []), text.replace('2024-03-07', '2024-03-05'));
  const future = only(lint('---\ndate: 2099-01-01 09:00:00 +0900\n---\n', { path: '_posts/2099-01-01-x.md' }).findings, 'post.future');
  assert.equal(future.range.line, 1);
  assert.deepEqual(lint('---\n---\n', { path: '_posts/2099-01-01-x.md', config: 'future: true' }).findings, []);
});

test('unknown layout only when the layouts are known; case fix', () => {
  const text = '---\nlayout: Single\n---\n';
  assert.deepEqual(lint(text).findings, []);
  const f = only(lint(text, { site: site({ layouts: ['single', 'post'] }) }).findings, 'post.layoutUnknown');
  assert.equal(slice(text, f), 'Single');
  assert.equal(applyEdits(text, f.fixes[0]?.edits ?? []), '---\nlayout: single\n---\n');
  assert.deepEqual(lint('---\nlayout: none\n---\n', { site: site({ layouts: [] }) }).findings, []);
});

test('commas in tags and categories, each form split by its fix', () => {
  const cases: [string, string][] = [
    ['---\ntags: a, b\n---\n', '---\ntags: a b\n---\n'],
    ['---\ntags: [x, "a, b"]\n---\n', '---\ntags: [x, a, b]\n---\n'],
    ['---\ntags:\n  - x\n  - a, b\n---\n', '---\ntags:\n  - x\n  - a\n  - b\n---\n'],
    ['---\ncategory: 일상, 회고\n---\n', '---\ncategory: [일상, 회고]\n---\n'],
  ];
  for (const [before, after] of cases) {
    const f = lint(before).findings.find((x) => x.code.endsWith('.comma'));
    assert.ok(f, before);
    assert.equal(applyEdits(before, f.fixes[0]?.edits ?? []), after);
    assert.deepEqual(lint(after).findings.filter((x) => x.code.endsWith('.comma')), [], after);
  }
});

test('variants of a name used elsewhere, with the site spelling as the fix', () => {
  const s = site({ tags: [['Jekyll', 5], ['vs-code', 2]], categories: [['개발', 4]] });
  const text = '---\ntags: [jekyll, VS Code, new]\ncategories: ＤＥＶ 개발\n---\n';
  const fs = lint(text, { site: s }).findings;
  const variants = fs.filter((f) => f.code === 'tag.variant');
  assert.deepEqual(variants.map((f) => slice(text, f)), ['jekyll', 'VS Code']);
  assert.equal(applyEdits(text, variants[1]?.fixes[0]?.edits ?? []), text.replace('VS Code', 'vs-code'));
  assert.deepEqual(lint(text.replace('jekyll', 'Jekyll'), { site: s }).findings.filter((f) => slice(text, f) === 'Jekyll'), []);
  // The post's own saved names do not count as "elsewhere".
  const alone = site({ tags: [['jekyll', 1]] });
  assert.equal(lint('---\ntags: Jekyll\n---\n', { site: alone }).findings.length, 1);
});

test('NFD Korean in values and in the file name', () => {
  const nfd = '한글'.normalize('NFD');
  const text = `---\ntitle: "${nfd} 제목"\ntags: [a, ${nfd}]\n---\n`;
  const fs = lint(text).findings.filter((f) => f.code === 'text.nfd');
  assert.equal(fs.length, 2);
  let fixed = text;
  for (const f of fs) fixed = applyEdits(fixed, f.fixes[0]?.edits ?? []);
  assert.equal(fixed, text.normalize('NFC'));
  const file = only(lint('---\n---\n', { path: `_posts/2024-03-05-${nfd}.md` }).findings, 'file.nfd');
  assert.equal(file.fixes[0]?.renameTo, '2024-03-05-한글.md');
});

test('YAML 1.1 booleans: warn, write the boolean, or quote it for text keys', () => {
  const text = '---\npublished: no\ntitle: Yes\n---\n';
  const fs = lint(text).findings.filter((f) => f.code === 'yaml.bool11');
  assert.deepEqual(fs.map((f) => slice(text, f)), ['no', 'Yes']);
  assert.equal(applyEdits(text, fs[0]?.fixes[0]?.edits ?? []), '---\npublished: false\ntitle: Yes\n---\n');
  assert.equal(fs[0]?.fixes.length, 1);
  assert.equal(applyEdits(text, fs[1]?.fixes[1]?.edits ?? []), '---\npublished: no\ntitle: "Yes"\n---\n');
  assert.deepEqual(lint('---\npublished: "no"\n---\n').findings, []);
});
