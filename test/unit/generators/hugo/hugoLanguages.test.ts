// Each post's language through the generator seam: Hugo's suffix and contentDir rules (the same rules the
// conformance test checks against hugo 0.111.3 on test/fixtures/hugo-sites/multilingual), none on a
// single-language site or a Jekyll one; the snapshot's languages; `postcraft index --json`'s shape.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../../../src/core/config';
import { hugoSiteLanguages } from '../../../../src/core/generators/hugo/hugoLanguages';
import { readHugoConfig } from '../../../../src/core/generators/hugo/hugoConfig';
import { readHugoSiteConfig } from '../../../../src/core/generators/hugo/hugoSiteConfig';
import { SiteModel } from '../../../../src/core/siteModel';
import { siteIndexJson } from '../../../../src/core/siteReport';
import { sameSummary } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';

const now = Date.parse('2026-01-01T00:00:00Z');
const bilingual = [
  'defaultContentLanguage = "en"',
  '[languages.en]\nlanguageName = "English"\nweight = 1',
  '[languages.ko]\nlanguageName = "한국어"\nweight = 2\ncontentDir = "content-ko"',
  '[languages.ja]\nweight = 3\ndisabled = true',
].join('\n');

function hugoModel(configText: string, files: Record<string, string>): SiteModel {
  const { config } = readHugoSiteConfig([{ file: 'hugo.toml', text: configText }]);
  const model = new SiteModel({ config, zone: createTimeZone('UTC').zone, nowMs: now });
  for (const [path, text] of Object.entries(files)) model.upsert({ path, text, mtimeMs: 1 });
  return model;
}

const page = (title: string, tags: readonly string[] = []): string => `---\ntitle: ${title}\ndate: 2024-01-02\ntags: [${tags.join(', ')}]\n---\nbody\n`;

test('the languages Hugo builds: by weight (0 last), then code; disabled ones left out; one language is none', () => {
  const langs = (text: string): string[] => hugoSiteLanguages(readHugoConfig([{ file: 'hugo.toml', text }]).settings).map((l) => l.code);
  assert.deepEqual(langs('[languages.ko]\nweight = 2\n[languages.en]\nweight = 1\n[languages.ja]\n[languages.de]\nweight = 3\n'), ['en', 'ko', 'de', 'ja']);
  assert.deepEqual(langs('[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\ndisabled = true\n'), []);
  assert.deepEqual(langs('disableLanguages = ["fr"]\n[languages.en]\n[languages.ko]\n[languages.fr]\n'), ['en', 'ko']);
  assert.deepEqual(langs('title = "one"\n'), []);
  assert.deepEqual(langs('defaultContentLanguage = "ko"\n[languages.ko]\nlanguageName = "한국어"\n'), []);
  assert.deepEqual(hugoSiteLanguages(readHugoConfig([{ file: 'hugo.toml', text: bilingual }]).settings), [{ code: 'en', name: 'English' }, { code: 'ko', name: '한국어' }]);
});

test('each post knows its language: a suffix, else its content folder\'s language, else the default', () => {
  const model = hugoModel(bilingual, {
    'content/posts/hello.md': page('Hello'),
    'content/posts/hello.ko.md': page('안녕'),
    'content/posts/only.en.md': page('Only'),
    'content/posts/trip/index.md': page('Trip'),
    'content-ko/posts/trip/index.md': page('여행'),
    'content-ko/posts/seoul.md': page('서울'),
    // A suffix that names no language is part of the name.
    'content/posts/notes.fr.md': page('Notes'),
    // A disabled language's pages are not built, nor posts.
    'content/posts/hello.ja.md': page('こんにちは'),
  });
  const snapshot = model.snapshot();
  assert.deepEqual(Object.fromEntries(snapshot.posts.map((p) => [p.path, p.lang])), {
    'content/posts/hello.md': 'en',
    'content/posts/hello.ko.md': 'ko',
    'content/posts/only.en.md': 'en',
    'content/posts/trip/index.md': 'en',
    'content-ko/posts/trip/index.md': 'ko',
    'content-ko/posts/seoul.md': 'ko',
    'content/posts/notes.fr.md': 'en',
  });
  assert.deepEqual(snapshot.languages.map((l) => l.code), ['en', 'ko']);
  assert.equal(model.get('content/posts/hello.ko.md')?.url, '/ko/posts/hello/');
});

test('a single-language Hugo site and a Jekyll site give posts no language, and the index JSON keeps its shape', () => {
  const single = hugoModel('defaultContentLanguage = "ko"\n', { 'content/posts/a.md': page('가', ['x']), 'content/posts/b.ko.md': page('나') });
  assert.deepEqual(single.snapshot().posts.map((p) => p.lang), [undefined, undefined]);
  assert.deepEqual(single.snapshot().languages, []);
  const singleJson = siteIndexJson(single.snapshot(), 'hugo');
  for (const post of singleJson.posts) assert.equal(Object.hasOwn(post, 'lang'), false);

  const { config } = parseConfig('timezone: UTC\n');
  const jekyll = new SiteModel({ config, zone: createTimeZone('UTC').zone, nowMs: now });
  jekyll.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ntitle: a\n---\n', mtimeMs: 1 });
  assert.equal(jekyll.get('_posts/2024-01-01-a.md')?.lang, undefined);
  assert.deepEqual(jekyll.snapshot().languages, []);
  assert.equal(Object.hasOwn(siteIndexJson(jekyll.snapshot(), 'jekyll').posts[0] ?? {}, 'lang'), false);

  const multi = hugoModel(bilingual, { 'content/posts/a.md': page('A'), 'content/posts/a.ko.md': page('가') });
  assert.deepEqual(siteIndexJson(multi.snapshot(), 'hugo').posts.map((p) => [p.path, p.lang]), [['content/posts/a.md', 'en'], ['content/posts/a.ko.md', 'ko']]);
});

test('a change of language alone is a change the views hear of', () => {
  const model = hugoModel(bilingual, { 'content/posts/a.md': page('A') });
  const before = model.get('content/posts/a.md');
  assert.ok(before);
  assert.equal(sameSummary(before, { ...before, lang: 'ko' }), false);
  assert.equal(sameSummary(before, { ...before }), true);
});
