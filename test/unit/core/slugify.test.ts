import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { slugify, titleizeSlug } from '../../../src/core/slugify';

// Answers from Jekyll 4.3.1 Utils.slugify (modes raw, default, pretty, ascii, latin, none, cjk).
const CASES: Array<[string, string[]]> = [
  ['The _config.yml file', ['the-_config.yml-file', 'the-config-yml-file', 'the-_config.yml-file', 'the-config-yml-file', 'the-config-yml-file', 'the _config.yml file', 'the _config.yml file']],
  ['한글 제목 테스트!', ['한글-제목-테스트!', '한글-제목-테스트', '한글-제목-테스트!', '', '', '한글 제목 테스트!', '한글 제목 테스트!']],
  ['  --a--b--  ', ['--a--b--', 'a-b', 'a-b', 'a-b', 'a-b', '  --a--b--  ', '  --a--b--  ']],
  ['Ünïcödé café', ['ünïcödé-café', 'ünïcödé-café', 'ünïcödé-café', 'n-c-d-caf', 'unicode-cafe', 'ünïcödé café', 'ünïcödé café']],
  ['日本語のタイトル', ['日本語のタイトル', '日本語のタイトル', '日本語のタイトル', '', '', '日本語のタイトル', '日本語のタイトル']],
  ['C++ & C#', ['c++-&-c#', 'c-c', 'c++-&-c', 'c-c', 'c-c', 'c++ & c#', 'c++ & c#']],
  ['100% 완료', ['100%-완료', '100-완료', '100-완료', '100', '100', '100% 완료', '100% 완료']],
  ['ÀÆß Œuvre', ['àæß-œuvre', 'àæß-œuvre', 'àæß-œuvre', 'uvre', 'aaess-oeuvre', 'àæß œuvre', 'àæß œuvre']],
  ['x\ny\tz', ['x-y-z', 'x-y-z', 'x-y-z', 'x-y-z', 'x-y-z', 'x\ny\tz', 'x\ny\tz']],
  ['', ['', '', '', '', '', '', '']],
  ['e\u0301te\u0301', ['été', 'été', 'été', 'e-te', 'e-te', 'été', 'été']],
];
const MODES = ['raw', 'default', 'pretty', 'ascii', 'latin', 'none', 'cjk'];

test('every mode matches Jekyll 4.3.1 (output NFC)', () => {
  for (const [input, expected] of CASES) {
    MODES.forEach((mode, i) => assert.equal(slugify(input, { mode }), expected[i]?.normalize('NFC'), `${mode}: ${JSON.stringify(input)}`));
  }
});

test('cased pretty (used for :title) and default mode', () => {
  assert.equal(slugify('The _config.yml file', { mode: 'pretty', cased: true }), 'The-_config.yml-file');
  assert.equal(slugify('Hello World!', { mode: 'pretty', cased: true }), 'Hello-World!');
  assert.equal(slugify('Hello World!'), 'hello-world');
});

test('NFD Korean gives the same slug as NFC', () => {
  const nfc = '한글 제목';
  assert.equal(slugify(nfc.normalize('NFD')), slugify(nfc));
  assert.equal(slugify(nfc.normalize('NFD')), '한글-제목');
});

test('titleize_slug', () => {
  assert.equal(titleizeSlug('hello-wORLD-한글--x'), 'Hello World 한글  X');
  assert.equal(titleizeSlug('Hello World!'), 'Hello world!');
});
