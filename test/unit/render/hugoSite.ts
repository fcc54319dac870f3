/** Hugo sites for the render tests: the sample blog read from disk, or a config and pages in memory. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { analyzePost } from '../../../src/core/analyzePost';
import { readHugoSiteConfig, type HugoConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { PostRenderer } from '../../../src/core/render/renderPost';
import type { DocumentRenderInput, RenderResult, SiteRenderInput } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import type { PostLookup } from '../../../src/core/render/renderTypes';
import { createTimeZone } from '../../../src/core/timeZone';

export const hugoSampleRoot = path.resolve(__dirname, '..', '..', '..', '..', 'samples', 'hugo-blog');

export const NOW = Date.UTC(2025, 5, 1);

export function readHugoSample(sitePath: string): string {
  return fs.readFileSync(path.join(hugoSampleRoot, sitePath), 'utf8');
}

/** The sample blog's content files, site-relative. */
export function hugoSampleFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(path.relative(hugoSampleRoot, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(hugoSampleRoot, 'content'));
  return files.sort();
}

export function hugoConfig(text: string): HugoConfig {
  return readHugoSiteConfig([{ file: 'hugo.toml', text }]).config;
}

/** A lookup over `pages` (site path → text), with the URLs the Hugo generator gives them, as the site model's. */
export function pageLookup(config: HugoConfig, pages: Readonly<Record<string, string>>): PostLookup {
  const urls = new Map<string, string>();
  for (const [sitePath, text] of Object.entries(pages)) {
    const info = analyzePost({ path: sitePath, text, mtimeMs: 0 }, { config, zone: createTimeZone('UTC').zone, nowMs: NOW });
    if (info.url !== undefined) urls.set(sitePath, info.url);
  }
  return {
    urlForPostUrlName: () => undefined,
    urlForPath: (sitePath) => urls.get(sitePath),
    fileForUrl: (url) => [...urls].find(([, u]) => u === url)?.[0],
    sitePaths: () => [...urls.keys()],
  };
}

export function hugoSampleSite(overrides: Partial<SiteRenderInput> = {}): SiteRenderInput {
  const config = hugoConfig(readHugoSample('hugo.toml'));
  const pages = Object.fromEntries(hugoSampleFiles().map((f) => [f, readHugoSample(f)]));
  return { config, includes: () => undefined, posts: pageLookup(config, pages), fallbackTimeZone: 'UTC', ...overrides };
}

export function renderHugo(text: string, options: Partial<DocumentRenderInput> & { site?: SiteRenderInput } = {}): RenderResult {
  return new PostRenderer(options.site ?? hugoSampleSite()).render({
    text,
    sitePath: 'content/posts/test.md',
    nowMs: NOW,
    resourceRoot: 'https://res.test/site',
    showCard: false,
    labels: ENGLISH_CARD_LABELS,
    ...options,
  });
}

export function dom(html: string): ChildNode[] {
  return parseDocument(html, { decodeEntities: true }).children;
}

export function elements(html: string, test: (e: Element) => boolean): Element[] {
  return DomUtils.findAll(test, dom(html));
}

export function byClass(html: string, className: string): Element[] {
  return elements(html, (e) => (e.attribs['class'] ?? '').split(/\s+/).includes(className));
}

/** The text a reader sees outside code (`pre`, `code`) and outside our problem lines. */
export function visibleText(html: string): string {
  const walk = (nodes: readonly ChildNode[]): string =>
    nodes
      .map((n) => {
        if (DomUtils.isText(n)) return n.data;
        if (!DomUtils.isTag(n) || n.name === 'pre' || n.name === 'code' || (n.attribs['class'] ?? '').includes('pc-problem')) return '';
        return walk(n.children);
      })
      .join('');
  return walk(dom(html));
}

/** An element's HTML as the page has it. */
export function outer(element: Element): string {
  return DomUtils.getOuterHTML(element, { decodeEntities: false });
}
