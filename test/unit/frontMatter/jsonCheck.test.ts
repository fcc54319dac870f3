import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkJson } from '../../../src/core/frontMatter/jsonCheck';

test('valid JSON has no error, whatever JSON.parse accepts', () => {
  const valid = [
    '{}', ' [ ] ', '0', '-0.5e+10', '1E3', '"a\\u00e9\\n\\"\\\\\\/"', 'true', 'null',
    '{"a": [1, {"b": false}], "c": "}"}', '\r\n\t{"a"\n:\n1}\n',
  ];
  for (const text of valid) {
    assert.doesNotThrow(() => JSON.parse(text), text);
    assert.deepEqual(checkJson(text), { error: undefined, duplicates: [] }, text);
  }
});

test('the first error is found where JSON.parse fails, with its offset', () => {
  const cases: Array<[string, number, string]> = [
    ['', 0, 'the JSON ends too early: a JSON value was expected'],
    ['{"a": 1,}', 8, 'unexpected "}": a property name in double quotes was expected'],
    ['[1, 2,]', 6, 'unexpected "]": a JSON value was expected'],
    ['{"a" 1}', 5, 'unexpected "1": ":" was expected after the property name'],
    ['{"a": 1 "b": 2}', 8, 'unexpected "\\"": "," or "}" was expected'],
    ['[1 2]', 3, 'unexpected "2": "," or "]" was expected'],
    ['{a: 1}', 1, 'unexpected "a": a property name in double quotes was expected'],
    ["{'a': 1}", 1, 'unexpected "\'": a property name in double quotes was expected'],
    ['{"a": "x\ny"}', 8, 'a line break or control character inside a JSON string'],
    ['{"a": "\\x"}', 7, 'an unknown escape in a JSON string'],
    ['{"a": "\\u12G4"}', 7, 'a \\u escape needs four hex digits'],
    ['{"a": "open', 6, 'a JSON string is never closed'],
    ['{"a": 01}', 7, 'unexpected "1": "," or "}" was expected'],
    ['{"a": -}', 7, 'a digit must follow "-"'],
    ['{"a": 1.}', 8, 'a digit must follow the decimal point'],
    ['{"a": 1e}', 8, 'a digit must follow the exponent'],
    ['{"a": tru}', 6, 'unexpected "t": a JSON value was expected'],
    ['{"a": 1} x', 9, 'unexpected "x" after the end of the JSON value'],
    ['{"a": [1}', 8, 'unexpected "}": "," or "]" was expected'],
    ['{"a": 1', 7, 'the JSON ends too early: "," or "}" was expected'],
  ];
  for (const [text, offset, message] of cases) {
    assert.throws(() => JSON.parse(text), SyntaxError, text);
    assert.deepEqual(checkJson(text).error, { offset, message }, text);
  }
});

test('repeated keys of one object are listed with the offset of the repeat; other objects do not count', () => {
  const text = '{"a": 1, "b": {"a": 2, "\\u0061": 3}, "a": 4}';
  assert.deepEqual(checkJson(text), {
    error: undefined,
    duplicates: [
      { key: 'a', offset: 23 },
      { key: 'a', offset: 37 },
    ],
  });
});

test('nesting far deeper than a recursive parser could go', () => {
  const depth = 50_000;
  assert.deepEqual(checkJson('['.repeat(depth) + ']'.repeat(depth)), { error: undefined, duplicates: [] });
  assert.equal(checkJson('['.repeat(depth) + ']'.repeat(depth - 1)).error?.offset, 2 * depth - 1);
});
