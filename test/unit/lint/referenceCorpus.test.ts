// The link and image checks on real sites: none on the samples' and fixtures' valid links and images, and on the
// corpus (sites copied without their assets) only what was looked at: images without alt text (information). The
// counts are printed for each site.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { generatorOfFolder } from '../../harness/siteKinds';
import { corpusAvailable, corpusRoot, repoRoot } from './lintHelpers';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const CODES = /^(image|link)\./;
const own = [
  ...['jekyll-blog', 'hugo-blog', 'hexo-blog', 'eleventy-blog', 'astro-blog', 'docusaurus-blog'].map((s) => path.join(repoRoot, 'samples', s)),
  ...['hugo-sites', 'hexo-sites', 'eleventy-sites', 'astro-sites', 'docusaurus-sites'].flatMap((kind) =>
    fs.readdirSync(path.join(repoRoot, 'test', 'fixtures', kind)).map((d) => path.join(repoRoot, 'test', 'fixtures', kind, d))),
];
// A corpus repository may hold its site in a folder (prettier's Docusaurus site is in `website/`).
const corpus = corpusAvailable
  ? fs.readdirSync(corpusRoot).flatMap((d) => [path.join(corpusRoot, d), path.join(corpusRoot, d, 'website')]).filter((d) => fs.existsSync(d) && generatorOfFolder(d) !== undefined)
  : [];

async function counts(root: string): Promise<Record<string, number>> {
  const indexed = await indexSite(root, { fs: nodeFileSystem, nowMs: NOW });
  const found: Record<string, number> = {};
  for (const p of (await lintSiteFiles(nodeFileSystem, indexed, NOW, findGemTheme))) if (CODES.test(p.code)) found[p.code] = (found[p.code] ?? 0) + 1;
  console.log(`links and images: ${path.basename(root)}: ${JSON.stringify(found)}`);
  return found;
}

for (const root of own) {
  test(`no link or image finding on ${path.basename(root)}`, async () => {
    assert.deepEqual(await counts(root), {});
  });
}

for (const root of corpus) {
  test(`only images without alt text on the corpus site ${path.basename(root)}`, async () => {
    const found = await counts(root);
    assert.deepEqual(Object.keys(found).filter((c) => c !== 'image.noAlt'), []);
  });
}
