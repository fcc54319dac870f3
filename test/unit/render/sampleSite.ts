import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../../src/core/config';
import { PostRenderer } from '../../../src/core/render/renderPost';
import type { DocumentRenderInput, RenderResult, SiteRenderInput } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import type { PostLookup } from '../../../src/core/render/renderTypes';

/** The sample blog shipped in samples/, read from disk for the tests (the pipeline itself reads nothing). */
export const sampleRoot = path.resolve(__dirname, '..', '..', '..', '..', 'samples', 'jekyll-blog');

export function readSample(sitePath: string): string {
  return fs.readFileSync(path.join(sampleRoot, sitePath), 'utf8');
}

export const NOW = Date.UTC(2025, 5, 1);

/** A map-backed lookup, standing in for the site model. */
export function mapLookup(posts: Readonly<Record<string, string>>): PostLookup {
  return {
    urlForPostUrlName: (name) => posts[name],
    urlForPath: (p) => {
      const name = /_posts\/(.+)\.[^.]+$/.exec(p)?.[1];
      return name === undefined ? undefined : posts[name];
    },
    fileForUrl: (url) => {
      const hit = Object.entries(posts).find(([, u]) => u === url);
      return hit === undefined ? undefined : `_posts/${hit[0]}.md`;
    },
  };
}

export function sampleSite(overrides: Partial<SiteRenderInput> = {}): SiteRenderInput {
  const config = parseConfig(readSample('_config.yml')).config;
  const includesDir = path.join(sampleRoot, '_includes');
  return {
    config,
    includes: (name) => {
      const file = path.join(includesDir, name);
      return file.startsWith(includesDir) && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    },
    posts: mapLookup({ '2024-03-05-지킬-블로그-시작하기': '/jekyll/블로그/지킬-블로그-시작하기/' }),
    fallbackTimeZone: 'UTC',
    ...overrides,
  };
}

export function render(text: string, options: Partial<DocumentRenderInput> & { site?: SiteRenderInput } = {}): RenderResult {
  const renderer = new PostRenderer(options.site ?? sampleSite());
  return renderer.render({
    text,
    sitePath: '_posts/2024-06-01-test.md',
    nowMs: NOW,
    resourceRoot: 'https://res.test/site',
    showCard: false,
    labels: ENGLISH_CARD_LABELS,
    ...options,
  });
}
