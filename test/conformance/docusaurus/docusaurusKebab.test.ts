// Inline tags' permalinks and tags.yml's default labels are lodash's kebabCase and capitalize, as Docusaurus
// calls them: Postcraft's port (lodashKebabCase.ts) is compared with the lodash Docusaurus installs, on Korean,
// mixed, Latin, emoji and punctuation-heavy names, and on every tag name of the Docusaurus sites the tests use.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lodashCapitalize, lodashKebabCase } from '../../../src/core/generators/docusaurus/lodashKebabCase';
import { askLodash } from './docusaurusOracle';

const names = [
  '한글 태그', 'Next.js 입문', '한국어Mixed', 'Mixed한국어', '도큐사우루스', '서울 2024', '가나다ABC라마바',
  'Go Lang', 'go lang', 'GoLang', 'ReactJS', 'iOS 17', 'HTML5', 'C++ & Rust', 'node_modules', 'foo-bar', '--x--',
  'naïve café', 'Ünïcödé', 'ŉ test', 'Œuvre', 'straße', "it's", 'don’t stop', 'XMLHttpRequest', 'the 1st and 22nd',
  '🎉 party', '👍🏽 ok', '😀😀', 'a—b', '日本語テキスト', 'Кириллица Текст', 'العربية', '  spaced  out  ', '', '___',
  'camelCaseWord', 'PascalCaseWord', 'SCREAMING_SNAKE', 'v2.0.1', '3.10.2 release', 'ÀÉÎÕÜ', 'ǅemal',
];

describe('lodash kebabCase and capitalize, as Docusaurus uses them (asked of its own lodash)', () => {
  it(`agrees on ${names.length} names`, () => {
    const theirs = askLodash(names);
    const ours = names.map((name) => ({ kebab: lodashKebabCase(name), capitalize: lodashCapitalize(name) }));
    assert.deepEqual(ours.map((o, i) => ({ name: names[i], ...o })), theirs.map((t, i) => ({ name: names[i], ...t })));
  });
});
