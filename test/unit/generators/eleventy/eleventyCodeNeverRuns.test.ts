// Eleventy runs code from a site: `---js` front matter, `*.11tydata.js` data files, the config file. Postcraft reads
// each as text and never runs it, through every entry point: the site index, one post's analysis, lint, the
// preview renderer, the front-matter edits and the command line. Each piece of code would write a marker file and
// set a global if anything evaluated it.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { setValue } from '../../../../src/core/edits/setValue';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { modelPostLookup } from '../../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../../src/core/render/renderTypes';
import { createTimeZone } from '../../../../src/core/timeZone';
import { indexSite } from '../../../../src/platform/siteIndexer';
import { loadSiteConfig } from '../../../../src/platform/siteConfigFile';
import { eleventyGenerator } from '../../../../src/core/generators/eleventy/eleventyGenerator';
import { tempSite } from '../../platform/tempSite';

const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-pwned-')), 'pwned');
const global = globalThis as { __postcraftPwned?: unknown };
const payload = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'); globalThis.__postcraftPwned = 1`;
const esmPayload = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'pwned'); globalThis.__postcraftPwned = 1;`;
const cli = path.resolve(__dirname, '..', '..', '..', '..', '..', 'dist', 'cli.js');

const posts: Record<string, string> = {
  'posts/module.md': `---js\n${esmPayload}\nconst title = "Plain title";\nconst tags = ["posts", "code"];\n---\nbody\n`,
  'posts/object.md': `---js\n{ title: (function () { ${payload}; return 'x'; })(), tags: ["posts"] }\n---\nbody\n`,
  'posts/javascript.md': `---javascript\n(function () { ${payload}; return { title: 'x' }; })()\n---\nbody\n`,
};
const site = tempSite({
  'eleventy.config.js': `${esmPayload}\nexport default function (eleventyConfig) { eleventyConfig.addPreprocessor("drafts", "*", (data) => { if (data.draft) return false; }); }\nexport const config = { dir: { input: "." } };\n`,
  'posts/posts.11tydata.js': `${payload};\nmodule.exports = { tags: ["posts"], layout: "post.njk" };\n`,
  ...posts,
});

function assertNothingRan(): void {
  assert.equal(fs.existsSync(marker), false, 'no code wrote the marker file');
  assert.equal(global.__postcraftPwned, undefined, 'no code set the global');
}

after(() => {
  for (const dir of [site, path.dirname(marker)]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Eleventy: code in a site is never run', () => {
  it('the site index reads the ---js posts as computed, with the literals their text shows', async () => {
    const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'eleventy', nowMs: Date.now() });
    const module = indexed.model.get('posts/module.md');
    assert.equal(module?.status, 'published');
    assert.equal(module.title, 'Plain title');
    assert.deepEqual(module.tags, ['code']);
    assert.ok(module.problems.some((p) => p.code === 'eleventy.computedFrontMatter' && p.line === 0));
    // The data file's literal tags make every file of posts/ a post, whatever its code computes.
    for (const name of ['posts/object.md', 'posts/javascript.md']) {
      assert.equal(indexed.model.get(name)?.status, 'published', name);
    }
    assertNothingRan();
  });

  it('the config and the data file are read as text: their literals, and what they compute said to be unknown', async () => {
    const loaded = await loadSiteConfig(nodeFileSystem, site, eleventyGenerator);
    assert.equal(loaded.config.generator, 'eleventy');
    if (loaded.config.generator !== 'eleventy') return;
    assert.equal(loaded.config.eleventy.draftRule, true);
    assert.deepEqual(loaded.config.eleventy.dataFiles.get('posts/posts.11tydata.js')?.data, { tags: ['posts'], layout: 'post.njk' });
    assertNothingRan();
  });

  it('analysis, lint, edits and the preview run nothing', async () => {
    const { config } = await loadSiteConfig(nodeFileSystem, site, eleventyGenerator);
    const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: Date.now() };
    const renderer = new PostRenderer({ config, includes: () => undefined, posts: modelPostLookup([]), fallbackTimeZone: 'UTC' });
    for (const [sitePath, text] of Object.entries(posts)) {
      const analyzed = analyzePost({ path: sitePath, text, mtimeMs: 0 }, ctx);
      assert.notEqual(analyzed.status, 'invalid', sitePath);
      lintPost({ path: sitePath, text, ctx, site: lintSiteOf({ categories: [], tags: [] }, undefined) });
      assert.equal(setValue(text, 'title', 'y').ok, false, `${sitePath}: no edit of code front matter`);
      const result = renderer.render({ text, sitePath, nowMs: Date.now(), resourceRoot: 'https://res.test', showCard: true, labels: ENGLISH_CARD_LABELS });
      assert.ok(typeof result.html === 'string', sitePath);
    }
    await Promise.resolve();
    assertNothingRan();
  });

  it('the command line checks and indexes the site, running nothing', () => {
    const check = spawnSync(process.execPath, [cli, 'check', site], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /posts\/module\.md:1: info: front matter computed by Eleventy/);
    const index = spawnSync(process.execPath, [cli, 'index', site, '--json'], { encoding: 'utf8' });
    assert.equal(index.status, 0, index.stderr);
    const json = JSON.parse(index.stdout) as { generator: string; posts: { path: string; status: string }[] };
    assert.equal(json.generator, 'eleventy');
    assert.deepEqual(json.posts.map((p) => p.path).sort(), Object.keys(posts).sort());
    assertNothingRan();
  });
});
