// Where JavaScript itself is what Hexo asks (new Date(string), createSha1Hash), this process's JavaScript answers.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { jsDateParse } from '../../../../src/core/generators/hexo/hexoDates';
import { sha1Hex } from '../../../../src/core/generators/hexo/hexoSha1';
import { createTimeZone } from '../../../../src/core/timeZone';

const dateStrings = [
  '2024-01-02', '2024-01', '2024', '2024-01-02T10:00', '2024-01-02T10:00:00', '2024-01-02T10:00:00.5', '2024-01-02T10:00:00Z',
  '2024-01-02T10:00:00+09:00', '2024-01-02T10:00:00.123-05:30', '2019-01-11 22:13', '2013/7/13 20:46:25', '2024-1-2', '2024/01/02',
  '2024-03-10 02:30:00', '2024-11-03 01:30:00', '2024-03-31 02:30', '2024-01-02 10:00:00 +0900', '2024-01-02 10:00:00Z',
  '2024-01-02 10:00:00 UTC', '2024-02-30', '1969-07-20 20:17:40', '  2024-01-02  ',
];

test('new Date(string) as this JavaScript reads it, in several machine zones', () => {
  const saved = process.env['TZ'];
  try {
    for (const zone of ['UTC', 'Asia/Seoul', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata']) {
      process.env['TZ'] = zone;
      const machine = createTimeZone(zone).zone;
      for (const s of dateStrings) {
        const expected = Date.parse(s);
        assert.equal(jsDateParse(s, machine), Number.isNaN(expected) ? undefined : expected, `${s} in ${zone}`);
      }
    }
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
});

test('SHA-1 as node:crypto makes it', () => {
  for (const s of ['', 'abc', 'hello-world1700000000', '서울-봄-산책1709596800', 'x'.repeat(1000), '😀 emoji']) {
    assert.equal(sha1Hex(s), createHash('sha1').update(s).digest('hex'), s.slice(0, 20));
  }
});
