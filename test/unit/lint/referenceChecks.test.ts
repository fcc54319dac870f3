// What the build lets through but readers hit: missing local images, images without alt text, missing header and
// teaser images, links to pages and files the site does not have. No generator fails on these, so the cases are
// fixtures; test/unit/lint/referenceCorpus.test.ts asserts the samples' valid links and images stay quiet.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../src/core/analyzePost';
import { parseConfig } from '../../../src/core/config';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { bodyReferences } from '../../../src/core/lint/bodyReferences';
import { lintPost } from '../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../src/core/lint/lintSite';
import { summarizePost } from '../../../src/core/postSummary';
import { createTimeZone } from '../../../src/core/timeZone';
import type { LintFinding, SiteFiles } from '../../../src/core/lint/lintTypes';
import type { SiteConfig } from '../../../src/core/siteConfig';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const zone = createTimeZone('UTC').zone;
const CODES = /^(image|link)\./;

function filesOf(paths: readonly string[]): SiteFiles {
  const set = new Set(paths);
  const folders = new Set([...set].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths: set, folders, theme: undefined, manifests: new Map() };
}

function check(config: SiteConfig, posts: Record<string, string>, path: string, extraFiles: readonly string[], text: string): LintFinding[] {
  const ctx = { config, zone, nowMs: NOW };
  const all = { ...posts, [path]: text };
  const summaries = Object.entries(all).map(([p, t]) => summarizePost(analyzePost({ path: p, text: t, mtimeMs: NOW }, ctx)));
  const site = lintSiteOf({ categories: [], tags: [], posts: summaries }, undefined, new Set(), filesOf([...Object.keys(all), ...extraFiles]));
  return lintPost({ path, text, ctx, site }).findings.filter((f) => CODES.test(f.code));
}

const brief = (f: LintFinding): string => `${f.severity} ${f.code} ${f.range.line}:${f.range.startChar}-${f.range.endChar}${f.fixes.length > 0 ? ` fix ${f.fixes.map((x) => x.edits[0]?.newText ?? '').join(',')}` : ''}`;

const JEKYLL_POSTS = { '_posts/2024-01-05-first.md': '---\ntitle: first\n---\nbody\n' };
const JEKYLL_FILES = ['assets/images/x.png', 'assets/img/y.png', 'assets/doc.pdf', 'about.md', 'index.html', 'media/2024/pic.png'];
const jekyll = (body: string, head = '---\ntitle: t\n---\n', config = 'timezone: UTC\n'): string[] =>
  check(parseConfig(config).config, JEKYLL_POSTS, '_posts/2024-02-01-test.md', JEKYLL_FILES, `${head}${body}`).map(brief);

describe('local images and links the build lets through (Jekyll)', () => {
  it('a missing image is a warning at its path, with the site\'s images of the same name as fixes', () => {
    assert.deepEqual(jekyll('See ![a chart](/assets/images/y.png) here.\n'), ['warning image.missing 3:15-35 fix /assets/img/y.png']);
    assert.deepEqual(jekyll('<img alt="x" src="/assets/images/gone.png">\n'), ['warning image.missing 3:18-41']);
    // A folder that holds only folders is the site's too.
    assert.deepEqual(jekyll('![a](/media/pic.png)\n'), ['warning image.missing 3:5-19 fix /media/2024/pic.png']);
    assert.deepEqual(jekyll('![a](/assets/images/x.png) ![b](<../../assets/images/x.png>) <img src=/assets/img/y.png alt="">\n'), []);
  });

  it('an image without alt text is information, over the whole image', () => {
    assert.deepEqual(jekyll('![](/assets/images/x.png)\n\n<img src="/assets/images/x.png">\n'), ['info image.noAlt 3:0-25', 'info image.noAlt 5:0-32']);
  });

  it('says nothing for remote images, templated paths, folders the site has no file in, and code', () => {
    const body = [
      '![a](https://example.com/x.png) ![b](//cdn.example.com/y.png) ![c]({{ site.baseurl }}/assets/nope.png)',
      '![d](/generated/thumbs/x.png) ![e](data:image/png;base64,AAA)',
      '`![f](/assets/images/nope.png)` ``![g](/assets/images/nope.png)``',
      '```',
      '![h](/assets/images/nope.png)',
      '```',
      '',
      '    ![i](/assets/images/nope.png)',
      '',
    ].join('\n');
    assert.deepEqual(jekyll(body), []);
  });

  it('reads the site\'s baseurl and relative paths', () => {
    assert.deepEqual(jekyll('![a](/blog/assets/images/x.png) ![b](/blog/assets/images/nope.png)\n', undefined, 'baseurl: /blog\n'), ['warning image.missing 3:37-65']);
  });

  it('a link to a post URL no post has is a warning; the site\'s own pages and files are fine', () => {
    const body = [
      '[ok](/2024/01/05/first.html) [ok](/2024/01/05/first) [ok](/2024/01/05/first/#top) [about](/about/) [feed](/feed.xml)',
      '[gone](/2024/01/05/renamed.html) [pdf](/assets/doc.pdf) [nopdf](/assets/nothing.pdf) [x](https://example.com/2024/01/05/y)',
    ].join('\n');
    assert.deepEqual(jekyll(`${body}\n`), ['warning link.pageMissing 4:7-31', 'warning link.fileMissing 4:64-83']);
  });

  it('a header or teaser image in the front matter that the site does not have is a warning at its value', () => {
    const head = '---\ntitle: t\nheader:\n  teaser: /assets/images/x.png\n  overlay_image: assets/images/missing.jpg\n  image: https://example.com/a.png\n---\n';
    assert.deepEqual(jekyll('body\n', head), ['warning image.frontMatterMissing 4:17-42']);
  });
});

