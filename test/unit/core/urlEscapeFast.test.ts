import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { escapePath, sanitizeUrl } from '../../../src/core/urlEscape';
import { slugify } from '../../../src/core/slugify';
import { seededDraws } from '../seededDraws.fixture';

/** escapePath as it was written first, one character at a time: the reference the whole-string way must equal. */
function escapeByCharacter(path: string): string {
  if (path === '' || /^[a-zA-Z0-9./-]+$/.test(path)) return path;
  let out = '';
  for (const ch of path) {
    if (ch.length === 1 && /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/.test(ch)) {
      out += ch;
      continue;
    }
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%EF%BF%BD';
    }
  }
  return out;
}

/** Strings from every class of character that matters here: kept, escaped, Korean, astral, surrogate halves, `%`. */
function* samples(): Generator<string> {
  const pieces = ['a', 'Z', '9', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '/', '?', '#', '%', '%24', '%2F', ' ', '"', '<', '[', '\\', '^', '`', '{', '|', '}', '한', '글', 'é', 'e\u0301', '🎉', '\ud800', '\udc00', '\u00a0', '\u2028', '\x7f', '\x00'];
  const next = seededDraws(7);
  for (const p of pieces) yield p;
  for (let i = 0; i < 5000; i++) {
    let s = '';
    const n = 1 + next(8);
    for (let j = 0; j < n; j++) s += pieces[next(pieces.length)];
    yield s;
  }
}

test('escapePath escapes the whole string as escaping it character by character does', () => {
  for (const s of samples()) assert.equal(escapePath(s), escapeByCharacter(s), JSON.stringify(s));
});

test('sanitizeUrl without a dot is what the full rule gives', () => {
  const full = (url: string): string => `/${url}`.split('..').join('/').split('./').join('').replace(/\/{2,}/g, '/');
  for (const s of samples()) {
    const url = s.replace(/[.]/g, '/');
    assert.equal(sanitizeUrl(url), full(url), JSON.stringify(url));
    assert.equal(sanitizeUrl(s), full(s), JSON.stringify(s));
  }
});

test('slugify gives NFC whether or not it skips the normalizer', () => {
  for (const s of samples()) {
    for (const mode of ['default', 'pretty', 'raw', 'none'] as const) {
      const slug = slugify(s, { mode });
      assert.equal(slug, slug.normalize('NFC'), JSON.stringify(s));
    }
  }
  assert.equal(slugify('Cafe\u0301 한글'), 'café-한글');
});
