// Front matter written as code (`---js`, `---javascript`) is never run, through any entry point Postcraft has: the
// site index, one post's analysis, lint, the preview renderer, the front-matter edits and the command line. Each
// such block would write a marker file and set a global if anything evaluated it.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzePost } from '../../../src/core/analyzePost';
import { defaultConfig } from '../../../src/core/config';
import { setValue } from '../../../src/core/edits/setValue';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { lintSiteOf } from '../../../src/core/lint/lintSite';
import { lintPost } from '../../../src/core/lint/lintPost';
import { modelPostLookup } from '../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import { createTimeZone } from '../../../src/core/timeZone';
import { indexSite } from '../../../src/platform/siteIndexer';
import { tempSite } from '../platform/tempSite';
import type { SiteConfig } from '../../../src/core/siteConfig';

const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-pwned-')), 'pwned');
const global = globalThis as { __postcraftPwned?: unknown };
const payload = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'); globalThis.__postcraftPwned = 1`;
const posts = {
  js: `---js\n{ title: (function () { ${payload}; return 'x'; })() }\n---\nbody\n`,
  javascript: `---javascript\n(function () { ${payload}; return { title: 'x' }; })()\n---\nbody\n`,
  spaced: `--- js\n{ title: (function () { ${payload}; return 'x'; })() }\n---\nbody\n`,
};
const cli = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

function assertNothingRan(): void {
  assert.equal(fs.existsSync(marker), false, 'no code wrote the marker file');
  assert.equal(global.__postcraftPwned, undefined, 'no code set the global');
}

const jekyllSite = tempSite({
  '_config.yml': 'timezone: Asia/Seoul\n',
  ...Object.fromEntries(Object.entries(posts).map(([name, text]) => [`_posts/2024-01-01-${name}.md`, text])),
});
const hugoSite = tempSite({
  'hugo.toml': 'baseURL = "https://example.org/"\ntimeZone = "Asia/Seoul"\n',
  ...Object.fromEntries(Object.entries(posts).map(([name, text]) => [`content/posts/${name}.md`, text])),
});

after(() => {
  for (const dir of [jekyllSite, hugoSite, path.dirname(marker)]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('code front matter is never evaluated', () => {
  for (const [generator, root, prefix] of [['jekyll', jekyllSite, '_posts/2024-01-01-'], ['hugo', hugoSite, 'content/posts/']] as const) {
    it(`${generator}: the site index reads each such post as invalid, with the language error at line 1`, async () => {
      const indexed = await indexSite(root, { fs: nodeFileSystem, nowMs: Date.now() });
      for (const name of Object.keys(posts)) {
        const post = indexed.model.get(`${prefix}${name}.md`);
        assert.equal(post?.status, 'invalid', name);
        const problem = post.problems.find((p) => p.severity === 'error');
        assert.deepEqual([problem?.code, problem?.line], ['frontMatter.language', 0], name);
      }
      assertNothingRan();
    });

    it(`${generator}: analysis, lint and edits refuse it`, () => {
      const config: SiteConfig = generator === 'jekyll' ? defaultConfig() : readHugoSiteConfig([{ file: 'hugo.toml', text: 'timeZone = "Asia/Seoul"\n' }]).config;
      const ctx = { config, zone: createTimeZone('Asia/Seoul').zone, nowMs: Date.now() };
      for (const [name, text] of Object.entries(posts)) {
        const sitePath = `${prefix}${name}.md`;
        const analyzed = analyzePost({ path: sitePath, text, mtimeMs: 0 }, ctx);
        assert.equal(analyzed.status, 'invalid', name);
        assert.deepEqual(analyzed.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line]), [['frontMatter.language', 0]], name);
        const lint = lintPost({ path: sitePath, text, ctx, site: lintSiteOf({ categories: [], tags: [] }, undefined) });
        assert.ok(lint.findings.some((f) => f.severity === 'error' && f.range.line === 0), `${name}: an error at the opening line`);
        assert.equal(setValue(text, 'title', 'y').ok, false, `${name}: no edit of code front matter`);
      }
      assertNothingRan();
    });
  }

  it('the preview renders such a post as text with an error, running nothing', () => {
    const renderer = new PostRenderer({ config: defaultConfig(), includes: () => undefined, posts: modelPostLookup([]), fallbackTimeZone: 'UTC' });
    for (const [name, text] of Object.entries(posts)) {
      const result = renderer.render({ text, sitePath: `_posts/2024-01-01-${name}.md`, nowMs: Date.now(), resourceRoot: 'https://res.test', showCard: true, labels: ENGLISH_CARD_LABELS });
      assert.ok(typeof result.html === 'string', name);
    }
    assertNothingRan();
  });

  it('the command line checks and indexes both sites, running nothing', () => {
    for (const root of [jekyllSite, hugoSite]) {
      const check = spawnSync(process.execPath, [cli, 'check', root], { encoding: 'utf8' });
      assert.equal(check.status, 1, check.stdout + check.stderr);
      assert.match(check.stdout, /:1: error: .*never/i);
      const index = spawnSync(process.execPath, [cli, 'index', root, '--json'], { encoding: 'utf8' });
      assert.equal(index.status, 0, index.stderr);
    }
    assertNothingRan();
  });
});
