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

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

function sites(): string[] {
  const list = [path.join(root, 'samples', 'jekyll-blog')];
  if (fs.existsSync(corpus)) {
    list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => fs.statSync(d).isDirectory()));
  }
  return list.filter((site) => generatorOfFolder(site) === 'jekyll');
}

/** The HTML with the placeholders (unknown tags and missing includes, shown on purpose) taken out. */
function withoutPlaceholders(html: string): string {
  return html.replace(/<span class="pc-liquid-placeholder"[^>]*>[\s\S]*?<\/span>/g, '');
}

describe('every post of the sample and the corpus renders', () => {
  for (const site of sites()) {
    it(path.basename(site), async () => {
      const indexed = await indexSite(site, { fs: nodeFileSystem, nowMs: Date.now() });
      const includesDir = path.join(site, '_includes');
      const renderer = new PostRenderer({
        config: indexed.loaded.config,
        includes: (name) => {
          const file = path.resolve(includesDir, name);
          return file.startsWith(`${includesDir}${path.sep}`) && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
        },
        posts: modelPostLookup(indexed.model.snapshot().posts),
        fallbackTimeZone: 'UTC',
      });
      let rendered = 0;
      for (const file of indexed.files) {
        if (!/\.(md|markdown|html)$/i.test(file.relativePath)) {
          continue;
        }
        const text = fs.readFileSync(file.absolutePath, 'utf8');
        const result = renderer.render({ text, sitePath: file.relativePath, nowMs: Date.now(), resourceRoot: 'https://res.test/site', showCard: true, labels: ENGLISH_CARD_LABELS });
        const visible = withoutPlaceholders(result.html).replace(/<(code|pre)\b[\s\S]*?<\/\1>/g, '');
        assert.doesNotMatch(visible, /\{%/, `${file.relativePath}: a raw {% outside code and placeholders`);
        rendered++;
      }
      assert.ok(rendered > 0);
      console.log(`${path.basename(site)}: ${rendered} posts rendered`);
    });
  }
});
