import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { expandPermalink, postUrl, urlPlaceholders } from '../../../src/core/permalink';
import { escapePath, sanitizeUrl } from '../../../src/core/urlEscape';
import { styleToPermalink } from '../../../src/core/config';
import type { UrlSource } from '../../../src/core/permalink';

const source: UrlSource = {
  relativePath: '_posts/2024-01-02-한글-제목.md',
  collectionLabel: 'posts',
  collectionDir: '_posts',
  slug: '한글-제목',
  categories: ['dev', '일상', 'Dev'],
  date: { year: 2024, month: 1, day: 2, hour: 9, minute: 5, second: 7, millisecond: 0 },
  outputExt: '.html',
};

// Answers from Jekyll 4.3.1 URL.escape_path.
test('escape_path', () => {
  const cases: Array<[string, string]> = [
    ['/a b', '/a%20b'], ['/한글/제목.html', '/%ED%95%9C%EA%B8%80/%EC%A0%9C%EB%AA%A9.html'], ['/a?b=c d&e', '/a?b=c%20d&e'],
    ['/x#y#z', '/x%23y%23z'], ['/100%', '/100%25'], ['/[x]/{y}', '/%5Bx%5D/%7By%7D'], ['/a|b\\c^d`e', '/a%7Cb%5Cc%5Ed%60e'],
    ['/e\u0301', '/e%CC%81'], ["/'!$&()*+,;=:@~", "/'!$&()*+,;=:@~"], ['/"<>', '/%22%3C%3E'], ['/a%20b', '/a%2520b'], ['/tab\there', '/tab%09here'],
  ];
  for (const [input, expected] of cases) assert.equal(escapePath(input), expected, input);
});

test('sanitize_url', () => {
  assert.equal(sanitizeUrl('a//b/../c/./d'), '/a/b/c/d');
  assert.equal(sanitizeUrl('/x/'), '/x/');
});

test('named styles', () => {
  const ph = urlPlaceholders(source);
  const cats = '/dev/%EC%9D%BC%EC%83%81';
  const title = '/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9';
  const url = (style: string): string => {
    const r = expandPermalink(styleToPermalink(style), ph);
    return r.ok ? r.url : r.message;
  };
  assert.equal(url('date'), `${cats}/2024/01/02${title}.html`);
  assert.equal(url('pretty'), `${cats}/2024/01/02${title}/`);
  assert.equal(url('ordinal'), `${cats}/2024/002${title}.html`);
  assert.equal(url('weekdate'), `${cats}/2024/W01/Tue${title}.html`);
  assert.equal(url('none'), `${cats}${title}.html`);
});

test('every placeholder', () => {
  const ph = urlPlaceholders(source);
  assert.deepEqual(
    { ...ph },
    {
      collection: 'posts', name: '2024-01-02-한글-제목', title: '한글-제목', slug: '한글-제목', categories: 'dev/일상',
      slugified_categories: 'dev/일상', year: '2024', month: '01', day: '02', hour: '09', minute: '05', second: '07',
      i_day: '2', i_month: '1', short_month: 'Jan', long_month: 'January', short_year: '24', w_year: '2024', week: '01',
      w_day: '2', short_day: 'Tue', long_day: 'Tuesday', y_day: '002', output_ext: '.html', path: '/2024-01-02-한글-제목',
    },
  );
});

test('front matter permalink with placeholders, "_" after a key, unknown placeholder', () => {
  assert.deepEqual(postUrl('/:title:output_ext', '/custom/:title/', source), { ok: true, url: '/custom/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9/' });
  assert.deepEqual(expandPermalink('/:month_:day/', urlPlaceholders(source)), { ok: true, url: '/01_02/' });
  assert.equal(expandPermalink('/:nope/', urlPlaceholders(source)).ok, false);
  assert.deepEqual(expandPermalink('/:Title/', urlPlaceholders(source)), { ok: true, url: '/:Title/' });
});

test('ISO week year at the turn of the year (Jekyll: /2025-01-1/12_30/)', () => {
  const ph = urlPlaceholders({ ...source, date: { ...source.date, year: 2024, month: 12, day: 30 } });
  assert.deepEqual(expandPermalink('/:w_year-:week-:w_day/:month_:day/', ph), { ok: true, url: '/2025-01-1/12_30/' });
});

// Jekyll 4.3.1 builds /a$$b/c$&d/p$&q$'r/ (test/fixtures/sites/permalink-literal-values): values are literal text.
test('values with "$" go in as they are', () => {
  const dollars = { ...source, slug: "p$&q$'r", categories: ['a$$b', 'c$&d'] };
  assert.deepEqual(postUrl('/:categories/:title/', undefined, dollars), { ok: true, url: "/a$$b/c$&d/p$&q$'r/" });
  assert.deepEqual(expandPermalink('/:categories/:title/', urlPlaceholders(dollars)), { ok: true, url: "/a$$b/c$&d/p$&q$'r/" });
});
