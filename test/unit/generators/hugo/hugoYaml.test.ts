import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { loadHugoYaml } from '../../../../src/core/generators/hugo/hugoYaml';

// hugo 0.111.3 run y1: a theme printing `printf "%T %#v"` of each front-matter param.
test('YAML scalars as yaml.v2 gives them to Hugo (run y1)', () => {
  const y = loadHugoYaml([
    'v1: 010', 'v2: y', 'v3: 08', 'v4: 1_000', 'v5: 0o17', 'v6: .5', 'v8: 2024-01-02 10:00:00', 'v9: 0x1F', 'v10: 1e3',
    'v11: ~', 'v12: N', 'v13: 12:30', 'v14: 0b101', 'v15: -0b101', 'v16: 1.5e', 'v18: "010"', 'v19: 2024-1-2', 'v20: !!str 123',
    'v21: 42', 'v22: -17', 'v23: +.inf', 'v24: off', 'v25: Yes', 'dup: first', 'dup: second',
  ].join('\n'));
  assert.ok(y.ok);
  assert.deepEqual(y.ok ? y.value : undefined, {
    v1: 8, v2: true, v3: 8, v4: 1000, v5: 15, v6: 0.5, v8: '2024-01-02 10:00:00', v9: 31, v10: 1000,
    v11: null, v12: false, v13: '12:30', v14: 5, v15: -5, v16: '1.5e', v18: '010', v19: '2024-1-2', v20: '123',
    v21: 42, v22: -17, v23: Infinity, v24: false, v25: true, dup: 'second',
  });
});

test('errors are values with 0-based lines; bombs are refused', () => {
  const bad = loadHugoYaml('a: 1\nb: [\n', 3);
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && bad.error.line >= 3);
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
  assert.equal(loadHugoYaml(bomb.join('\n')).ok, false);
  assert.equal(loadHugoYaml('x'.repeat(2_000_000)).ok, false);
  assert.doesNotThrow(() => loadHugoYaml('['.repeat(100_000)));
  assert.doesNotThrow(() => loadHugoYaml('!!js/function "x"'));
});
