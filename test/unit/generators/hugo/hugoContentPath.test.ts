import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hugoContentMounts, readHugoContentPath } from '../../../../src/core/generators/hugo/hugoContentPath';
import { hugoFolderIndex, isHugoHtmlContent } from '../../../../src/core/generators/hugo/hugoBundleHeaders';
import { readHugoConfig } from '../../../../src/core/generators/hugo/hugoConfig';
import { readSite } from './hugoSite.fixture';

const fm = (lines: string) => `---\n${lines}\n---\n`;

// hugo 0.111.3 run s7: which files become pages (site.AllPages with .File), and as what.
test('what is a page, a bundle, a resource or ignored (run s7)', () => {
  const files: Record<string, string> = {
    'content/p/a.mkd': fm('title: mkd'),
    'content/p/b.mkdn': fm('title: mkdn'),
    'content/p/c.MD': fm('title: upperMD'),
    'content/p/_under.md': fm('title: under'),
    'content/p/#hash.md': fm('title: hash'),
    'content/p/tilde.md~': fm('title: tilde'),
    'content/p/.hidden.md': fm('title: hidden'),
    'content/.hdir/x.md': fm('title: hdir'),
    'content/_udir/x.md': fm('title: udir'),
    'content/p/skipme.md': fm('title: skip'),
    'content/abs/x.md': fm('title: abs'),
    'content/p/upper.md': fm('title: upper'),
    'content/p/x.ko.md': fm('title: ko-suffix'),
    'content/p/y.en.md': fm('title: en-suffix'),
    'content/p/d.rest': fm('title: rest'),
    'content/p/e.pdc': fm('title: pdc'),
    'content/p/f.html': fm('title: html-fm'),
    'content/p/g.html': '<p>raw html</p>\n',
    'content/p/h.htm': '<!-- comment -->\n---\ntitle: htm-comment\n---\n',
    'content/both/index.md': fm('title: both-index'),
    'content/both/_index.md': fm('title: both-_index'),
    'content/leafb/index.md': fm('title: leafb'),
    'content/leafb/other.md': fm('title: leafb-other'),
    'content/leafb/sub/index.md': fm('title: leafb-sub-index'),
    'content/leafb/sub/z.md': fm('title: leafb-sub-z'),
    'content/p/index.html': '<html></html>\n',
    'content/p/q.md': fm('title: q'),
  };
  const { settings } = readHugoConfig([{ file: 'hugo.toml', text: 'ignoreFiles = ["skipme", "^/tmp/s7/content/abs", "(?i)UPPER"]' }]);
  const isHtmlContent = (p: string) => isHugoHtmlContent(files[p] ?? '');
  const folders = hugoFolderIndex(Object.keys(files), isHtmlContent);
  const context = { folders, isHtmlContent, siteRoot: '/tmp/s7' };
  const summary = Object.keys(files).sort().map((path) => {
    const r = readHugoContentPath(path, settings, context);
    if (r.kind !== 'content') return `${path} ${r.kind}`;
    const x = r.readings[0];
    return `${path} ${x?.class} ${x?.lang} ${JSON.stringify(x?.section)} ${x?.contentBaseName}`;
  });
  assert.deepEqual(summary, [
    'content/.hdir/x.md ignored',
    'content/_udir/x.md page en "_udir" x',
    'content/abs/x.md ignored',
    'content/both/_index.md branch en "both" both',
    'content/both/index.md page en "both" index',
    'content/leafb/index.md leaf en "" leafb',
    'content/leafb/other.md resource en "leafb" other',
    'content/leafb/sub/index.md resource en "leafb" index',
    'content/leafb/sub/z.md resource en "leafb" z',
    'content/p/#hash.md ignored',
    'content/p/.hidden.md ignored',
    'content/p/_under.md page en "p" _under',
    'content/p/a.mkd notContent en "p" a',
    'content/p/b.mkdn notContent en "p" b',
    'content/p/c.MD notContent en "p" c',
    'content/p/d.rest page en "p" d',
    'content/p/e.pdc page en "p" e',
    'content/p/f.html page en "p" f',
    'content/p/g.html notContent en "p" g',
    'content/p/h.htm page en "p" h',
    'content/p/index.html notContent en "p" index',
    'content/p/q.md page en "p" q',
    'content/p/skipme.md ignored',
    'content/p/tilde.md~ ignored',
    'content/p/upper.md ignored',
    'content/p/x.ko.md page en "p" x.ko',
    'content/p/y.en.md page en "p" y',
  ]);
  assert.deepEqual(readHugoContentPath('static/x.md', settings, context), { kind: 'outside' });
  assert.deepEqual(readHugoContentPath('content', settings, context), { kind: 'outside' });
});

