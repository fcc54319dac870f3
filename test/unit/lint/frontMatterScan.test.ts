import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { listItems, trimEnd, valueEnd } from '../../../src/core/lint/frontMatterScan';
import { seededDraws } from '../seededDraws.fixture';

/** valueEnd as first written, with a regex for each character class: the reference the scan by code must equal. */
function valueEndByRegex(line: string, from: number): number {
  let quote = '';
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === from || /[\s[,{]/.test(line[i - 1] ?? '')) quote = c;
    } else if (c === '#' && i > from && /\s/.test(line[i - 1] ?? '')) {
      return trimEndByRegex(line, i);
    }
  }
  return trimEndByRegex(line, line.length);
}

function trimEndByRegex(line: string, end: number): number {
  let e = end;
  while (e > 0 && /[ \t]/.test(line[e - 1] ?? '')) e--;
  return e;
}

/** Lines of every piece the scan tells apart: quotes, escapes, comments, brackets, blanks and every kind of space. */
function* lines(): Generator<string> {
  const pieces = ['a', '한', ' ', '\t', '  ', '"', "'", '\\', '#', ' #', '[', ']', '{', '}', ',', ':', '-', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\r', '😀', '\ud800'];
  const next = seededDraws(31);
  for (const p of pieces) yield p;
  for (let i = 0; i < 20000; i++) {
    let s = '';
    for (let n = next(12); n >= 0; n--) s += pieces[next(pieces.length)];
    yield s;
  }
}

test('valueEnd and trimEnd by character code answer what the regex versions answer', () => {
  for (const line of lines()) {
    for (const from of [0, 1, 3]) {
      if (from > line.length) continue;
      assert.equal(valueEnd(line, from), valueEndByRegex(line, from), JSON.stringify([line, from]));
    }
    assert.equal(trimEnd(line, line.length), trimEndByRegex(line, line.length), JSON.stringify(line));
  }
});

test('a comment needs white space before it, and a quote opens only at the start or after a space, [, { or ,', () => {
  assert.equal(valueEnd('title: a#b # c', 7), 10);
  assert.equal(valueEnd('title: "a # b" # c', 7), 14);
  assert.equal(valueEnd("title: it's # c", 7), 11);
  assert.equal(valueEnd('tags: [a, "b # c"]\t# d', 6), 18);
  assert.deepEqual(listItems('[a, "b, c" ,\td]', 0, 1, 14)?.map((v) => v.text), ['a', 'b, c', 'd']);
});
