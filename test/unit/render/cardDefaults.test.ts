import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils } from 'htmlparser2';
import { parseConfig } from '../../../src/core/config';
import { byClass, elements } from './hugoSite';
import { NOW, render, sampleSite } from './sampleSite';

const CONFIG = [
  'permalink: /:categories/:title/',
  'excerpt_separator: "<!--more-->"',
  'defaults:',
  '  - scope: { path: "", type: posts }',
  '    values: { type: posts, collection: posts, published: true, draft: false, excerpt_separator: "<!--more-->", permalink: "/:categories/:title/", tags: [], layout: single, toc: true }',
  '  - scope: { path: "" }',
  '    values: { type: pages, author_profile: false, draft: true }',
].join('\n');

function card(text: string, sitePath: string, options: { fallbackDateMs?: number } = {}): string {
  const site = sampleSite({ config: parseConfig(CONFIG).config });
  return render(text, { sitePath, showCard: true, site, ...options }).html;
}

function defaultsLine(html: string): string | undefined {
  const found = byClass(html, 'pc-card-defaults');
  return found.length === 0 ? undefined : DomUtils.textContent(found);
}

describe('the preview card\'s "From defaults" line', () => {
  it('lists what the writer\'s defaults change, not what Jekyll gives the post anyway', () => {
    // The typed scope wins over the untyped one for `draft` and `type` (same path length), so both are Jekyll's own.
    const html = card('---\ntitle: T\n---\nBody.\n', '_posts/2024-06-01-t.md');
    assert.equal(defaultsLine(html), 'From defaults: author_profile: false, layout: single, toc: true');
  });

  it('keeps a value that differs from Jekyll\'s own: another type, unpublished, another permalink', () => {
    const config = 'defaults:\n  - scope: { path: "" }\n    values: { type: notes, published: false, permalink: /:title/ }\n';
    const html = render('---\ntitle: T\n---\nBody.\n', { sitePath: '_posts/2024-06-01-t.md', showCard: true, site: sampleSite({ config: parseConfig(config).config }) }).html;
    assert.equal(defaultsLine(html), 'From defaults: permalink: /:title/, published: false, type: notes');
  });

  it('leaves out a default Jekyll overrides (a draft\'s draft) and a page\'s own type', () => {
    assert.equal(defaultsLine(card('---\ntitle: T\n---\nBody.\n', '_drafts/t.md', { fallbackDateMs: NOW })), 'From defaults: author_profile: false, layout: single, toc: true');
    assert.equal(defaultsLine(card('---\ntitle: About\n---\nBody.\n', 'about.md')), 'From defaults: author_profile: false, draft: true');
  });

  it('has no line when the post sets every key itself', () => {
    const own = '---\ntitle: T\nlayout: post\ntoc: false\nauthor_profile: true\ndraft: false\n---\nBody.\n';
    assert.equal(defaultsLine(card(own, '_posts/2024-06-01-t.md')), undefined);
  });
});

describe('the preview card\'s header image', () => {
  const image = (html: string): string | undefined => elements(html, (e) => (e.attribs['class'] ?? '') === 'pc-card-image')[0]?.attribs['src'];

  it('is header.overlay_image, else header.image, never the list teaser', () => {
    assert.equal(image(card('---\ntitle: T\nheader:\n  teaser: /t.png\n---\n', '_posts/2024-06-01-t.md')), undefined);
    assert.equal(image(card('---\ntitle: T\nheader:\n  teaser: /t.png\n  image: /i.png\n---\n', '_posts/2024-06-01-t.md')), 'https://res.test/site/i.png');
    assert.equal(image(card('---\ntitle: T\nheader:\n  image: /i.png\n  overlay_image: /o.png\n---\n', '_posts/2024-06-01-t.md')), 'https://res.test/site/o.png');
  });
});
