// The Hugo oracle itself, on the project's Hugo sites and the Hugo sites of the shared corpus. Every expectation
// below was read from the files by hand (or is the README's table for the hard cases), so an oracle that silently
// reads nothing, or reads the wrong thing, fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { askHugo, type HugoPage, type HugoReading } from './hugoOracle';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const hardCases = path.join(root, 'test', 'fixtures', 'hugo-sites', 'hard-cases');
const sample = path.join(root, 'samples', 'hugo-blog');

/** Asks Hugo once per site, and says how long it took (a figure for the reader, not an assertion). */
function reading(site: string): () => HugoReading {
  let answer: HugoReading | undefined;
  before(() => {
    const start = performance.now();
    answer = askHugo(site);
    console.log(`${path.basename(site)}: ${answer.pages.length} pages read by Hugo ${answer.hugoVersion} in ${Math.round(performance.now() - start)} ms`);
  });
  return () => {
    assert.ok(answer);
    return answer;
  };
}

function page(hugo: HugoReading, file: string, lang?: string): HugoPage {
  const found = hugo.pages.find((p) => p.path === file && (lang === undefined || p.lang === lang));
  assert.ok(found, `Hugo lists ${file}`);
  return found;
}

/** The files of a site, to show that asking Hugo leaves it as it was. */
function listing(site: string): string[] {
  return (fs.readdirSync(site, { recursive: true, encoding: 'utf8' })).sort();
}

describe('Hugo oracle: the hard-cases fixture', () => {
  const hugo = reading(hardCases);

  it('lists regular pages only, in both languages, with the site settings', () => {
    const { pages, languages } = hugo();
    assert.equal(pages.length, 24);
    assert.equal(pages.filter((p) => p.lang === 'ko').length, 23);
    const paths = pages.map((p) => p.path);
    assert.ok(paths.includes('content/posts/bundle/index.md'));
    assert.ok(paths.includes('content/posts/raw-page.html'));
    assert.ok(!paths.includes('content/posts/_index.md'), 'a branch bundle is not a page');
    assert.ok(!paths.includes('content/posts/headless/index.md'), 'a headless bundle is not listed');
    assert.equal(hugo().defaultLanguage, 'ko');
    assert.deepEqual(languages.map((l) => [l.lang, l.name, l.timeZone]), [['ko', '한국어', 'Asia/Seoul'], ['en', 'English', 'Asia/Seoul']]);
    assert.deepEqual(hugo().sections, ['journal', 'notes', 'posts']);
    assert.deepEqual(hugo().mainSections, ['posts']);
  });

  it('reads dates in the time zone unless they carry an offset', () => {
    const h = hugo();
    assert.equal(page(h, 'content/posts/toml-local-datetime.md').date, '2024-01-02T10:00:00+09:00');
    assert.equal(page(h, 'content/posts/yaml-naive-string.md').date, '2024-01-03T09:30:00+09:00');
    assert.equal(page(h, 'content/posts/json-front-matter.md').date, '2024-01-04T08:00:00Z');
    assert.equal(page(h, 'content/posts/offset-date.md').date, '2024-01-31T20:00:00-05:00');
    assert.equal(page(h, 'content/posts/offset-date.md').relPermalink, '/2024/01/a-date-with-its-own-offset/');
    assert.equal(page(h, 'content/posts/date-only-yaml.md').date, '2024-02-01T00:00:00+09:00');
    assert.equal(page(h, 'content/posts/date-only-toml.md').date, '2024-02-02T00:00:00+09:00');
  });

  it('takes the date and slug from the file name first, as the [frontmatter] chain says', () => {
    const walk = page(hugo(), 'content/journal/2024-03-05-spring-walk.md');
    assert.deepEqual([walk.date, walk.publishDate, walk.slug, walk.relPermalink], ['2024-03-05T00:00:00+09:00', '0001-01-01T00:00:00Z', 'spring-walk', '/journal/2024-03-05-spring-walk/']);
    const both = page(hugo(), 'content/journal/2024-04-01-name-beats-key.md');
    assert.deepEqual([both.date, both.publishDate], ['2024-04-01T00:00:00+09:00', '2023-12-25T09:00:00+09:00']);
    assert.equal(page(hugo(), 'content/posts/2023-05-05-named-date.md').relPermalink, '/2023/05/named-date/');
  });

  it('builds URLs from permalinks, slug and url', () => {
    const h = hugo();
    assert.equal(page(h, 'content/posts/slug-override.md').relPermalink, '/2024/02/custom-slug/');
    assert.equal(page(h, 'content/posts/url-override.md').relPermalink, '/special/place/');
    assert.equal(page(h, 'content/posts/korean-title.md').relPermalink, '/2024/03/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9-%EA%B8%80/');
    assert.equal(page(h, 'content/notes/first-note.md').relPermalink, '/notes/first-note-hello-world/');
    assert.equal(page(h, 'content/posts/bilingual/index.en.md', 'en').relPermalink, '/en/2024/03/bilingual/');
    assert.equal(page(h, 'content/posts/bilingual/index.ko.md', 'ko').relPermalink, '/2024/03/bilingual/');
    assert.equal(page(h, 'content/posts/code-block.md').title, 'Front matter delimiters inside a code block');
  });

  it('publishes all but the drafts, the future and the expired page', () => {
    const h = hugo();
    assert.deepEqual(h.pages.filter((p) => !p.published).map((p) => p.path), ['content/posts/draft-yes.md', 'content/posts/draft.md', 'content/posts/expired.md', 'content/posts/future.md']);
    const yes = page(h, 'content/posts/draft-yes.md');
    assert.equal(yes.draft, true, 'YAML 1.1: yes is true');
    assert.equal(yes.params['featured'], true, 'YAML 1.1: on is true');
    assert.equal(page(h, 'content/posts/future.md').draft, false);
    assert.equal(page(h, 'content/posts/expired.md').expiryDate, '2020-01-01T00:00:00+09:00');
  });

  it('keys, names and counts terms as Hugo does', () => {
    const h = hugo();
    const tags = h.taxonomies['tags'] ?? {};
    // Three posts, the headless bundle and the section's _index.md; the _index.md spelling names it.
    assert.deepEqual(tags['go-lang'], { name: 'go lang', count: 5, countAll: 5, relPermalink: '/tags/go-lang/' });
    assert.deepEqual(tags['한글-태그'], { name: '한글 태그', count: 2, countAll: 2, relPermalink: '/tags/%ED%95%9C%EA%B8%80-%ED%83%9C%EA%B7%B8/' });
    assert.deepEqual(tags['drafts-only'], { name: 'drafts only', count: 0, countAll: 1, relPermalink: '/tags/drafts-only/' });
    assert.equal(h.taxonomies['series']?.['hard-cases']?.count, 3);
    assert.deepEqual(page(h, 'content/posts/yaml-naive-string.md').terms, { categories: ['formats'], series: ['hard-cases'], tags: ['go-lang', '한글-태그'] });
    assert.deepEqual(page(h, 'content/posts/bilingual/index.en.md', 'en').terms['tags'], ['translation']);
    assert.deepEqual(Object.keys(h.languages.find((l) => l.lang === 'en')?.taxonomies['tags'] ?? {}), ['translation']);
  });

  it('leaves the site as it was', () => {
    const before = listing(hardCases);
    askHugo(hardCases);
    assert.deepEqual(listing(hardCases), before);
  });
});

