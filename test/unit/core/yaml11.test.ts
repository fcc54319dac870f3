import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadYaml11 } from '../../../src/core/yaml11';

function value(text: string): unknown {
  const r = loadYaml11(text);
  assert.ok(r.ok, JSON.stringify(r));
  return r.ok ? (r.value as Record<string, unknown>)['a'] : undefined;
}

// Answers from Jekyll 4.3.1 (Psych 4.0.3): Jekyll::Utils.safe_load_yaml("a: X").
test('YAML 1.1 booleans and nulls as Psych reads them', () => {
  for (const t of ['yes', 'Yes', 'YES', 'yEs', 'on', 'ON', 'true', 'True', 'TRUE', 'tRUE']) assert.equal(value(`a: ${t}`), true, t);
  for (const t of ['no', 'NO', 'off', 'Off', 'false', 'FALSE']) assert.equal(value(`a: ${t}`), false, t);
  for (const t of ['y', 'Y', 'n', 'N']) assert.equal(value(`a: ${t}`), t, t);
  for (const t of ['~', 'null', 'Null', 'NULL', 'nUll', '']) assert.equal(value(`a: ${t}`), null, t);
  assert.equal(value('a: "yes"'), 'yes');
  assert.equal(value("a: 'no'"), 'no');
});

test('numbers as Psych reads them', () => {
  const cases: Array<[string, unknown]> = [
    ['010', 8], ['0x1F', 31], ['0b101', 5], ['1_000', 1000], ['1,000', 1000], ['1e3', '1e3'], ['1.5e3', '1.5e3'],
    ['1.0e+3', 1000], ['1.', 1], ['.5', 0.5], ['10:30', 37800], ['1:02:03', 3723], ['-0', 0], ['+12', 12],
    ['09', '09'], ['.inf', Infinity], ['-.Inf', -Infinity], ['0o17', '0o17'],
  ];
  for (const [text, expected] of cases) assert.equal(value(`a: ${text}`), expected, text);
  assert.ok(Number.isNaN(value('a: .NaN')));
});

test('timestamps stay strings, written as Ruby prints them; no zone means UTC (Psych)', () => {
  assert.equal(value('a: 2024-03-05'), '2024-03-05');
  assert.equal(value('a: 2024-3-5'), '2024-03-05');
  assert.equal(value('a: 2024-02-30'), '2024-02-30');
  assert.equal(value('a: 2024-03-05 10:20:30 +0900'), '2024-03-05 10:20:30 +0900');
  assert.equal(value('a: 2024-03-05 10:20:30 +09:00'), '2024-03-05 10:20:30 +0900');
  assert.equal(value('a: 2024-03-05 10:20:30 +9'), '2024-03-05 10:20:30 +0900');
  assert.equal(value('a: 2024-03-05 10:20:30'), '2024-03-05 10:20:30 UTC');
  assert.equal(value('a: 2024-03-05T10:20:30.5Z'), '2024-03-05 10:20:30 UTC');
  assert.equal(value('a: 2024-02-30 10:00:00'), '2024-03-01 10:00:00 UTC');
  assert.equal(value('a: 2024-03-05 10:20:30 -0930'), '2024-03-05 10:20:30 -0930');
  assert.equal(value('a: 2024-03-05 10:20:30 +/-0900'), '2024-03-05 10:20:30 +/-0900');
  assert.equal(value('a: "2024-03-05 10:20:30"'), '2024-03-05 10:20:30');
  assert.deepEqual(value('a: [2024-01-01]'), ['2024-01-01']);
});

test('duplicate keys: last wins (as Psych) and each is reported with its file line', () => {
  const r = loadYaml11('a: 1\nb: 2\na: 3\nc: {x: 1, x: 2}\n', { lineOffset: 1 });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.deepEqual(r.value, { a: 3, b: 2, c: { x: 2 } });
  assert.deepEqual(r.warnings.map((w) => [w.key, w.line]), [['a', 3], ['x', 4]]);
});

test('errors carry the file line (block line + offset)', () => {
  const r = loadYaml11('title: ok\ntags: [a, b\n', { lineOffset: 1 });
  assert.ok(!r.ok);
  if (r.ok) return;
  assert.ok(r.error.line >= 2, String(r.error.line));
  const bad = loadYaml11('a: 1\n  b: 2\n', { lineOffset: 1 });
  assert.ok(!bad.ok && bad.error.line === 2);
});

test('!!js/function and friends are errors, never code', () => {
  const marker = path.join(os.tmpdir(), `postcraft-yaml-${process.pid}`);
  const code = `function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned') }`;
  for (const tag of ['!!js/function', '!!js/undefined', '!!js/regexp', '!!python/object', '!ruby/object:Object']) {
    const r = loadYaml11(`a: ${tag} ${JSON.stringify(code)}\n`);
    assert.equal(r.ok, false, tag);
  }
  assert.equal(fs.existsSync(marker), false);
});

test('Ruby symbols are refused as Jekyll refuses them', () => {
  const r = loadYaml11('title: x\nmood: :)\n', { lineOffset: 1 });
  assert.ok(!r.ok && r.error.line === 2 && /symbol/.test(r.error.message));
  assert.ok(loadYaml11('mood: ":)"').ok);
});

test('alias bomb is refused quickly; self-reference too', () => {
  let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const n of 'bcdefghi') {
    bomb += `${n}: &${n} [${Array(9).fill('*' + prev).join(',')}]\n`;
    prev = n;
  }
  const r = loadYaml11(bomb);
  assert.ok(!r.ok && /alias/.test(r.error.message));
  assert.equal(loadYaml11('a: &a [*a]').ok, false);
  // Plain aliases are fine.
  assert.deepEqual(loadYaml11('x: &x [1]\ny: *x\n<<: {m: 1}\n'), { ok: true, value: { x: [1], y: [1], m: 1 }, warnings: [] });
});

test('size limit, __proto__ keys, deep nesting', () => {
  assert.equal(loadYaml11('a: ' + 'x'.repeat(300 * 1024)).ok, false);
  const r = loadYaml11('__proto__: {polluted: 1}\n');
  assert.ok(r.ok);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.equal(loadYaml11('a: ' + '['.repeat(5000) + ']'.repeat(5000)).ok, false);
});

test('scalars and lists at the top level are values (the caller decides)', () => {
  assert.deepEqual(loadYaml11('just text'), { ok: true, value: 'just text', warnings: [] });
  assert.deepEqual(loadYaml11(''), { ok: true, value: undefined, warnings: [] });
});
