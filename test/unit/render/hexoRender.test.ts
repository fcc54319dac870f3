// The preview's Hexo dialect on the Hexo sample, the hard cases and the corpus's Hexo site: every post renders,
// tag plugins become code, quotes, images and links (or placeholders), and nothing is left as a raw tag.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { modelPostLookup } from '../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import { indexSite } from '../../../src/platform/siteIndexer';
import { generatorOfFolder } from '../../harness/siteKinds';
import { elements, visibleText } from './hugoSite';
import type { RenderResult } from '../../../src/core/render/renderPost';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

function sites(): string[] {
  const list = [path.join(root, 'samples', 'hexo-blog'), path.join(root, 'test', 'fixtures', 'hexo-sites', 'hard-cases')];
  if (fs.existsSync(corpus)) list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => fs.statSync(d).isDirectory()));
  return list.filter((site) => generatorOfFolder(site) === 'hexo');
}

async function renderAll(site: string): Promise<Map<string, RenderResult>> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, nowMs: Date.now() });
  const renderer = new PostRenderer({ config: indexed.loaded.config, includes: () => undefined, posts: modelPostLookup(indexed.model.snapshot().posts), fallbackTimeZone: 'UTC' });
  const out = new Map<string, RenderResult>();
  for (const file of indexed.files) {
    const text = fs.readFileSync(file.absolutePath, 'utf8');
    out.set(file.relativePath, renderer.render({ text, sitePath: file.relativePath, nowMs: Date.now(), resourceRoot: 'https://res.test/site', showCard: true, labels: ENGLISH_CARD_LABELS }));
  }
  return out;
}

describe('every post of the Hexo sites renders in the Hexo dialect', () => {
  for (const site of sites()) {
    it(path.basename(site), async () => {
      const results = await renderAll(site);
      assert.ok(results.size > 0);
      for (const [file, result] of results) {
        // A tag plugin is rendered or a placeholder; none is left as text outside code.
        const text = visibleText(result.html.replace(/<span class="pc-liquid-placeholder"[^>]*>[^<]*<\/span>/g, '').replace(/<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>/g, ''));
        assert.doesNotMatch(text, /\{%/, `${file}: a raw tag plugin outside code`);
      }
      console.log(`${path.basename(site)}: ${results.size} posts rendered`);
    });
  }
});

describe('Hexo tag plugins in the sample', () => {
  it('codeblock, blockquote, post_link and the front matter with no opening line', async () => {
    const results = await renderAll(path.join(root, 'samples', 'hexo-blog'));
    const html = (file: string): string => results.get(`source/_posts/${file}`)?.html ?? '';
    assert.match(html('2024-04-10-go-modules.md'), /<pre[^>]*><code class="[^"]*go[^"]*"[\s\S]*module example\.com\/hello/);
    const quote = elements(html('2024-05-01-two-trees.md'), (e) => e.name === 'blockquote')[0];
    assert.ok(quote !== undefined);
    assert.match(visibleText(html('2024-05-01-two-trees.md')), /Categories apply to the posts in order[\s\S]*— Hexo docs/);
    assert.ok(elements(html('hello-world.md'), (e) => e.name === 'a' && e.attribs['href'] === '/2024/04/10/go-modules/').length === 1, 'post_link links the post by its slug');
    // The front matter with no opening line is not shown as text; the thematic break after it stays.
    const noOpening = html('2024-07-07-no-opening-line.md');
    assert.doesNotMatch(visibleText(noOpening), /title: /);
    assert.equal(elements(noOpening, (e) => e.name === 'hr').length, 1);
    assert.equal(results.get('source/_posts/2024-07-07-no-opening-line.md')?.title, '여는 줄 없는 머리말');
  });

  it('asset_img points into the post\'s asset folder', async () => {
    const results = await renderAll(path.join(root, 'test', 'fixtures', 'hexo-sites', 'hard-cases'));
    const images = elements(results.get('source/_posts/2024-02-02-with-assets.md')?.html ?? '', (e) => e.name === 'img');
    assert.deepEqual(images.map((i) => i.attribs['src']), ['https://res.test/site/source/_posts/2024-02-02-with-assets/pic.png']);
  });
});