describe('Hugo oracle: the bundles fixture', () => {
  const hugo = reading(path.join(root, 'test', 'fixtures', 'hugo-sites', 'bundles'));

  it('takes a leaf bundle\'s Markdown files for resources, and index.md beside _index.md for a page', () => {
    const h = hugo();
    assert.deepEqual(h.pages.map((p) => p.path).sort(), [
      'content/guides/deep/page.md',
      'content/guides/index.md',
      'content/guides/loose/page2.md',
      'content/posts/plain.md',
      'content/posts/trip/index.md',
    ]);
    assert.equal(h.taxonomies['tags']?.['resource-only'], undefined, 'a resource\'s tags are no term');
  });

  it('joins :sections from the nearest folder with an _index.md', () => {
    const h = hugo();
    assert.equal(page(h, 'content/guides/deep/page.md').relPermalink, '/guides/deep/page/');
    assert.equal(page(h, 'content/guides/loose/page2.md').relPermalink, '/guides/page2/');
    // :filename of an index.md is its folder's name; the link keeps it (Go's TrimSuffix trims only "index").
    assert.equal(page(h, 'content/guides/index.md').relPermalink, '/guides/guides/');
  });
});

describe('Hugo oracle: the sample blog', () => {
  const hugo = reading(sample);

  it('reads its posts, bundles, scheduling and series, in Korean and (one translation) English', () => {
    const h = hugo();
    assert.equal(h.pages.length, 11);
    assert.deepEqual(h.languages.map((l) => l.lang), ['ko', 'en']);
    assert.deepEqual(h.pages.filter((p) => p.lang === 'en').map((p) => [p.path, p.relPermalink]), [['content/posts/half-year-review.en.md', '/en/2024/07/2024-half-year-review/']]);
    assert.equal(page(h, 'content/posts/hugo-first-steps/index.md').relPermalink, '/2024/02/moving-to-hugo/');
    assert.equal(page(h, 'content/posts/front-matter-formats.md').date, '2024-03-09T14:00:00+09:00');
    assert.deepEqual(h.pages.filter((p) => !p.published).map((p) => p.path), ['content/posts/comment-systems.md', 'content/posts/hello-from-the-future.md', 'content/posts/meetup-notice.md']);
    assert.deepEqual(h.taxonomies['series']?.['휴고-입문'], { name: '휴고 입문', count: 3, countAll: 3, relPermalink: '/series/%ED%9C%B4%EA%B3%A0-%EC%9E%85%EB%AC%B8/' });
    assert.deepEqual(h.mainSections, ['posts']);
  });
});

