// Docusaurus's broken .md links with the severity the site's onBrokenMarkdownLinks gives, and the static folder the
// image checks read. What Docusaurus itself resolves is asked of it in
// test/conformance/docusaurus/docusaurusLinkChecks.test.ts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { readDocusaurusSiteConfig } from '../../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { summarizePost } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';
import type { LintFinding, SiteFiles } from '../../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const PATH = 'blog/2024-09-01-here.md';
const POSTS: Record<string, string> = { 'blog/2024-01-05-first.md': '---\ntitle: First\n---\nbody\n' };

function filesOf(paths: readonly string[]): SiteFiles {
  const set = new Set(paths);
  const folders = new Set([...set].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths: set, folders, theme: undefined, manifests: new Map() };
}

function check(body: string, extraConfig = ''): string[] {
  const text = `export default { title: 'x', url: 'https://example.com', baseUrl: '/', ${extraConfig} presets: [['classic', { blog: {} }]] };\n`;
  const config = readDocusaurusSiteConfig([{ file: 'docusaurus.config.js', text }]).config;
  const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: NOW };
  const post = `---\ntitle: Here\n---\n${body}`;
  const all = { ...POSTS, [PATH]: post };
  const summaries = Object.entries(all).map(([p, t]) => summarizePost(analyzePost({ path: p, text: t, mtimeMs: NOW }, ctx)));
  const site = lintSiteOf({ categories: [], tags: [], posts: summaries }, undefined, new Set(), filesOf([...Object.keys(all), 'static/img/a.png', 'docs/intro.md']));
  return lintPost({ path: PATH, text: post, ctx, site }).findings.filter((f) => /^(docusaurus\.broken|image|link)/.test(f.code)).map(brief);
}

const brief = (f: LintFinding): string => `${f.severity} ${f.code} ${f.range.line}:${f.range.startChar}-${f.range.endChar}`;

describe('Docusaurus .md links and static files', () => {
  it('a .md link to no post of the blog is reported once, over the link, as onBrokenMarkdownLinks says', () => {
    const body = '[a](./2024-01-05-first.md) [b](/blog/2024-01-05-first.md) [c](./nope.md) [d](../docs/intro.md)\n';
    assert.deepEqual(check(body), ['warning docusaurus.brokenMarkdownLink 3:58-72', 'warning docusaurus.brokenMarkdownLink 3:73-94']);
    assert.deepEqual(check('[c](./nope.md)\n', "markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },"), ['error docusaurus.brokenMarkdownLink 3:0-14']);
    assert.deepEqual(check('[c](./nope.md)\n', "onBrokenMarkdownLinks: 'log',"), ['info docusaurus.brokenMarkdownLink 3:0-14']);
    // Ignored, the link is left as written: a link to a file the site does not have, like any other.
    assert.deepEqual(check('[c](./nope.md)\n', "onBrokenMarkdownLinks: 'ignore',"), ['warning link.fileMissing 3:4-13']);
    // The legacy top-level option wins over markdown.hooks.
    assert.deepEqual(check('[c](./nope.md)\n', "onBrokenMarkdownLinks: 'throw', markdown: { hooks: { onBrokenMarkdownLinks: 'log' } },"), ['error docusaurus.brokenMarkdownLink 3:0-14']);
  });

  it('serves static/ at the root, and nothing when staticDirectories is not read here', () => {
    // Docusaurus's own check says it, over the image, as onBrokenMarkdownImages says (throw by default).
    assert.deepEqual(check('![a](/img/a.png) ![b](/img/b.png)\n'), ['error docusaurus.brokenMarkdownImage 3:17-33']);
    assert.deepEqual(check('![b](/img/b.png)\n', "markdown: { hooks: { onBrokenMarkdownImages: 'warn' } },"), ['warning docusaurus.brokenMarkdownImage 3:0-16']);
    // Ignored: a missing image like any other.
    assert.deepEqual(check('![a](/img/a.png) ![b](/img/b.png)\n', "markdown: { hooks: { onBrokenMarkdownImages: 'ignore' } },"), ['warning image.missing 3:22-32']);
    assert.deepEqual(check('![b](/img/b.png)\n', 'staticDirectories: dirs,'), []);
  });
});
