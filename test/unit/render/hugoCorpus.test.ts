import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { modelPostLookup } from '../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import { indexSite } from '../../../src/platform/siteIndexer';
import { generatorOfFolder } from '../../harness/siteKinds';
import { visibleText } from './hugoSite';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

function sites(): string[] {
  const list = [path.join(root, 'samples', 'hugo-blog')];
  if (fs.existsSync(corpus)) {
    list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => fs.statSync(d).isDirectory()));
  }
  return list.filter((site) => generatorOfFolder(site) === 'hugo');
}

describe('every page of the Hugo sample and the Hugo sites of the corpus renders', () => {
  for (const site of sites()) {
    it(path.basename(site), async () => {
      const indexed = await indexSite(site, { fs: nodeFileSystem, nowMs: Date.now() });
      const renderer = new PostRenderer({
        config: indexed.loaded.config,
        includes: () => undefined,
        posts: modelPostLookup(indexed.model.snapshot().posts),
        fallbackTimeZone: 'UTC',
      });
      let rendered = 0;
      for (const file of indexed.files) {
        if (!/\.(md|markdown)$/i.test(file.relativePath)) continue;
        const text = fs.readFileSync(file.absolutePath, 'utf8');
        const result = renderer.render({ text, sitePath: file.relativePath, nowMs: Date.now(), resourceRoot: 'https://res.test/site', showCard: true, labels: ENGLISH_CARD_LABELS });
        assert.doesNotMatch(visibleText(result.html), /\{\{[<%]/, `${file.relativePath}: a raw shortcode outside code`);
        assert.doesNotMatch(result.html, /pc-liquid-placeholder" title="Liquid/, `${file.relativePath}: Liquid ran`);
        rendered++;
      }
      assert.ok(rendered > 0);
    });
  }
});
