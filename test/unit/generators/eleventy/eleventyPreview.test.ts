// The preview of an Eleventy post: the template layer as placeholders (never run), Markdown as Eleventy's
// markdown-it renders it, source lines on the blocks, and the card's title and URL from the generator's reading.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { eleventyGenerator } from '../../../../src/core/generators/eleventy/eleventyGenerator';
import { modelPostLookup } from '../../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../../src/core/render/renderTypes';
import { loadSiteConfig } from '../../../../src/platform/siteConfigFile';

const sample = path.resolve(__dirname, '..', '..', '..', '..', '..', 'samples', 'eleventy-blog');

async function render(sitePath: string, text?: string): Promise<ReturnType<PostRenderer['render']>> {
  const { config } = await loadSiteConfig(nodeFileSystem, sample, eleventyGenerator);
  const renderer = new PostRenderer({ config, includes: () => undefined, posts: modelPostLookup([]), fallbackTimeZone: 'UTC' });
  return renderer.render({ text: text ?? fs.readFileSync(path.join(sample, sitePath), 'utf8'), sitePath, nowMs: Date.now(), resourceRoot: 'https://res.test', showCard: true, labels: ENGLISH_CARD_LABELS });
}

describe('Eleventy preview', () => {
  it('shows Nunjucks tags as placeholders with the reason, and the title and URL Eleventy gives', async () => {
    const result = await render('content/blog/2024-03-05-hello-eleventy.md');
    assert.equal(result.title, 'Hello, Eleventy');
    assert.match(result.html, /<span class="pc-liquid-placeholder" title="Nunjucks template: rendered by Eleventy, not by the preview">\{% if page\.date %\}<\/span>/);
    assert.equal(result.facts.url, '/blog/2024-03-05-hello-eleventy/');
    assert.match(result.html, /<p data-line="4">This post has no <code>date<\/code>/, 'blocks keep their (0-based) file lines');
  });

  it('a ---js post: its body, the note that Eleventy computes its front matter, nothing run', async () => {
    const result = await render('content/blog/computed-title.md');
    assert.ok(result.problems.some((p) => /front matter computed by Eleventy/.test(p)));
    assert.match(result.html, /The title is computed when Eleventy runs/);
    assert.doesNotMatch(result.html, /writeFileSync/);
  });

  it('{% raw %} is text, and a tag over several lines keeps the lines after it in place', async () => {
    const result = await render('content/blog/x.md', '---\ntitle: X\n---\n{% raw %}{{ shown }}{% endraw %}\n\n{% callout\n  "note" %}\n\nafter\n');
    assert.match(result.html, /\{\{ shown \}\}/);
    assert.match(result.html, /<p data-line="8">after<\/p>/);
  });
});
