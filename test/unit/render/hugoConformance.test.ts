import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { ORACLE_CASES, ORACLE_CONFIG, ORACLE_PAGES, ORACLE_SAMPLE, caseText } from './hugoOracle.fixture';
import { dom, hugoConfig, hugoSampleSite, pageLookup, readHugoSample, renderHugo } from './hugoSite';

/** Attributes that are the preview's own (scroll sync) or Chroma's (inline colours), not Hugo's page. */
const IGNORED_ATTRIBUTES = new Set(['data-line', 'style', 'tabindex']);

/**
 * A page's HTML in one canonical form: elements with sorted attributes, text with entities decoded and white space
 * collapsed, comments dropped, and code as its text only (Chroma and highlight.js colour it differently). Resource
 * URLs lose the preview's prefix (`resourceRoot`, then `static/` or the page's folder).
 */
function canonical(html: string, resourcePrefix = /^$/): string {
  const attrs = (e: Element): string =>
    Object.entries(e.attribs)
      .filter(([k]) => !IGNORED_ATTRIBUTES.has(k))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => ` ${k}="${k === 'src' ? v.replace(resourcePrefix, '') : v}"`)
      .join('');
  const walk = (n: ChildNode): string => {
    if (DomUtils.isText(n)) return n.data.replace(/\s+/g, ' ');
    if (!DomUtils.isTag(n)) return '';
    if (n.name === 'code') return `<code${attrs(n)}>${DomUtils.textContent(n).trimEnd()}</code>`;
    return `<${n.name}${attrs(n)}>${n.children.map(walk).join('')}</${n.name}>`;
  };
  return dom(html)
    .map(walk)
    .join('')
    .replace(/ *(<\/?(?:p|h\d|li|ul|ol|div|figure|figcaption|table|thead|tbody|tr|th|td|pre|hr|dl|dt|dd)\b[^>]*>) */g, '$1')
    .trim();
}

/** The page's body without the preview's wrapper. */
function body(html: string): string {
  return html.replace(/^<div class="pc-body">/, '').replace(/<\/div>$/, '');
}

describe('Hugo dialect against hugo 0.111.3 itself', () => {
  const config = hugoConfig(ORACLE_CONFIG);
  const cases = Object.fromEntries(Object.entries(ORACLE_CASES).map(([name, c]) => [`content/posts/c-${name}.md`, caseText(name, c.markdown)]));
  const site = { config, includes: () => undefined, posts: pageLookup(config, { ...ORACLE_PAGES, ...cases }), fallbackTimeZone: 'UTC' };

  for (const [name, c] of Object.entries(ORACLE_CASES)) {
    it(`renders "${name}" as hugo does`, () => {
      const sitePath = `content/posts/c-${name}.md`;
      const { html } = renderHugo(caseText(name, c.markdown), { site, sitePath, resourceRoot: 'https://res.test/site' });
      const prefix = /^https:\/\/res\.test\/site\/(?:static|content\/posts)/;
      // Hugo writes a figure's src as given; the preview loads "/images/a.png" from static/ and "b.png" next to the page.
      const hugo = c.hugo.replace(/src="(?!\/)/g, 'src="/');
      assert.equal(canonical(body(html), prefix), canonical(hugo));
    });
  }

  // permalinks.md has `linenos=table`, which the preview leaves out (the code is shown without the line-number table);
  // writing-in-vs-code.md embeds a YouTube video, which the preview shows as a card; both are compared apart from that.
  for (const [sitePath, hugoHtml] of Object.entries(ORACLE_SAMPLE)) {
    it(`renders the sample's ${sitePath} as hugo does`, () => {
      const folder = sitePath.slice(0, sitePath.lastIndexOf('/'));
      const { html } = renderHugo(readHugoSample(sitePath), { site: hugoSampleSite(), sitePath, resourceRoot: 'https://res.test/site' });
      const prefix = new RegExp(`^https://res\\.test/site/(?:static|${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`);
      let mine = canonical(body(html), prefix);
      let hugo = canonical(hugoHtml.replace(/src="(?![/h])/g, 'src="/'));
      if (sitePath.endsWith('writing-in-vs-code.md')) {
        mine = mine.replace(/<div class="pc-embed-card" data-embed="youtube">.*?<\/span><\/div>/, '[embed]');
        hugo = hugo.replace(/<div><iframe [^>]*src="https:\/\/www\.youtube\.com\/embed\/w7Ft2ymGmfc"[^>]*><\/iframe><\/div>/, '[embed]');
      }
      if (sitePath.endsWith('permalinks.md')) {
        hugo = hugo.replace(/<div class="highlight"><div><table><tr><td><pre><code>1\s+2<\/code><\/pre><\/td><td>(<pre>[\s\S]*?<\/pre>)<\/td><\/tr><\/table><\/div><\/div>/, '<div class="highlight">$1</div>');
      }
      assert.equal(mine, hugo);
    });
  }
});
