import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseJekyllDate, matchDatedFileName, jekyllDateAt } from '../../../src/core/dates';
import { createTimeZone, wallToInstant } from '../../../src/core/timeZone';
import { loadYaml11 } from '../../../src/core/yaml11';

const seoulResult = createTimeZone('Asia/Seoul');
const seoul = seoulResult.zone;
const ny = createTimeZone('America/New_York').zone;

/** What Jekyll does with `date: X` in front matter: YAML first, then parse_date(value.to_s). */
function jekyll(raw: string, zone = seoul): string {
  const y = loadYaml11(`date: ${raw}`);
  assert.ok(y.ok);
  const v = y.ok ? (y.value as Record<string, unknown>)['date'] : undefined;
  const r = parseJekyllDate(String(v), zone);
  return r.ok ? r.date.iso : 'ERR';
}

// Answers from Jekyll 4.3.1 with timezone Asia/Seoul (Utils.parse_date after Psych).
test('front-matter dates as Jekyll 4.3.1 reads them (Asia/Seoul)', () => {
  const cases: Array<[string, string]> = [
    ['2024-03-05', '2024-03-05T00:00:00+09:00'],
    ['2024-03-05 10:20:30', '2024-03-05T19:20:30+09:00'],
    ['2024-03-05 10:20:30 +0900', '2024-03-05T10:20:30+09:00'],
    ['2024-03-05 10:20:30 +09:00', '2024-03-05T10:20:30+09:00'],
    ['2024-03-05T10:20:30Z', '2024-03-05T19:20:30+09:00'],
    ['2024-03-05 10:20:30.25 -05:00', '2024-03-06T00:20:30+09:00'],
    ['2024-03-05 10:20:30 +/-0900', '2024-03-05T10:20:30+09:00'],
    ['2024-03-05 10:20:30 0900', '2024-03-05T10:20:30+09:00'],
    ["'2024-03-05 10:20:30'", '2024-03-05T10:20:30+09:00'],
    ['2024-03-05 10:20', '2024-03-05T10:20:00+09:00'],
    ['2024-13-05', 'ERR'],
    ['March 5, 2024', '2024-03-05T00:00:00+09:00'],
    ['2024-03-05 10:20:30 +9', '2024-03-05T10:20:30+09:00'],
    ['2024-03-05 10:20:30 KST', '2024-03-05T10:20:30+09:00'],
    ['2024-03-05 25:20:30', 'ERR'],
    ['garbage', 'ERR'],
    ['2024-03-05 10:20:30 +0930', '2024-03-05T09:50:30+09:00'],
    ['2024-3-5', '2024-03-05T00:00:00+09:00'],
    ['2024-02-30', '2024-03-01T00:00:00+09:00'],
    ['2024-02-30 10:00:00', '2024-03-01T19:00:00+09:00'],
    ["'2024-02-30 10:00:00'", '2024-03-01T10:00:00+09:00'],
    ['2024-03-05 10:20:30 +1400', '2024-03-05T05:20:30+09:00'],
    ['2024-03-05 10:20:30 +2500', 'ERR'],
    ["'2024-03-05T10:20:30+09:00'", '2024-03-05T10:20:30+09:00'],
    ['2024/03/05', '2024-03-05T00:00:00+09:00'],
    ["'2024-03-05 9:05'", '2024-03-05T09:05:00+09:00'],
    ['2024-03-05 10:20:30 z', '2024-03-05T19:20:30+09:00'],
    ["'2024-03-05 10:20:30 UTC'", '2024-03-05T19:20:30+09:00'],
    ["'2024-03-05 10:20:30 EST'", '2024-03-06T00:20:30+09:00'],
    ["'2024-03-05 24:00:00'", '2024-03-06T00:00:00+09:00'],
    ["'2024-03-05 23:60:00'", 'ERR'],
    ["'2024-02-32'", 'ERR'],
    ["'2024-03-05T10:20:30.123+09:00'", '2024-03-05T10:20:30.123+09:00'],
    ["'24-01-02'", '2024-01-02T00:00:00+09:00'],
    ["'Mar 5 2024'", '2024-03-05T00:00:00+09:00'],
    ["'5 March 2024 10:00'", '2024-03-05T10:00:00+09:00'],
  ];
  for (const [raw, expected] of cases) assert.equal(jekyll(raw), expected, raw);
});

test('DST in America/New_York: gap moves forward, overlap takes the later instant (as Jekyll did)', () => {
  assert.equal(jekyll("'2024-03-10 02:30:00'", ny), '2024-03-10T03:30:00-04:00');
  assert.equal(jekyll("'2024-11-03 01:30:00'", ny), '2024-11-03T01:30:00-05:00');
  assert.equal(jekyll('2024-03-10', ny), '2024-03-10T00:00:00-05:00');
  assert.equal(jekyll("'2024-07-01 12:00'", ny), '2024-07-01T12:00:00-04:00');
  assert.equal(
    wallToInstant({ year: 2024, month: 11, day: 3, hour: 0, minute: 0, second: 0, millisecond: 0 }, ny),
    Date.parse('2024-11-03T00:00:00-04:00'),
  );
});

test('offset in minutes and epoch', () => {
  const r = parseJekyllDate('2024-03-05 10:20:30 +0900', seoul);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.date.epochMs, Date.parse('2024-03-05T01:20:30Z'));
  assert.equal(r.date.offsetMinutes, 540);
  assert.equal(jekyllDateAt(Date.parse('2024-01-01T00:00:00Z'), ny).iso, '2023-12-31T19:00:00-05:00');
});

test('unknown time zone falls back to UTC with a message', () => {
  assert.equal(seoulResult.ok, true);
  const bad = createTimeZone('Mars/Olympus');
  assert.equal(bad.ok, false);
  assert.equal(bad.zone.offsetMinutesAt(0), 0);
});

test('file-name dates as DATE_FILENAME_MATCHER', () => {
  assert.deepEqual(matchDatedFileName('_posts/2024-01-02-한글-제목.md'), { date: '2024-01-02', slug: '한글-제목', ext: '.md' });
  assert.deepEqual(matchDatedFileName('_posts/sub/2024-1-2-a.b.markdown'), { date: '2024-1-2', slug: 'a.b', ext: '.markdown' });
  assert.equal(matchDatedFileName('_posts/badname.md'), undefined);
  assert.equal(matchDatedFileName('_posts/2024-01-02-noext'), undefined);
  const r = parseJekyllDate('2024-1-2', seoul);
  assert.ok(r.ok && r.date.iso === '2024-01-02T00:00:00+09:00');
});
