import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseHugoDateValue, resolveHugoDates, dateAndSlugFromBaseName } from '../../../../src/core/generators/hugo/hugoDates';
import { readHugoConfig } from '../../../../src/core/generators/hugo/hugoConfig';
import { DEFAULT_CHAINS } from '../../../../src/core/generators/hugo/hugoSettings';
import { loadHugoYaml } from '../../../../src/core/generators/hugo/hugoYaml';
import { createTimeZone } from '../../../../src/core/timeZone';

const seoul = createTimeZone('Asia/Seoul').zone;
const utc = createTimeZone('UTC').zone;
const ZERO = '0001-01-01T00:00:00Z';

/** `date: <raw>` in YAML front matter, read as Hugo does; the zero date when Hugo skips the value. */
function yamlDate(raw: string): string {
  const y = loadHugoYaml(`date: ${raw}`);
  assert.ok(y.ok, raw);
  const v = y.ok ? (y.value as Record<string, unknown>)['date'] : undefined;
  return parseHugoDateValue(v, seoul)?.iso ?? ZERO;
}

// hugo 0.111.3, site timeZone = "Asia/Seoul", one post per value, `.Date` printed as RFC3339 (run d1 of the report).
test('YAML front-matter dates as hugo 0.111.3 reads them (timeZone Asia/Seoul)', () => {
  const cases: [string, string][] = [
    ['2024-01-02T10:00:00', '2024-01-02T10:00:00+09:00'],
    ['2024-01-02 10:00:00', '2024-01-02T10:00:00+09:00'],
    ['"2024-01-02 10:00:00"', '2024-01-02T10:00:00+09:00'],
    ['2024-01-02T10:00:00Z', '2024-01-02T10:00:00Z'],
    ['2024-01-02T10:00:00+05:30', '2024-01-02T10:00:00+05:30'],
    ['2024-01-02T10:00:00.123456+05:30', '2024-01-02T10:00:00+05:30'],
    ['2024-01-02', '2024-01-02T00:00:00+09:00'],
    ['"2024-3-5"', ZERO],
    ['2024-03-05T9:00:00', '2024-03-05T09:00:00+09:00'],
    ['"2014-02-29"', ZERO],
    ['"2024-01-02T10:00"', ZERO],
    ['"2024-01-02 10:00:00 +0900"', '2024-01-02T10:00:00+09:00'],
    ['"2024-01-02 10:00:00 +09:00"', '2024-01-02T10:00:00+09:00'],
    ['"2024-01-02 10:00:00 -0700 MST"', '2024-01-02T10:00:00-07:00'],
    ['"2024-01-02T10:00:00-0700"', '2024-01-02T10:00:00-07:00'],
    ['"Mon, 02 Jan 2024 15:04:05 MST"', '2024-01-02T15:04:05+09:00'],
    ['"Mon, 02 Jan 2024 15:04:05 -0700"', '2024-01-02T15:04:05-07:00'],
    ['"02 Jan 2024"', '2024-01-02T00:00:00+09:00'],
    ['"Jan 2, 2024"', ZERO],
    ['"not a date"', ZERO],
    ['"3:04PM"', '0000-01-01T15:04:00Z'],
    ['2024-01-02t10:00:00z', ZERO],
    ['"2024-01-02T10:00:00 +09:00"', ZERO],
    ['"  2024-01-02"', ZERO],
    ['"2024-01-02 10:00:00Z"', '2024-01-02T10:00:00Z'],
    ['"2024-01-02 10:00:00.5"', '2024-01-02T10:00:00+09:00'],
    ['"2024-01-02T24:00:00"', ZERO],
    ['"02 Jan 24 15:04 MST"', '2024-01-02T15:04:00+09:00'],
    ['"Tue Jan  2 15:04:05 2024"', '2024-01-02T15:04:05+09:00'],
    ['"Tue Jan  2 15:04:05 KST 2024"', '2024-01-02T15:04:05+09:00'],
    ['"Tue Jan 02 15:04:05 +0900 2024"', '2024-01-02T15:04:05+09:00'],
    ['"Tuesday, 02-Jan-24 15:04:05 MST"', '2024-01-02T15:04:05+09:00'],
    ['true', ZERO],
    ['1.5', ZERO],
    ['[2024-01-02]', ZERO],
    ['2024-01-02T10:00:00+09', ZERO],
    ['"0001-01-01"', '0001-01-01T00:00:00+08:27'],
    ['"2024-01-02T10:00:00.123Z"', '2024-01-02T10:00:00Z'],
    ['"+2024-01-02"', ZERO],
    ['"10000-01-01"', ZERO],
    ['"2024-06-15T10:00:00"', '2024-06-15T10:00:00+09:00'],
    ['"2024-01-02T10:00:00-00:00"', '2024-01-02T10:00:00Z'],
    ['"2024-01-02T10:00:00+24:00"', '2024-01-02T10:00:00+24:00'],
    ['"2024-01-02T10:00:00+14:59"', '2024-01-02T10:00:00+14:59'],
  ];
  for (const [raw, expected] of cases) assert.equal(yamlDate(raw), expected, raw);
});

