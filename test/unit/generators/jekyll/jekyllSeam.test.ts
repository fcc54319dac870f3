// The parts of the generator seam only Jekyll fills: Publish Draft's move, where names a post does not write come
// from, the keys of `defaults:`, and the hover of effective values. Other generators leave them to neutral code.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { parseConfig } from '../../../../src/core/config';
import { createTimeZone } from '../../../../src/core/timeZone';
import { unwrittenNamesOf } from '../../../../src/core/generators/generator';
import { generatorById, readGeneratorIds } from '../../../../src/core/generators/generators';
import { jekyllGenerator } from '../../../../src/core/generators/jekyll/jekyllGenerator';
import { jekyllPublishTarget } from '../../../../src/core/generators/jekyll/jekyllPublish';
import { ctx } from '../../lint/lintHelpers';

const zone = createTimeZone('Asia/Seoul').zone;
// 2024-03-05 23:30:05 in Seoul is still 2024-03-05 there (14:30:05 UTC).
const NOW = Date.parse('2024-03-05T14:30:05Z');
const config = parseConfig('defaults:\n  - scope: {path: ""}\n    values: {layout: single, toc: true}\n  - scope: {path: dev}\n    values: {layout: wide, comments: false}\n').config;

describe("Jekyll's parts of the generator seam", () => {
  it('publishes a draft to _posts under today in the site zone, dated now', () => {
    const draft = { path: 'dev/_drafts/hello.md', frontMatter: {}, config, nowMs: NOW, zone, exists: () => false };
    assert.deepEqual(jekyllPublishTarget(draft), { ok: true, path: 'dev/_posts/2024-03-05-hello.md', date: '2024-03-05 23:30:05 +0900' });
    assert.equal(jekyllGenerator.publishDraft, jekyllPublishTarget);
    const taken = jekyllPublishTarget({ ...draft, exists: (p) => p === 'dev/_posts/2024-03-05-hello.md' });
    assert.deepEqual(taken, { ok: true, path: 'dev/_posts/2024-03-05-hello-2.md', date: '2024-03-05 23:30:05 +0900' });
  });

  it('refuses a file outside _drafts, with the edit reason', () => {
    const result = jekyllPublishTarget({ path: '_posts/2024-01-01-x.md', frontMatter: {}, config, nowMs: NOW, zone, exists: () => false });
    assert.deepEqual(result, { ok: false, reason: { key: 'notADraft', args: [] } });
  });

  it('says names a post does not write come from folders and defaults; every other generator says elsewhere', () => {
    assert.deepEqual(unwrittenNamesOf(jekyllGenerator), { from: 'folderOrDefaults', postsFolder: '_posts', configFile: '_config.yml' });
    for (const id of readGeneratorIds().filter((g) => g !== 'jekyll')) {
      const generator = generatorById(id);
      assert.ok(generator);
      assert.deepEqual(unwrittenNamesOf(generator), { from: 'elsewhere' }, id);
    }
    assert.deepEqual(unwrittenNamesOf({}), { from: 'elsewhere' });
    // The config file the site has, where it has one of the others the generator reads.
    assert.deepEqual(unwrittenNamesOf(jekyllGenerator, '_config.yaml'), { from: 'folderOrDefaults', postsFolder: '_posts', configFile: '_config.yaml' });
    assert.deepEqual(unwrittenNamesOf(generatorById('hugo') ?? {}, 'hugo.toml'), { from: 'elsewhere' });
  });

  it('lists the keys of every defaults: entry, in order', () => {
    assert.deepEqual(jekyllGenerator.defaultsKeys?.(config), ['layout', 'toc', 'layout', 'comments']);
    assert.deepEqual(jekyllGenerator.defaultsKeys?.(parseConfig('title: x\n').config), []);
  });

  it("hovers a key with its effective value and where it comes from, as frontMatterHover's hoverFacts", () => {
    const text = '---\ntitle: Hi\n---\nbody\n';
    const info = analyzePost({ path: 'dev/_posts/2024-03-05-hi.md', text, mtimeMs: 0 }, { ...ctx, config });
    const title = jekyllGenerator.valueHover?.({ text, line: 1, character: 2, info, config });
    assert.equal(title?.key, 'title');
    assert.equal(title?.value, 'Hi');
    assert.deepEqual(title?.origin, { kind: 'file' });
    assert.equal(jekyllGenerator.valueHover?.({ text, line: 3, character: 1, info, config }), undefined);
  });

  it('is the only generator with these parts', () => {
    for (const id of readGeneratorIds().filter((g) => g !== 'jekyll')) {
      const generator = generatorById(id);
      assert.equal(generator?.defaultsKeys, undefined, id);
      assert.equal(generator?.valueHover, undefined, id);
    }
  });
});
