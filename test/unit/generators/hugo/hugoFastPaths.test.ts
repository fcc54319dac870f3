// The shortcuts of Hugo's page reading against the rune-by-rune code they stand in for: over every BMP code
// point, astral ones, lone surrogates and many mixed strings, each shortcut answers exactly what the long way does.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatRfc3339, formatRfc3339ByLayout } from '../../../../src/core/generators/hugo/goTime';
import { escapeByByte, escapeText } from '../../../../src/core/generators/hugo/goUrl';
import { goKeysLowered, goLower, goLowerByRune, goPathClean, goPathCleanBySegment } from '../../../../src/core/generators/hugo/goValues';
import { parseHugoDateString } from '../../../../src/core/generators/hugo/hugoDates';
import { expandedPermalinkByRoundTrip, hugoExpandedPermalink, hugoMakePath, makePathByRune } from '../../../../src/core/generators/hugo/hugoUrls';
import { hugoTermNames, termNamesByMap } from '../../../../src/core/generators/hugo/hugoStatus';
import { hugoCurrentSections, hugoPageSections, readHugoContentPath } from '../../../../src/core/generators/hugo/hugoContentPath';
import { hugoFolderIndex } from '../../../../src/core/generators/hugo/hugoBundleHeaders';
import { readHugoConfig } from '../../../../src/core/generators/hugo/hugoConfig';
import { createTimeZone } from '../../../../src/core/timeZone';
import { seededDraws } from '../../seededDraws.fixture';

/** A small deterministic generator (no Math.random: a failure names a reproducible string). */
function* mixed(count: number): Generator<string> {
  const next = seededDraws(4242);
  const pieces = ['a', 'Z', '0', '-', '_', '.', '/', '%', '%2F', '%zz', ' ', '\t', '  ', '!', "'", '(', ')', '*', '?', '#', '&', '+', '@', '~',
    '휴고', '블로그', 'Σ', 'ς', 'İ', 'ı', 'ǅ', 'É', 'é', 'e\u0301', 'ß', 'ﬁ', '日本', '٣', '\u00a0', '\u3000', '😀', '𝐀', '\ud800', '\udc00', '\u0000', '\u007f', 'ÿ'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = next(8);
    for (let j = 0; j < n; j++) s += pieces[next(pieces.length)];
    yield s;
  }
}

/** Every BMP code point as a one-character string, then a few astral ones. */
function* everyCharacter(): Generator<string> {
  for (let c = 0; c < 0x10000; c++) yield String.fromCharCode(c);
  for (const c of [0x10000, 0x1d400, 0x1f600, 0x20000, 0x10ffff]) yield String.fromCodePoint(c);
}