test('fractions of a second are kept in the instant, not printed', () => {
  const d = parseHugoDateValue('2024-01-02 10:00:00.5', seoul);
  assert.equal(d?.epochMs, Date.UTC(2024, 0, 2, 1, 0, 0, 500));
  assert.equal(d?.offsetMinutes, 540);
});

// hugo 0.111.3 run d2: integers are Unix seconds (shown in the process zone; here the site zone), JSON numbers are not dates.
test('numbers: YAML and TOML integers are Unix seconds, JSON numbers fail', () => {
  assert.equal(parseHugoDateValue(1_700_000_000, utc)?.iso, '2023-11-14T22:13:20Z');
  assert.equal(parseHugoDateValue(1_700_000_000, utc, 'toml')?.iso, '2023-11-14T22:13:20Z');
  assert.equal(parseHugoDateValue(1_700_000_000, utc, 'json'), undefined);
  assert.equal(parseHugoDateValue(1.5, utc), undefined);
  assert.equal(parseHugoDateValue(1e300, utc), undefined);
  assert.equal(parseHugoDateValue(Number.NaN, utc), undefined);
});

// hugo 0.111.3 run d2 (TOML front matter, Asia/Seoul). The front-matter reader hands TOML dates over as text.
test('TOML dates as the front-matter reader passes them', () => {
  assert.equal(parseHugoDateValue('2024-01-02T10:00:00', seoul, 'toml')?.iso, '2024-01-02T10:00:00+09:00');
  assert.equal(parseHugoDateValue('2024-01-02', seoul, 'toml')?.iso, '2024-01-02T00:00:00+09:00');
  assert.equal(parseHugoDateValue('10:00:00', seoul, 'toml'), undefined);
  assert.equal(parseHugoDateValue('2024-01-02T10:00:00+05:30', seoul, 'toml')?.iso, '2024-01-02T10:00:00+05:30');
  assert.equal(parseHugoDateValue('1979-05-27T07:32:00.999', seoul, 'toml')?.iso, '1979-05-27T07:32:00+09:00');
});

test('hostile values never throw', () => {
  for (const v of ['x'.repeat(1_000_000), '2024-01-02'.repeat(1000), {}, [], null, undefined, Symbol('s'), () => 1, new Date(Number.NaN), 10n ** 30n, -0, '\u0000', '2024-02-30', '9999-12-31T23:59:59+99:99']) {
    assert.doesNotThrow(() => parseHugoDateValue(v, seoul));
  }
  assert.equal(parseHugoDateValue('2024-02-30', seoul), undefined);
  assert.equal(parseHugoDateValue('2024-02-29', seoul)?.iso, '2024-02-29T00:00:00+09:00');
});

test('a date value from a plain Date keeps its instant at UTC, whole seconds', () => {
  assert.equal(parseHugoDateValue(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 600)), seoul)?.iso, '2024-01-02T03:04:05Z');
});

const seoulChains = (config: string) => readHugoConfig([{ file: 'hugo.toml', text: `timeZone = "Asia/Seoul"\n${config}` }]).settings.frontmatter;

