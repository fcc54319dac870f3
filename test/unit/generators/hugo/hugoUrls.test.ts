import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hugoTermKey, hugoTermRelPermalink, hugoUrlize, hugoMakePath } from '../../../../src/core/generators/hugo/hugoUrls';
import { parsePermalinkPattern } from '../../../../src/core/generators/hugo/hugoPermalinks';
import { readHugoConfig } from '../../../../src/core/generators/hugo/hugoConfig';
import { readSite, rels } from './hugoSite.fixture';

const plain = { disablePathToLower: false, removePathAccents: false };
const fm = (lines: string) => `---\n${lines}\n---\n`;

// hugo 0.111.3 run s3: tags on one page, keys and term RelPermalinks from site.Taxonomies.
test('term keys and term URLs (run s3)', () => {
  const settings = readHugoConfig([]).settings;
  const cases: [string, string, string][] = [
    ['  Go  ', 'go', '/tags/go/'],
    ['Go Lang', 'go-lang', '/tags/go-lang/'],
    ['C++', 'c++', '/tags/c++/'],
    ['C#', 'c#', '/tags/c#/'],
    ['.NET', '.net', '/tags/.net/'],
    ['안녕 Hello', '안녕-hello', '/tags/%EC%95%88%EB%85%95-hello/'],
    ['emoji 🎉 x', 'emoji-x', '/tags/emoji-x/'],
    ['a/b', 'a/b', '/tags/a/b/'],
    ['100%', '100', '/tags/100/'],
    ['%41', '%41', '/tags/%41/'],
    ['50%off', '50off', '/tags/50off/'],
    ['Hello, World!', 'hello-world', '/tags/hello-world/'],
    ['ça va', 'ça-va', '/tags/%C3%A7a-va/'],
    ['x?y', 'xy', '/tags/xy/'],
    ['Ünïcödé', 'ünïcödé', '/tags/%C3%BCn%C3%AFc%C3%B6d%C3%A9/'],
    ['a  b', 'a-b', '/tags/a-b/'],
    ['a - b', 'a-b', '/tags/a-b/'],
    ['a, b', 'a-b', '/tags/a-b/'],
    ['_x_', '_x_', '/tags/_x_/'],
    ['~t', '~t', '/tags/~t/'],
    ['@me', '@me', '/tags/@me/'],
    ['a.b', 'a.b', '/tags/a.b/'],
    ['ÀÉÎ', 'àéî', '/tags/%C3%A0%C3%A9%C3%AE/'],
    ['a\\b', 'a\\b', '/tags/a%5Cb/'],
    ['#hash', '#hash', '/tags/#hash/'],
    ['日本語', '日本語', '/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/'],
    ['한 글', '한-글', '/tags/%ED%95%9C-%EA%B8%80/'],
    ['2.5', '2.5', '/tags/2.5/'],
  ];
  for (const [term, key, rel] of cases) {
    assert.equal(hugoTermKey(term, plain), key, term);
    const url = hugoTermRelPermalink(settings, 'en', 'tags', key, term);
    assert.deepEqual(url, { ok: true, relPermalink: rel }, term);
  }
  for (const dropped of ['', ' ', '!!!', '🎉']) assert.equal(hugoTermKey(dropped, plain), '', dropped);
});

// hugo 0.111.3 runs v2 (removePathAccents) and v3 (disablePathToLower).
test('removePathAccents and disablePathToLower', () => {
  assert.equal(hugoTermKey('Çafé Crème', { disablePathToLower: false, removePathAccents: true }), 'cafe-creme');
  assert.equal(hugoTermKey('Go Lang', { disablePathToLower: true, removePathAccents: false }), 'Go-Lang');
  assert.equal(hugoUrlize('C# in 100%', plain), 'c#-in-100');
  assert.equal(hugoUrlize('C#', plain), 'c', 'url.Parse drops an empty fragment');
  assert.equal(hugoMakePath('İstanbul ΑΣ', plain), 'İstanbul-ΑΣ');
  assert.equal(hugoTermKey('İstanbul ΑΣ', plain), 'istanbul-ασ', 'Go lower-cases rune by rune');
  assert.doesNotThrow(() => hugoUrlize('\ud800 x'.repeat(100_000), plain));
});