describe('Hugo oracle: the corpus', () => {
  if (!fs.existsSync(corpus)) {
    if (process.env['CI'] === 'true') throw new Error(`the shared corpus is missing at ${corpus}`);
    console.log(`hugo oracle: ${corpus} is absent, so the corpus sites were skipped`);
    return;
  }

  describe('golangkorea-hugo (a missing theme, TOML, drafts)', () => {
    const hugo = reading(path.join(corpus, 'golangkorea__golangkorea-hugo'));

    it('reads its 27 posts and 5 author pages', () => {
      const h = hugo();
      assert.equal(h.pages.filter((p) => p.section === 'post').length, 27);
      assert.equal(h.pages.filter((p) => p.section === 'author').length, 5);
      const basics = page(h, 'content/post/hugo-intro/content-basic.md');
      assert.equal(basics.title, '시리즈 #2 - 컨텐츠 제작 기초', 'not the title in its code block');
      assert.equal(basics.relPermalink, '/post/hugo-intro/content-basic/');
      assert.equal(page(h, 'content/post/go-start/getting-start.md').date, '2016-08-28T15:10:07+08:30');
      assert.deepEqual(h.pages.filter((p) => !p.published).map((p) => p.path), ['content/author/mingrammer.md', 'content/post/go-start/concurrency.md', 'content/post/hugo-advanced/overview.md']);
    });

    it('merges near-duplicate terms', () => {
      const h = hugo();
      // "How to" and "How-to" in 12 front matters, two of them drafts.
      assert.deepEqual(h.taxonomies['categories']?.['how-to'], { name: 'How-to', count: 10, countAll: 12, relPermalink: '/categories/how-to/' });
      assert.equal(h.taxonomies['tags']?.['golang']?.count, 12);
      assert.equal(h.taxonomies['series']?.['go-walkthrough']?.name, 'Go  Walkthrough');
      assert.deepEqual(Object.keys(h.taxonomies).sort(), ['authors', 'categories', 'series', 'tags']);
    });
  });

  describe('blog.ubuntu-kr.org (a missing theme and its shortcodes, two languages)', () => {
    const hugo = reading(path.join(corpus, 'ubuntu-kr__blog.ubuntu-kr.org'));

    it('reads both languages by file-name suffix', () => {
      const h = hugo();
      assert.equal(h.pages.length, 23);
      assert.equal(h.pages.filter((p) => p.lang === 'en').length, 5);
      assert.equal(page(h, 'content/post/louca23/index.en.md', 'en').relPermalink, '/en/2023/11/01/louca23/');
      const english = page(h, 'content/post/hanjp-im-gnome-kr-joint-meetup-en/index.md');
      assert.deepEqual([english.lang, english.date], ['ko', '2018-05-19T00:00:00Z']);
      assert.equal(page(h, 'content/post/jamme-jellyfish-release-notes/index.md').title, '우분투 22.04 LTS Jammy Jellyfish 릴리즈 노트', 'front matter after a blank line');
      assert.ok(h.pages.every((p) => p.published));
      assert.equal(h.taxonomies['tags']?.['report']?.count, 8);
      assert.equal(h.languages.find((l) => l.lang === 'en')?.taxonomies['tags']?.['report']?.count, 1);
    });
  });
});

describe('Hugo oracle: failures are loud', () => {
  it('reports what Hugo says when it cannot read a site', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-broken-'));
    try {
      fs.mkdirSync(path.join(site, 'content'));
      fs.writeFileSync(path.join(site, 'hugo.toml'), 'title = "broken"\n');
      fs.writeFileSync(path.join(site, 'content', 'bad.md'), '+++\ntitle = "unclosed\n+++\n');
      // Hugo's own message, naming the file in the site rather than in the oracle's copy.
      assert.throws(() => askHugo(site), (error: Error) => error.message.includes(`${path.join(site, 'content', 'bad.md')}:2:`));
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
