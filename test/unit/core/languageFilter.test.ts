import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { activeLanguage, filterLanguages, postsInLanguage } from '../../../src/core/languageFilter';
import { groupByKey } from '../../../src/core/taxonomyGroups';
import type { PostSummary } from '../../../src/core/postSummary';

function post(path: string, lang: string | undefined, tags: readonly string[], willPublish = true): PostSummary {
  return {
    path, status: willPublish ? 'published' : 'draft', willPublish, isDraft: !willPublish, markedUnpublished: false, date: undefined,
    title: path, slug: path, categories: [], tags, layout: undefined, url: willPublish ? `/${path}/` : undefined,
    frontMatterLines: undefined, problems: [], keys: [], ...(lang === undefined ? {} : { lang }),
  };
}

const posts = [post('a', 'en', ['hugo', 'travel']), post('b', 'ko', ['hugo', '여행']), post('c', 'ko', ['hugo'], false), post('d', 'ko', ['Hugo']), post('e', undefined, ['hugo'])];

test('a language filter keeps the posts in the language and those without one, in order', () => {
  assert.equal(postsInLanguage(posts, undefined), posts);
  assert.deepEqual(postsInLanguage(posts, 'ko').map((p) => p.path), ['b', 'c', 'd', 'e']);
  assert.deepEqual(postsInLanguage(posts, 'en').map((p) => p.path), ['a', 'e']);
  assert.deepEqual(postsInLanguage(posts, 'fr').map((p) => p.path), ['e']);
});

test('taxonomy counts follow the filter (the published posts of the language, by key)', () => {
  const counts = (lang: string | undefined): Record<string, number> =>
    Object.fromEntries([...groupByKey(postsInLanguage(posts, lang), 'tags', (n) => n.toLowerCase()).values()].map((g) => [g.key, g.posts.length]));
  assert.deepEqual(counts(undefined), { hugo: 4, travel: 1, 여행: 1 });
  assert.deepEqual(counts('ko'), { hugo: 3, 여행: 1 });
  assert.deepEqual(counts('en'), { hugo: 2, travel: 1 });
});

test('the languages offered: every open site\'s, each once, in the sites\' order, named where any site names it', () => {
  assert.deepEqual(filterLanguages([]), []);
  assert.deepEqual(
    filterLanguages([[{ code: 'en', name: '' }, { code: 'ko', name: '한국어' }], [], [{ code: 'ja', name: '日本語' }, { code: 'en', name: 'English' }, { code: 'ko', name: 'Korean' }]]),
    [{ code: 'en', name: 'English' }, { code: 'ko', name: '한국어' }, { code: 'ja', name: '日本語' }],
  );
});

test('a remembered language filters while an open site has it, and is kept otherwise', () => {
  const languages = [{ code: 'en', name: 'English' }, { code: 'ko', name: '한국어' }];
  assert.equal(activeLanguage('ko', languages), 'ko');
  assert.equal(activeLanguage(undefined, languages), undefined);
  assert.equal(activeLanguage('fr', languages), undefined);
  assert.equal(activeLanguage('ko', []), undefined);
});
