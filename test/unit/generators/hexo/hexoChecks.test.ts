// Hexo's body check (a post_link naming no post) and what the link and image checks know of a Hexo site: its
// source folder served at the root but for `_` and `.` names, the theme's source, and the asset folder served at a
// post's URL. What hexo 8.1.2 itself does with each post_link case is asked of it in
// test/conformance/hexo/hexoBuildChecks.test.ts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { readHexoSiteConfig } from '../../../../src/core/generators/hexo/hexoSiteConfig';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { summarizePost } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';
import type { LintFinding, SiteFiles } from '../../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const PATH = 'source/_posts/2024-09-01-here.md';
const POSTS: Record<string, string> = {
  'source/_posts/2024-01-05-first.md': '---\ntitle: First of all\ndate: 2024-01-05 10:00:00\n---\nbody\n',
  'source/_drafts/later.md': '---\ntitle: Later\n---\nbody\n',
};
const FILES = ['source/images/ok.png', 'source/_data/menu.png', 'source/about/index.md', 'themes/mine/source/css/style.css', 'themes/mine/source/img/logo.png'];

function filesOf(paths: readonly string[]): SiteFiles {
  const set = new Set(paths);
  const folders = new Set([...set].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths: set, folders, theme: undefined, manifests: new Map() };
}

function check(body: string, options: { config?: string; files?: readonly string[] } = {}): string[] {
  const config = readHexoSiteConfig([{ file: '_config.yml', text: options.config ?? 'new_post_name: :year-:month-:day-:title.md\ntheme: mine\n' }]).config;
  const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: NOW };
  const text = `---\ntitle: Here\ndate: 2024-09-01 10:00:00\n---\n${body}`;
  const all = { ...POSTS, [PATH]: text };
  const summaries = Object.entries(all).map(([p, t]) => summarizePost(analyzePost({ path: p, text: t, mtimeMs: NOW }, ctx)));
  const site = lintSiteOf({ categories: [], tags: [], posts: summaries }, undefined, new Set(), filesOf([...Object.keys(all), ...FILES, ...(options.files ?? [])]));
  return lintPost({ path: PATH, text, ctx, site }).findings.filter((f) => /^(hexo|image|link)\./.test(f.code)).map(brief);
}

const brief = (f: LintFinding): string => `${f.severity} ${f.code} ${f.range.line}:${f.range.startChar}-${f.range.endChar}${f.args.length > 0 ? ` ${f.args.join('|')}` : ''}`;

describe('Hexo post_link to no post', () => {
  it('is an error over the whole tag, at its file line, naming what was written', () => {
    assert.deepEqual(check('see {% post_link nope %} here\n'), ['error hexo.postLinkMissing 4:4-24 nope']);
    assert.deepEqual(check('한글 뒤 {%- post_link "no such" 글 -%}\n'), ['error hexo.postLinkMissing 4:5-34 no such']);
    assert.deepEqual(check('{% post_link a#b#c %}\n'), ['error hexo.postLinkMissing 4:0-21 a#b#c']);
    assert.deepEqual(check('{% post_link %}\n'), ['error hexo.postLinkEmpty 4:0-15']);
  });

  it('finds posts and drafts by slug, with or without a #hash, and by title', () => {
    const body = '{% post_link 2024-01-05-first %}'.replace('2024-01-05-', '') + ' {% post_link later %} {% post_link first#part Text %} {% post_link "First of all" %}\n';
    assert.deepEqual(check(body), []);
    // With the default new_post_name the date is part of the slug.
    assert.deepEqual(check('{% post_link 2024-01-05-first %} {% post_link first %}\n', { config: 'theme: mine\n' }), ['error hexo.postLinkMissing 4:33-54 first']);
  });

  it('says nothing in code, comments, <code> and raw blocks, where Hexo renders no tag', () => {
    const body = [
      'inline `{% post_link nope %}` and ``{% post_link nope %}``',
      '```',
      '{% post_link nope %}',
      '```',
      '',
      '    {% post_link nope %}',
      '',
      '<!-- {% post_link nope %}',
      '{% post_link nope %} -->',
      '<code>{% post_link nope %}</code> {% raw %}{% post_link nope %}{% endraw %}',
    ].join('\n');
    assert.deepEqual(check(`${body}\n`), []);
    assert.deepEqual(check('<!-- a --> {% post_link nope %} `x`\n'), ['error hexo.postLinkMissing 4:11-31 nope']);
  });
});

describe('links and images on a Hexo site', () => {
  it('serves the source folder and the theme\'s source at the root, but not _ or . names', () => {
    const body = '![a](/images/ok.png) ![b](/img/logo.png) [c](/css/style.css) ![d](/images/gone.png) ![e](/_data/menu.png)\n';
    assert.deepEqual(check(body), ['warning image.missing 4:66-82 /images/gone.png', 'warning image.missing 4:89-104 /_data/menu.png']);
  });

  it('serves a post\'s asset folder at its URL with post_asset_folder, and nothing beside the post without it', () => {
    const files = ['source/_posts/2024-09-01-here/pic.png'];
    const config = 'new_post_name: :year-:month-:day-:title.md\npost_asset_folder: true\n';
    assert.deepEqual(check('![a](pic.png) ![b](other.png)\n', { config, files }), ['warning image.missing 4:19-28 other.png']);
    assert.deepEqual(check('![a](pic.png)\n', { config: 'new_post_name: :year-:month-:day-:title.md\n', files }), ['warning image.missing 4:5-12 pic.png']);
  });

  it('knows the posts\' URLs', () => {
    assert.deepEqual(check('[a](/2024/01/05/first/) [b](/2024/01/05/gone/)\n'), ['warning link.pageMissing 4:28-45 /2024/01/05/gone/']);
  });
});
