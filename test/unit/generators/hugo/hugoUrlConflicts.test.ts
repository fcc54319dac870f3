// Two Hugo pages written to the same file: a warning on each, at its url or slug line. That hugo 0.111.3 lists
// the same paths (`--printPathWarnings`) is asked of it in test/conformance/hugo/hugoUrlConflicts.test.ts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { readHugoSiteConfig } from '../../../../src/core/generators/hugo/hugoSiteConfig';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { summarizePost } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const config = readHugoSiteConfig([{ file: 'hugo.toml', text: '[permalinks]\nposts = "/:year/:slug/"\n' }]).config;
const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: NOW };

function conflicts(pages: Record<string, string>): string[] {
  const posts = Object.entries(pages).map(([path, text]) => summarizePost(analyzePost({ path, text, mtimeMs: NOW }, ctx)));
  const site = lintSiteOf({ categories: [], tags: [], posts }, undefined);
  return Object.entries(pages).flatMap(([path, text]) =>
    lintPost({ path, text, ctx, site }).findings.filter((f) => f.code === 'hugo.urlConflict').map((f) => `${path} ${f.severity} ${f.range.line}:${f.range.startChar}-${f.range.endChar} ${f.args.join(' | ')}`));
}

describe('Hugo pages written to the same file', () => {
  it('warns on each page, at its url or slug line (YAML or TOML), naming the others', () => {
    assert.deepEqual(conflicts({
      'content/posts/a.md': '---\ntitle: a\ndate: 2024-01-01\nslug: same\n---\n',
      'content/posts/b.md': '+++\ntitle = "b"\ndate = 2024-03-01\nslug = "same"\n+++\n',
      'content/posts/c.md': '---\ntitle: c\ndate: 2025-01-01\nslug: same\n---\n',
      'content/about.md': '---\ntitle: about\n---\n',
      'content/x.md': '---\ntitle: x\nURL: /about/\n---\n',
    }), [
      'content/posts/a.md warning 3:0-10 /2024/same/index.html | content/posts/b.md',
      'content/posts/b.md warning 3:0-13 /2024/same/index.html | content/posts/a.md',
      'content/about.md warning 0:0-3 /about/index.html | content/x.md',
      'content/x.md warning 2:0-12 /about/index.html | content/about.md',
    ]);
  });

  it('leaves out pages hugo does not write', () => {
    assert.deepEqual(conflicts({
      'content/posts/a.md': '---\ntitle: a\nurl: /same/\n---\n',
      'content/posts/b.md': '---\ntitle: b\nurl: /same/\ndraft: true\n---\n',
      'content/posts/c.md': '---\ntitle: c\nurl: /same/\ndate: 2999-01-01\n---\n',
    }), []);
  });
});
