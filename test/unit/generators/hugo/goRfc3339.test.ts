// The RFC 3339 fast path of Hugo's date reading against Go's layout parser it stands in for: over many strings of
// the shape and near it, it either declines (and the layout parser decides) or reads exactly what the parser reads.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseGoLayout } from '../../../../src/core/generators/hugo/goTimeParse';
import { parseGoRfc3339 } from '../../../../src/core/generators/hugo/goRfc3339';
import { seededDraws } from '../../seededDraws.fixture';

const LAYOUT = '2006-01-02T15:04:05Z07:00';

/** A small deterministic generator (no Math.random: a failure names a reproducible string). */
function* strings(count: number): Generator<string> {
  const next = seededDraws(12345);
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  const two = (max: number): string => String(next(max)).padStart(2, '0');
  for (let i = 0; i < count; i++) {
    const year = pick(['2024', '1999', '2000', '1900', '0001', '9999', '202', '20245']);
    const month = pick([two(13), two(13), '00', '13', '1', '012']);
    const day = pick([two(32), two(32), '29', '30', '31', '00', '1']);
    const hour = pick([two(24), two(24), '24', '9', '099']);
    const minute = pick([two(60), '60', '5']);
    const second = pick([two(60), '60', '61', '7']);
    const fraction = pick(['', '', '.5', '.123456789', '.1234567891234', ',25', '.', '.x']);
    const zone = pick(['Z', 'Z', '+09:00', '-05:30', '+00:00', '+24:00', '+99:99', '+0900', 'z', '', ' Z', 'Z ']);
    const sep = pick(['T', 'T', 'T', ' ', 't']);
    yield `${year}-${month}-${day}${sep}${hour}:${minute}:${second}${fraction}${zone}`;
  }
}

describe('parseGoRfc3339', () => {
  it('reads what Go\'s layout parser reads, or declines', () => {
    let read = 0;
    for (const s of strings(200000)) {
      const fast = parseGoRfc3339(s);
      const slow = parseGoLayout(LAYOUT, s);
      // Two-digit fields are the fast path's to read, and it must read every such string the parser reads.
      if (slow !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(s)) assert.ok(fast !== undefined, s);
      if (fast === undefined) continue;
      read++;
      assert.deepEqual(fast, slow, s);
    }
    assert.ok(read > 100, `${read} strings read`);
  });

  it('reads February 29 only in leap years, and keeps nine digits of a fraction', () => {
    assert.equal(parseGoRfc3339('2023-02-29T00:00:00Z'), undefined);
    assert.equal(parseGoRfc3339('2024-02-29T00:00:00Z')?.day, 29);
    assert.equal(parseGoRfc3339('2024-01-02T03:04:05.1234567891Z')?.nanosecond, 123456789);
    assert.equal(parseGoRfc3339('2024-01-02T03:04:05-05:30')?.offsetSeconds, -19800);
  });
});