// hugo 0.111.3 run s4: baseURL https://example.org/blog/, timeZone Asia/Seoul, [permalinks] with every token.
test('permalinks, slugs, url front matter and default paths (run s4)', () => {
  const config = 'baseURL = "https://example.org/blog/"\ntimeZone = "Asia/Seoul"\n[permalinks]\nPosts = "/:year/:month/:day/:slug/"\n' +
    '"/notes/" = "/n/:section/:sections/:title/:filename/"\nx = "/:monthname/:weekday/:weekdayname/:yearday/:slugorfilename/"\n' +
    'y = "/:sections[1:]/:sections[last]/:2006/:Jan/:02/:filename"\ntags = "/topic/:slug/"\n';
  const { pages, settings } = readSite(config, {
    'content/posts/2024-03-05-hello-world.md': fm('title: "안녕 Hello"\ndate: 2024-03-05T23:30:00-05:00'),
    'content/posts/second.md': fm('title: "Second Post!"\nslug: "My Slug"\ndate: 2024-03-05\ntags: ["", " ", "!!!", "ok"]'),
    'content/posts/Bundle Dir/index.md': fm('title: "B"\ndate: 2024-03-05'),
    'content/notes/sub/deep/Note One.md': fm('title: "Note Title"\ndate: 2024-12-31'),
    'content/x/XFile.md': fm('title: "X"\ndate: 2024-12-31'),
    'content/x/xs.md': fm('title: "X"\nslug: "Sl ug"\ndate: 2024-12-31'),
    'content/y/a/b/F.md': fm('title: "Y"\ndate: 2024-02-03'),
    'content/Other/Dir/한글 파일.md': fm('title: "K"'),
    'content/other/u.md': fm('title: "U"\nurl: "/Custom Path/한글/"'),
    'content/other/u2.md': fm('title: "U2"\nurl: "rel/path.html"'),
    'content/other/u3.md': fm('title: "U3"\nurl: "/no-slash"'),
    'content/other/u4.md': fm('title: "U4"\nslug: index'),
    'content/top.md': fm('title: "Top"'),
    'content/leaf/index.md': fm('title: "Leaf"'),
  });
  assert.deepEqual(rels(pages), [
    'Other/Dir/한글 파일.md en /blog/other/dir/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC/',
    'leaf/index.md en /blog/leaf/',
    'notes/sub/deep/Note One.md en /blog/n/notes/notes/note-title/note-one/',
    'other/u.md en /blog/Custom%20Path/%ED%95%9C%EA%B8%80/',
    'other/u2.md en /blog/rel/path.html',
    'other/u3.md en /blog/no-slash/',
    'other/u4.md en /blog/other/',
    'posts/2024-03-05-hello-world.md en /blog/2024/03/05/%EC%95%88%EB%85%95-hello/',
    'posts/Bundle Dir/index.md en /blog/2024/03/05/b/',
    'posts/second.md en /blog/2024/03/05/my-slug/',
    'top.md en /blog/top/',
    'x/XFile.md en /blog/december/2/tuesday/366/xfile/',
    'x/xs.md en /blog/december/2/tuesday/366/sl-ug/',
    'y/a/b/F.md en /blog/2024/feb/03/f/',
  ]);
  assert.equal(pages.find((p) => p.path === 'posts/2024-03-05-hello-world.md')?.date, '2024-03-05T23:30:00-05:00');
  assert.deepEqual(hugoTermRelPermalink(settings, 'en', 'tags', 'ok', 'ok'), { ok: true, relPermalink: '/blog/topic/ok/' });
});

// hugo 0.111.3 runs s5, s6: `:sections` are those of the nearest folder with an _index file; a root section
// Hugo made up (no _index) has the entries [section, ""].
test(':sections and :sections[...] (runs s5, s6)', () => {
  const config = '[permalinks]\ny = "/:sections[last]/:filename/"\nz = "/:sections[1:]/:filename/"\nw = "/:sections/:sections[0]/:sections[:1]/:filename/"\nv = "/:sections/A:sections[last]/B:sections[0]/C:sections[0:]/:filename/"\n';
  const files: Record<string, string> = {
    'content/y/a/b/F.md': fm('title: Y'),
    'content/y/a/_index.md': fm('title: YA'),
    'content/y/a/b/_index.md': fm('title: YAB'),
    'content/y/G.md': fm('title: G'),
    'content/z/a/_index.md': fm('title: ZA'),
    'content/z/a/F.md': fm('title: ZF'),
    'content/w/a/_index.md': fm('title: WA'),
    'content/w/a/q/F.md': fm('title: WF'),
    'content/v/F.md': fm('title: F'),
    'content/v/a/F2.md': fm('title: F'),
  };
  assert.deepEqual(rels(readSite(config, files).pages), [
    'v/F.md en /v/a/bv/cv/f/',
    'v/a/F2.md en /v/a/bv/cv/f2/',
    'w/a/q/F.md en /w/a/w/w/f/',
    'y/G.md en /g/',
    'y/a/b/F.md en /b/f/',
    'z/a/F.md en /a/f/',
  ]);
  const withRoot = readSite(config, { ...files, 'content/y/_index.md': fm('title: Y') }).pages;
  assert.equal(withRoot.find((p) => p.path === 'y/G.md')?.rel, '/y/g/');
});