// hugo 0.111.3 run s7: URLs of the same pages (x.ko.md without a ko language keeps ".ko" in its URL).
test('URLs of odd names (run s7)', () => {
  const { pages } = readSite('', {
    'content/p/x.ko.md': fm('title: ko-suffix'),
    'content/p/y.en.md': fm('title: en-suffix'),
    'content/both/index.md': fm('title: both-index'),
    'content/both/_index.md': fm('title: both-_index'),
    'content/leafb/index.md': fm('title: leafb'),
    'content/_udir/x.md': fm('title: udir'),
  });
  assert.deepEqual(pages.map((p) => `${p.path} ${p.rel}`), [
    '_udir/x.md /_udir/x/',
    'both/index.md /both/',
    'leafb/index.md /leafb/',
    'p/x.ko.md /p/x.ko/',
    'p/y.en.md /p/y/',
  ]);
});

// hugo 0.111.3 run s8: ko (default, content/ko, Asia/Seoul), en (content/en), ja (no contentDir: "content",
// which also holds content/ko and content/en, so their files are read twice). [permalinks] posts = "/:year/:slug/".
test('languages: content folders, suffixes, prefixes and zones (run s8)', () => {
  const config = 'defaultContentLanguage = "ko"\n[languages.KO]\nweight = 1\nlanguageName = "한국어"\ncontentDir = "content/ko"\ntimeZone = "Asia/Seoul"\n' +
    '[languages.en]\nweight = 2\ncontentDir = "content/en"\n[languages.ja]\nweight = 3\n[permalinks]\nposts = "/:year/:slug/"\n';
  const dated = (title: string) => fm(`title: ${title}\ndate: 2024-01-02T10:00:00`);
  const { pages, settings } = readSite(config, {
    'content/ko/posts/a.md': dated('가'),
    'content/ko/posts/b.en.md': dated('b-en-in-ko-dir'),
    'content/en/posts/a.md': dated('A'),
    'content/en/posts/c.ja.md': dated('c-ja'),
    'content/posts/root.md': fm('title: root-content'),
  });
  assert.deepEqual(hugoContentMounts(settings), [{ dir: 'content/ko', lang: 'ko' }, { dir: 'content/en', lang: 'en' }, { dir: 'content', lang: 'ja' }]);
  assert.deepEqual(pages.map((p) => `${p.path} ${p.lang} ${p.section} ${p.rel} ${p.date}`), [
    'en/posts/a.md ja en /ja/en/posts/a/ 2024-01-02T10:00:00Z',
    'en/posts/c.ja.md ja en /ja/en/posts/c/ 2024-01-02T10:00:00Z',
    'ko/posts/a.md ja ko /ja/ko/posts/a/ 2024-01-02T10:00:00Z',
    'ko/posts/b.en.md en ko /en/ko/posts/b/ 2024-01-02T10:00:00Z',
    'posts/a.md en posts /en/2024/a/ 2024-01-02T10:00:00Z',
    'posts/a.md ko posts /2024/%EA%B0%80/ 2024-01-02T10:00:00+09:00',
    'posts/b.en.md en posts /en/2024/b-en-in-ko-dir/ 2024-01-02T10:00:00Z',
    'posts/c.ja.md ja posts /ja/2024/c-ja/ 2024-01-02T10:00:00Z',
    'posts/root.md ja posts /ja/1/root-content/ 0001-01-01T00:00:00Z',
  ]);
});

// hugo 0.111.3 run c3: languages without contentDir share "content"; unsuffixed files are the default language's.
test('languages without content folders', () => {
  const { settings } = readHugoConfig([{ file: 'hugo.toml', text: '[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n' }]);
  assert.deepEqual(hugoContentMounts(settings), [{ dir: 'content' }]);
  const r = readHugoContentPath('content/posts/a.md', settings);
  assert.equal(r.kind === 'content' ? r.readings[0]?.lang : '', 'en');
  const ko = readHugoContentPath('content/posts/a.ko.md', settings);
  assert.equal(ko.kind === 'content' ? `${ko.readings[0]?.lang} ${ko.readings[0]?.translationBaseName}` : '', 'ko a');
  const custom = readHugoConfig([{ file: 'hugo.toml', text: 'contentDir = "./posts-src/"\n' }]).settings;
  assert.deepEqual(hugoContentMounts(custom), [{ dir: 'posts-src', lang: 'en' }]);
});

test('hostile paths never throw', () => {
  const { settings } = readHugoConfig([{ file: 'hugo.toml', text: 'ignoreFiles = ["(a+)+$"]' }]);
  for (const p of ['', '/', 'content/', 'content//x.md', 'content/../x.md', 'x'.repeat(100_000), 'content/\u0000.md', 5 as unknown as string, 'content/' + 'a/'.repeat(5000) + 'x.md']) {
    assert.doesNotThrow(() => readHugoContentPath(p, settings, { folders: hugoFolderIndex(['content/a/index.md']) }));
  }
  assert.equal(isHugoHtmlContent('  \n<!DOCTYPE html>'), false);
  assert.equal(isHugoHtmlContent('---\ntitle: x\n---\n<p>'), true);
});
