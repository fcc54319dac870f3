import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { categoriesFromPath, mergeCategories, populateCategories, populateTags, taxonomyFindings } from '../../../src/core/taxonomy';
import { countWords, countWordsInText, jekyllNumberOfWords, readingMinutes } from '../../../src/core/wordCount';
import { extractExcerpt } from '../../../src/core/excerpt';

test('categories from folders above _posts only', () => {
  assert.deepEqual(categoriesFromPath('tech/web/_posts/2024-01-01-x.md', '_posts'), ['tech', 'web']);
  assert.deepEqual(categoriesFromPath('_posts/sub/2024-01-01-x.md', '_posts'), []);
  assert.deepEqual(categoriesFromPath('my_posts_blog/_posts/x.md', '_posts'), ['my']);
});

test('Jekyll rules for categories and tags', () => {
  assert.deepEqual(populateCategories({ categories: ['dev', '일상'], category: 'Solo Cat' }), ['dev', '일상', 'Solo Cat']);
  assert.deepEqual(populateCategories({ categories: [2024, 1.5, true, null] }), ['2024', '1.5', 'true', '']);
  assert.deepEqual(populateTags({ tags: 'a a 2024' }), ['a', 'a', '2024']);
  assert.deepEqual(populateTags({ tag: ['x'], tags: 'y' }), ['x']);
  assert.deepEqual(populateTags({ tag: 'solo tag' }), ['solo tag']);
  assert.deepEqual(populateTags({ tags: 2024 }), []);
  assert.deepEqual(populateTags({ tags: [1, [2, [3]], null] }), ['1', '2', '3']);
  assert.deepEqual(mergeCategories(['tech'], 'a b'), { ok: true, value: ['tech', 'a', 'b'] });
  assert.equal(mergeCategories(['tech'], 2024).ok, false);
});

test('findings: case, spacing, NFC/NFD, full/half width, commas', () => {
  const names = ['JavaScript', 'javascript', 'Java Script', '한글', '한글'.normalize('NFD'), 'ＡＢＣ', 'ABC', 'a,b', 'solo'];
  const f = taxonomyFindings(names, 'tag');
  const similar = f.filter((x) => x.code === 'taxonomy.similarNames').map((x) => x.names.length).sort();
  assert.deepEqual(similar, [2, 2, 3]);
  assert.ok(f.some((x) => x.code === 'taxonomy.comma' && x.names[0] === 'a,b'));
});

test('word count rule: Hangul by spaced words, Han/kana per character', () => {
  assert.deepEqual(countWordsInText('안녕하세요 저는 개발자입니다'), { words: 3, cjkChars: 0 });
  assert.deepEqual(countWordsInText('hello world - 123'), { words: 3, cjkChars: 0 });
  assert.deepEqual(countWordsInText('日本語のテキスト abc'), { words: 1, cjkChars: 8 });
  assert.deepEqual(countWordsInText('漢字abc漢字'), { words: 1, cjkChars: 4 });
});

test('Liquid, HTML and Markdown syntax are not counted', () => {
  const body = '# 제목\n\n{% include toc %}\n{{ page.title }}\n<div class="x">안녕 세상</div>\n\n![그림](/a.png) [링크](http://x.y/z)\n\n- 항목\n{% comment %}숨김 숨김{% endcomment %}\n```js\ncode here\n```\n';
  assert.deepEqual(countWords(body), { words: 8, cjkChars: 0 });
});

test('reading time: ceil, at least 1, words_per_minute', () => {
  assert.equal(readingMinutes({ words: 0, cjkChars: 0 }), 1);
  assert.equal(readingMinutes({ words: 201, cjkChars: 0 }), 2);
  assert.equal(readingMinutes({ words: 300, cjkChars: 0 }, { wordsPerMinute: 300 }), 1);
  assert.equal(readingMinutes({ words: 100, cjkChars: 500 }), 2);
});

test("Jekyll's number_of_words modes", () => {
  assert.equal(jekyllNumberOfWords('안녕 하세요 hello'), 3);
  assert.equal(jekyllNumberOfWords('안녕 hello', 'cjk'), 3);
  assert.equal(jekyllNumberOfWords('plain words', 'auto'), 2);
});

test('excerpt: separator, front matter excerpt, CRLF keeps whole content as Jekyll', () => {
  assert.equal(extractExcerpt('첫 문단.\n\n둘째', '\n\n', undefined)?.raw, '첫 문단.');
  assert.equal(extractExcerpt('a\r\n\r\nb', '\n\n', undefined)?.raw, 'a\r\n\r\nb');
  assert.equal(extractExcerpt('a <!--more--> b', '<!--more-->', undefined)?.raw, 'a ');
  assert.equal(extractExcerpt('body', '\n\n', '직접 쓴 요약')?.text, '직접 쓴 요약');
  assert.equal(extractExcerpt('body', '', undefined), undefined);
});

test('script and style contents are neither counted nor shown in excerpts', () => {
  const body = 'before <script>alert("x")</script> <STYLE type="text/css">p { color: red }</STYLE> after';
  assert.deepEqual(countWords(body), countWords('before after'));
  assert.equal(extractExcerpt(body, '\n\n', undefined)?.text, 'before after');
});