describe('Hugo shortcuts answer what the long way answers', () => {
  it('goLower: strings.ToLower rune by rune', () => {
    for (const ch of everyCharacter()) assert.equal(goLower(ch), goLowerByRune(ch), `U+${ch.codePointAt(0)?.toString(16)}`);
    for (const s of mixed(20000)) assert.equal(goLower(s), goLowerByRune(s), JSON.stringify(s));
    // The two a whole-string lowering gets wrong stay Go's.
    assert.equal(goLower('ΟΔΟΣ İ'), 'οδοσ i');
  });

  it('hugoMakePath: the kept characters of a text, whole', () => {
    for (const ch of everyCharacter()) assert.equal(hugoMakePath(`a${ch}b`, { removePathAccents: false }), makePathByRune(`a${ch}b`), `U+${ch.codePointAt(0)?.toString(16)}`);
    for (const s of mixed(20000)) assert.equal(hugoMakePath(s, { removePathAccents: false }), makePathByRune(s), JSON.stringify(s));
    // Titles: words between runs of every kind of white space, beside hyphens, with accents taken off or kept.
    const next = seededDraws(99);
    const pieces = ['휴고', 'Blog', 'É', 'e\u0301', '1', '-', '.', '%2F', '!', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u3000'];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let j = next(10); j > 0; j--) s += pieces[next(pieces.length)];
      assert.equal(hugoMakePath(s, { removePathAccents: false }), makePathByRune(s), JSON.stringify(s));
      assert.equal(hugoMakePath(s, { removePathAccents: true }), makePathByRune(s.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC')), JSON.stringify(s));
    }
  });

  it('escapeText: Go url escaping, by table and encodeURIComponent', () => {
    for (const mode of ['path', 'fragment'] as const) {
      for (const ch of everyCharacter()) assert.equal(escapeText(`/${ch}x`, mode), escapeByByte(`/${ch}x`, mode), `U+${ch.codePointAt(0)?.toString(16)} ${mode}`);
      for (const s of mixed(20000)) assert.equal(escapeText(s, mode), escapeByByte(s, mode), JSON.stringify(s));
    }
  });

  it('goPathClean: path.Clean, a clean path as it is', () => {
    const next = seededDraws(7);
    const parts = ['', '/', '//', 'a', 'b.c', '.', '..', '...', '.a', 'a.', '휴고', '%2F', ' ', 'index.html'];
    const paths = ['', '/', '.', '..', './', '/..', 'a/', '/a/', 'a//b', 'a/./b', 'a/../b', '/../a', '../a', 'a/..', 'a/.'];
    for (let i = 0; i < 30000; i++) {
      let p = '';
      for (let j = next(7); j > 0; j--) p += parts[next(parts.length)];
      paths.push(p);
    }
    for (const p of paths) assert.equal(goPathClean(p), goPathCleanBySegment(p), JSON.stringify(p));
  });

  it('formatRfc3339: RFC3339 of an instant, from one Date', () => {
    const next = seededDraws(99);
    const instants = [0, -1, 1, -62_135_596_800_000, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_000, 253_402_300_800_000, 8.64e15, -8.64e15, NaN];
    for (let i = 0; i < 20000; i++) instants.push((next(2) === 0 ? -1 : 1) * next(2147483647) * next(150_000) + next(1000));
    const offsets = [0, 540, -300, 330, 345, -570, 0.5, 507.8666666666667, -0.25, 1439, -1439, 5999, NaN];
    for (const ms of instants) {
      for (const offset of offsets) assert.equal(formatRfc3339(ms, offset), formatRfc3339ByLayout(ms, offset), `${ms} ${offset}`);
    }
  });

  it('an RFC 3339 front-matter date keeps its text as its RFC3339 only when Go prints it so', () => {
    const zone = createTimeZone('Asia/Seoul').zone;
    for (const text of ['2024-12-28T10:20:30+09:00', '2024-12-28T10:20:30Z', '2024-12-28T10:20:30+00:00', '2024-12-28T10:20:30-00:00', '2024-12-28T10:20:30+09:60',
      '2024-12-28T10:20:30+23:59', '2024-12-28T10:20:30.5Z', '2024-12-28T10:20:30.1234Z', '0001-01-01T00:00:00Z', '0000-01-01T00:00:00+01:00', '0099-12-31T23:59:59-01:30']) {
      const date = parseHugoDateString(text, zone);
      assert.ok(date !== undefined, text);
      assert.equal(date.iso, formatRfc3339ByLayout(date.epochMs, date.offsetMinutes), text);
    }
  });

  it('goKeysLowered: the last front matter\'s keys lowered, a later spelling winning', () => {
    const fm = { Title: 'a', title: 'b', DRAFT: true, 'İd': 1 };
    const lowered = goKeysLowered(fm);
    assert.deepEqual([...lowered], [['title', 'b'], ['draft', true], ['id', 1]]);
    assert.equal(goKeysLowered(fm), lowered);
    assert.notEqual(goKeysLowered({ ...fm }), lowered);
  });

  it('a permalink expanded without URLize\'s escaping and QueryUnescape\'s undoing of it', () => {
    const patterns = ['/:year/:month/:slug/', '/:title/', ':slug', '/:section/:slugorfilename/', '/a:title/b%2F/:filename/', '/:sections/:title.html', '/x+y/:slug/', '/:01/:title#:slug/', '/:Jan/:title?/'];
    const date = { epochMs: 1_500_000_000_000, offsetMinutes: 540, iso: '2017-07-14T11:40:00+09:00' };
    const options = [{ disablePathToLower: false, removePathAccents: false }, { disablePathToLower: true, removePathAccents: true }];
    const texts = [...mixed(4000)];
    let shortcuts = 0;
    for (let i = 0; i < texts.length; i++) {
      const page = { date, section: texts[(i + 1) % texts.length] ?? '', sections: ['a', texts[(i + 2) % texts.length] ?? ''], title: texts[i] ?? '', slug: i % 3 === 0 ? '' : (texts[(i + 3) % texts.length] ?? ''), translationBaseName: i % 5 === 0 ? 'index' : (texts[(i + 4) % texts.length] ?? ''), dir: `posts/${texts[(i + 5) % texts.length] ?? ''}/` };
      for (const pattern of patterns) {
        for (const option of options) {
          const long = expandedPermalinkByRoundTrip(pattern, page, option);
          assert.equal(hugoExpandedPermalink(pattern, page, option), long, JSON.stringify([pattern, page, option]));
          if (!/[%+#?]/.test(long)) shortcuts++;
        }
      }
    }
    // Most of the strings take the shortcut, so it is the shortcut that was held equal.
    assert.ok(shortcuts > texts.length * 4, String(shortcuts));
  });

  it('hugoTermNames: a page\'s terms deduplicated by key, as a map\'s delete and set do', () => {
    const options = { disablePathToLower: false, removePathAccents: false };
    const pieces = ['Go', 'go', 'GO ', ' go', 'C++', 'c++', '!!!', '', '한글 태그', '한글-태그', 'Hugo', 'hugo', 'x', 'X', 'İ', 'i'];
    const next = seededDraws(11);
    for (let i = 0; i < 20000; i++) {
      const names: string[] = [];
      for (let n = next(i % 100 === 0 ? 60 : 7); n > 0; n--) names.push(pieces[next(pieces.length)] ?? '');
      assert.deepEqual(hugoTermNames([...names], options), termNamesByMap(names, options), JSON.stringify(names));
    }
    for (const s of mixed(5000)) assert.deepEqual(hugoTermNames([s, s.toUpperCase(), 'a'], options), termNamesByMap([s, s.toUpperCase(), 'a'], options), JSON.stringify(s));
  });

  it('hugoPageSections: a page\'s sections as its folder remembers them', () => {
    const { settings } = readHugoConfig([{ file: 'hugo.toml', text: '' }]);
    const next = seededDraws(5);
    const folders = ['a', 'B', 'c', '', '휴고'];
    const names = ['index.md', '_index.md', 'x.md', 'Y.md', 'z.txt', 'index.html'];
    let pages = 0;
    for (let site = 0; site < 200; site++) {
      const files: string[] = [];
      for (let i = 0; i < 30; i++) {
        let path = 'content';
        for (let d = next(4); d > 0; d--) path += `/${folders[next(folders.length)] ?? ''}`;
        files.push(`${path}/${names[next(names.length)] ?? ''}`);
      }
      const context = { folders: hugoFolderIndex(files) };
      for (const file of files) {
        const place = readHugoContentPath(file, settings, context);
        if (place.kind !== 'content') continue;
        for (const reading of place.readings) {
          if (reading.class !== 'page' && reading.class !== 'leaf') continue;
          pages++;
          assert.deepEqual(hugoPageSections(reading, context), hugoCurrentSections(reading, context), `${file} in ${JSON.stringify(files)}`);
        }
      }
    }
    assert.ok(pages > 1000, String(pages));
  });
});