// hugo 0.111.3 run v2: baseURL with a space in its path, removePathAccents, :title of "C++ Tips & Tricks"
// (url.QueryUnescape turns "+" into a space), a term permalink whose :title is urlized "C#" → "c".
test('URL escaping corners (run v2)', () => {
  const config = 'baseURL = "https://example.org/My Blog/"\nremovePathAccents = true\n[permalinks]\nposts = "/:title/"\nNotes = "/n/:slug/"\ntags = "/t/:title/"\n';
  const { pages, settings } = readSite(config, {
    'content/posts/a.md': fm('title: "C++ Tips & Tricks"'),
    'content/posts/b.md': fm('title: "C# in 100%"'),
    'content/posts/c.md': fm('title: "Ünïcödé Título"'),
    'content/Notes/d.md': fm('title: "Notes D"\nslug: "Ça Va"'),
    'content/other/e.md': fm('title: "E"\nurl: "/x?y=1#frag"'),
    'content/other/f.md': fm('title: "F"\nurl: "/a b/c.json"'),
    'content/other/Ça.md': fm('title: "cedilla file"'),
    'content/other/g.md': fm('title: "G"\nurl: "/Upper/Path"'),
  });
  assert.deepEqual(rels(pages), [
    'Notes/d.md en /My Blog/notes/ca-va/',
    'other/e.md en /My Blog/x?y=1#frag/',
    'other/f.md en /My Blog/a%20b/c.json',
    'other/g.md en /My Blog/Upper/Path/',
    'other/Ça.md en /My Blog/other/ca/',
    'posts/a.md en /My Blog/c-tips-tricks/',
    'posts/b.md en /My Blog/c#-in-100/',
    'posts/c.md en /My Blog/unicode-titulo/',
  ]);
  assert.deepEqual(hugoTermRelPermalink(settings, 'en', 'tags', 'c#', 'C#'), { ok: true, relPermalink: '/My Blog/t/c/' });
  assert.deepEqual(hugoTermRelPermalink(settings, 'en', 'tags', 'cafe-creme', 'Çafé Crème'), { ok: true, relPermalink: '/My Blog/t/cafe-creme/' });
});

// hugo 0.111.3 run v3: canonifyURLs (no base path), disablePathToLower, uglyURLs per section, languages en+ko
// with defaultContentLanguageInSubdir.
test('canonifyURLs, disablePathToLower, uglyURLs by section, language prefixes (run v3)', () => {
  const config = 'baseURL = "https://example.org/blog/"\ncanonifyURLs = true\ndisablePathToLower = true\ndefaultContentLanguageInSubdir = true\n[uglyURLs]\nPosts = true\n[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n';
  const { pages, settings } = readSite(config, {
    'content/Posts/Hello World.md': fm('title: "Hello"'),
    'content/Posts/Hello World.ko.md': fm('title: "안녕"'),
    'content/posts/lower.md': fm('title: "lower"'),
    'content/Other/Bundle/index.ko.md': fm('title: "번들"'),
  });
  assert.deepEqual(rels(pages), [
    'Other/Bundle/index.ko.md ko /ko/Other/Bundle/',
    'Posts/Hello World.ko.md ko /ko/Posts/Hello-World/',
    'Posts/Hello World.md en /en/Posts/Hello-World/',
    'posts/lower.md en /en/posts/lower.html',
  ]);
  assert.deepEqual(hugoTermRelPermalink(settings, 'ko', 'tags', 'Go-Lang', 'Go Lang'), { ok: true, relPermalink: '/ko/tags/Go-Lang/' });
});

// hugo 0.111.3 run c3 (uglyURLs = true, permalink ":year/:slug" without a leading slash, no date).
test('ugly URLs and the zero date in a permalink', () => {
  const { pages } = readSite('uglyURLs = true\n[permalinks]\nposts = ":year/:slug"\n', { 'content/posts/a.md': fm('title: a') });
  assert.deepEqual(rels(pages), ['posts/a.md en /1/a.html']);
});

test('permalink patterns Hugo refuses', () => {
  assert.equal(parsePermalinkPattern('/:year/:month/').ok, true);
  assert.equal(parsePermalinkPattern('/:2006/:Jan/:02/').ok, true);
  assert.equal(parsePermalinkPattern('/:PM/').ok, false, 'formats to itself, so it is no layout');
  assert.equal(parsePermalinkPattern('/:foo/').ok, false);
  assert.equal(parsePermalinkPattern('/a//b/').ok, false);
  assert.equal(parsePermalinkPattern('').ok, false);
  const { pages } = readSite('[permalinks]\nposts = "/:nope/"\n', { 'content/posts/a.md': fm('title: a') });
  assert.deepEqual(rels(pages), ['posts/a.md en /posts/a/'], 'an invalid pattern is not applied (Hugo would stop)');
});

test('url with a protocol is refused', () => {
  const { pages } = readSite('', { 'content/p/a.md': fm('url: "https://x.example/a"') });
  assert.match(pages[0]?.rel ?? '', /^ERROR URLs with protocol/);
});