// hugo 0.111.3 run f1: [frontmatter] date = [":filename", ":default"], lastmod = ["lastmod", ":fileModTime", ":default"],
// publishDate = ["PubDate", "publishDate", "date"], timeZone Asia/Seoul, every file's mtime 2023-06-07T08:09:10Z.
test('[frontmatter] chains, :filename and :fileModTime', () => {
  const chains = seoulChains('[frontmatter]\ndate = [":filename", ":default"]\nlastmod = ["lastmod", ":fileModTime", ":default"]\npublishDate = ["PubDate", "publishDate", "date"]\nexpiryDate = ["expiryDate"]\n');
  const modTimeMs = Date.UTC(2023, 5, 7, 8, 9, 10);
  const read = (contentBaseName: string, frontMatter: Record<string, unknown>) => {
    const d = resolveHugoDates({ frontMatter, chains, zone: seoul, contentBaseName, modTimeMs });
    return [d.date?.iso ?? ZERO, d.lastmod?.iso ?? ZERO, d.publishDate?.iso ?? ZERO, d.expiryDate?.iso ?? ZERO, d.filenameSlug];
  };
  assert.deepEqual(read('2024-03-05-hello-world', { title: 'fn' }), ['2024-03-05T00:00:00+09:00', '2023-06-07T17:09:10+09:00', ZERO, ZERO, 'hello-world']);
  assert.deepEqual(read('2024-03-05_x', { title: 'fn2', slug: 'given' }), ['2024-03-05T00:00:00+09:00', '2023-06-07T17:09:10+09:00', ZERO, ZERO, undefined]);
  assert.deepEqual(read('2024-13-05-bad', { date: '2020-01-01' }), ['2020-01-01T00:00:00+09:00', '2023-06-07T17:09:10+09:00', '2020-01-01T00:00:00+09:00', ZERO, undefined]);
  assert.deepEqual(read('2024-03-05', {}), ['2024-03-05T00:00:00+09:00', '2023-06-07T17:09:10+09:00', ZERO, ZERO, '']);
  assert.deepEqual(read('2024-03-05-folder', {}), ['2024-03-05T00:00:00+09:00', '2023-06-07T17:09:10+09:00', ZERO, ZERO, 'folder']);
  assert.deepEqual(read('plain', { pubdate: '2021-01-01', modified: '2022-02-02', unpublishdate: '2030-01-01' }),
    ['2021-01-01T00:00:00+09:00', '2022-02-02T00:00:00+09:00', '2021-01-01T00:00:00+09:00', '2030-01-01T00:00:00+09:00', undefined]);
  const aliases = resolveHugoDates({ frontMatter: { published: '2021-05-05', Date: '2019-01-01', Lastmod: 'not-a-date' }, chains, zone: seoul, contentBaseName: 'aliases', modTimeMs });
  assert.equal(aliases.date?.iso, '2019-01-01T00:00:00+09:00');
  assert.equal(aliases.lastmod?.iso, '2023-06-07T17:09:10+09:00');
  assert.equal(aliases.publishDate?.iso, '2021-05-05T00:00:00+09:00');
  assert.deepEqual(aliases.unreadable, ['lastmod']);
});

// hugo 0.111.3 (notes §1.2, re-measured in run f1's default-config twin): the file-name date is not used by default.
test('default chains: no date from the file name, publishDate from date, nothing = zero', () => {
  assert.deepEqual(DEFAULT_CHAINS, readHugoConfig([]).settings.frontmatter);
  const none = resolveHugoDates({ frontMatter: {}, chains: DEFAULT_CHAINS, zone: seoul, contentBaseName: '2024-03-05-hello-world' });
  assert.deepEqual([none.date, none.lastmod, none.publishDate, none.expiryDate], [undefined, undefined, undefined, undefined]);
  const dated = resolveHugoDates({ frontMatter: { date: '2024-01-02T10:00:00' }, chains: DEFAULT_CHAINS, zone: seoul, contentBaseName: 'x' });
  assert.equal(dated.publishDate?.iso, '2024-01-02T10:00:00+09:00');
  assert.equal(dated.lastmod?.iso, '2024-01-02T10:00:00+09:00');
  const zero = resolveHugoDates({ frontMatter: { date: '0001-01-01T00:00:00Z', publishdate: '2020-01-01' }, chains: DEFAULT_CHAINS, zone: seoul, contentBaseName: 'x' });
  assert.equal(zero.date, undefined, 'a written zero date stops the chain');
});

test('file-name dates need ten ASCII characters of a real date', () => {
  assert.equal(dateAndSlugFromBaseName('2024-02-30-x', seoul), undefined);
  assert.equal(dateAndSlugFromBaseName('2024-3-5-x', seoul), undefined);
  assert.equal(dateAndSlugFromBaseName('한글-2024-03-05', seoul), undefined);
  assert.deepEqual(dateAndSlugFromBaseName('2024-03-05 -_ 한글 _', seoul)?.slug, '한글');
  assert.deepEqual(dateAndSlugFromBaseName('2024-03-05-v1.2', seoul)?.slug, 'v1');
});
