// Postcraft's reading of a string `date` against Luxon's own DateTime.fromISO(text, { zone: "utc" }), the call
// Eleventy 3.1.8 makes (Template.js getMappedDate), with the Luxon the oracle installed beside Eleventy.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseLuxonIso } from '../../../src/core/generators/eleventy/eleventyIsoDate';
import { oracleDir } from '../../harness/oracles';

interface LuxonDateTime {
  readonly isValid: boolean;
  toJSDate(): Date;
}
interface Luxon {
  readonly DateTime: { fromISO(text: string, options: { zone: string }): LuxonDateTime };
}

const samples = [
  '2024-03-05', '2024-03', '2024', '20240305', '2024-065', '2024-W10', '2024-W10-2', '2024W102', '2020-W53-7', '2021-W53-1',
  '2024-03-05T10', '2024-03-05T10:20', '2024-03-05T1020', '2024-03-05T10:20:30', '2024-03-05T102030', '2024-03-05t10:20',
  '2024-03-05T10:20:30.5', '2024-03-05T10:20:30,25Z', '2024-03-05T10:20:30.123456789Z', '2024-03-05T10:20:30+09:00',
  '2024-03-05T10:20:30+0900', '2024-03-05T10:20:30+09', '2024-03-05T10:20:30-03:30', '2024-03-05T10:20:30z',
  '2024-03-05 10:20', '2024-03-05 10:20:30', '2024-3-5', '2024-02-30', '2023-02-29', '2024-02-29', '2024-13-01', '2024-00-10',
  '2024-03-05T24:00', '2024-03-05T23:60', '2024-03-05T10:20:60', '2024-03-05T10:20+24:00', 'March 5, 2024', '05/03/2024',
  '', 'now', '2024-03-05T', '2024-03-05T10:20:30.', '2024-366', '2023-366', '2024-W54', '0099-01-01', '+002024-01-01',
  '-002024-01-01', '+12024-01-01', '+0020240101', '2024-12-31T24:00', '2024-03-05T24:30', '2024-03-05T24:00:01', '2024-03-05T25:00',
  '2024-03-05T10:20+25:00', '2024-03-05T10:20+99:99', '2024-03-05T10:20:30.1234567891Z', '2024-W01-0', '2024-W01-8', '2024-000',
];

describe('string dates as Luxon reads them for Eleventy 3.1.8', () => {
  it('agree with DateTime.fromISO(text, { zone: "utc" }) on valid and invalid ISO strings', () => {
    const require = createRequire(path.join(oracleDir('eleventy'), 'package.json'));
    const { DateTime } = require('luxon') as Luxon;
    for (const text of samples) {
      const luxon = DateTime.fromISO(text, { zone: 'utc' });
      const ours = parseLuxonIso(text);
      assert.deepEqual(ours.ok ? ours.epochMs : null, luxon.isValid ? luxon.toJSDate().getTime() : null, JSON.stringify(text));
    }
    console.log(`luxon: ${samples.length} strings read alike`);
  });
});
