import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from './lintHelpers';

// The hostile inputs of test/unit/core/postHostile.test.ts: each gets its diagnostic, none throws.
const P = '_posts/2024-03-05-hello.md';
let bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\n';
let prev = 'a';
for (const n of 'bcdefghi') {
  bomb += `${n}: &${n} [${Array(9).fill('*' + prev).join(',')}]\n`;
  prev = n;
}

// `at`: where the finding sits (line, first and last character), so that a finding at a wrong place fails.
const cases: { name: string; text: string; code: string; at: readonly [number, number, number]; path?: string; config?: string }[] = [
  { name: '---js', text: "---js\nrequire('fs').writeFileSync('x', 'y')\n---\nbody\n", code: 'frontMatter.language', at: [0, 0, 5] },
  { name: '--- javascript', text: '--- javascript\n{}\n---\n', code: 'frontMatter.language', at: [0, 0, 14] },
  { name: 'never closed', text: '---\ntitle: x\n', code: 'frontMatter.unclosed', at: [0, 0, 3] },
  { name: 'binary', text: '\u0000\u0001PNG\uFFFD\uFFFD\u0000', code: 'post.encoding', at: [0, 0, 8] },
  { name: 'alias bomb', text: `---\n${bomb}---\n`, code: 'frontMatter.yaml', at: [1, 0, 25] },
  { name: '!!js/function', text: '---\nx: !!js/function "function(){}"\n---\n', code: 'frontMatter.yaml', at: [1, 0, 31] },
  { name: '100,000 tags', text: `---\ntags: ${'x '.repeat(100_000)}\n---\n`, code: 'post.tooManyNames', at: [1, 0, 4] },
  { name: '100,000 listed tags', text: `---\ntags: [${Array.from({ length: 100_000 }, (_, i) => `t${i}`).join(', ')}]\n---\n`, code: 'frontMatter.tooLarge', at: [0, 0, 3] },
  { name: 'invalid date', text: '---\ntitle: t\ndate: 2024-13-05\n---\n', code: 'post.date', at: [2, 6, 16] },
  { name: 'not a mapping', text: '---\n- a\n- b\n---\n', code: 'frontMatter.notMapping', at: [1, 0, 3] },
  { name: 'published: off', text: '---\npublished: off\n---\n', code: 'yaml.bool11', at: [1, 11, 14] },
  { name: 'future', text: '', code: 'post.future', path: '_posts/2099-01-01-x.md', at: [0, 0, 0] },
  { name: 'NFD file name', text: '', code: 'file.nfd', path: '_posts/2024-01-02-한글-제목.md'.normalize('NFD'), at: [0, 0, 0] },
  { name: 'Ruby symbol', text: '---\ntitle: :sym\n---\n', code: 'frontMatter.yaml', at: [1, 0, 11] },
];

for (const c of cases) {
  test(`hostile: ${c.name} → ${c.code}`, () => {
    const { findings } = lint(c.text, { path: c.path ?? P, ...(c.config === undefined ? {} : { config: c.config }) });
    const found = findings.find((f) => f.code === c.code);
    assert.ok(found, `${c.code} in ${JSON.stringify(findings.map((f) => f.code))}`);
    assert.deepEqual([found.range.line, found.range.startChar, found.range.endChar], c.at);
    for (const f of findings) assert.ok(f.range.line >= 0 && f.range.startChar <= f.range.endChar);
  });
}

test('10 MB post lints without trouble', () => {
  const { findings, info } = lint(`---\ntitle: big\n---\n${'단어 word '.repeat(1_000_000)}`);
  assert.deepEqual(findings, []);
  assert.equal(info.status, 'published');
});