describe('local images and links the build lets through (Hugo)', () => {
  const config = readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "https://example.org/"\n[permalinks]\nposts = "/:year/:slug/"\n' }]).config;
  const themed = readHugoSiteConfig([{ file: 'hugo.toml', text: 'theme = "gone"\n' }]).config;
  const posts = { 'content/posts/other.md': '---\ntitle: other\ndate: 2024-01-01\nslug: other\n---\n' };
  const files = ['content/posts/bundle/cover.png', 'static/images/logo.png'];
  const hugo = (body: string, head = '---\ntitle: t\ndate: 2024-02-01\n---\n', c = config): string[] =>
    check(c, posts, 'content/posts/bundle/index.md', files, `${head}${body}`).map(brief);

  it('finds a page bundle\'s images beside the page and static files at the root; a folder with no file is not judged', () => {
    assert.deepEqual(hugo('![a](cover.png) ![b](/images/logo.png) ![c](/images/cover.png) ![d](img/nope.png)\n'), [
      'warning image.missing 4:44-61 fix cover.png',
    ]);
  });

  it('reads PaperMod\'s cover.image and Hugo\'s images', () => {
    const head = '---\ntitle: t\ndate: 2024-02-01\ncover:\n  image: cover.png\nimages:\n  - /images/logo.png\n  - /images/nope.png\n---\n';
    assert.deepEqual(hugo('body\n', head), ['warning image.frontMatterMissing 7:4-20']);
  });

  it('links to post URLs no page has', () => {
    assert.deepEqual(hugo('[a](/2024/other/) [b](/2024/renamed/) [tags](/tags/go/)\n'), ['warning link.pageMissing 4:22-36']);
  });

  it('a link to a folder that holds pages (a section\'s list page) is fine', () => {
    const plain = readHugoSiteConfig([{ file: 'hugo.toml', text: '' }]).config;
    const pages = { 'content/posts/a.md': '---\ntitle: a\n---\n', 'content/posts/sub/b.md': '---\ntitle: b\n---\n' };
    const found = check(plain, pages, 'content/posts/c.md', [], '---\ntitle: c\n---\n[s](/posts/sub/) [a](/posts/a/) [n](/posts/nosuch/)\n');
    assert.deepEqual(found.map(brief), ['warning link.pageMissing 3:36-50']);
  });

  it('says nothing when the theme\'s files are not here', () => {
    assert.deepEqual(hugo('![c](covr.png) [b](/2024/renamed/)\n', undefined, themed), []);
  });
});

describe('the body scanner', () => {
  it('finds links and images with the place of their destination', () => {
    const refs = bodyReferences('a [x](/p "title") ![y](<b c.png>) <IMG SRC="d.png" ALT="d">\n', 0);
    assert.deepEqual(refs.map((r) => [r.kind, r.dest, r.destStart, r.destEnd, r.hasAlt]), [
      ['link', '/p', 6, 8, true],
      ['image', 'b c.png', 24, 31, true],
      ['image', 'd.png', 44, 49, true],
    ]);
  });

  it('skips code: fences of either kind, inline spans of any length', () => {
    const text = '~~~\n[a](b)\n~~~\n``x [c](d) ` y``\n````\n```\n[e](f)\n````\n[g](h)\n';
    assert.deepEqual(bodyReferences(text, 0).map((r) => r.dest), ['h']);
  });
});
