import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { indexSite } from '../../../src/platform/siteIndexer';
import { listLayoutNames } from '../../../src/platform/siteLayouts';
import { lintPost } from '../../../src/core/lint/lintPost';
import { lintSiteOf, ownNames, siteLayouts } from '../../../src/core/lint/lintSite';
import { generatorOfFolder } from '../../harness/siteKinds';
import { corpusAvailable, corpusRoot, repoRoot } from './lintHelpers';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const read = new Set(['jekyll', 'hugo']);
const corpusSites = corpusAvailable ? fs.readdirSync(corpusRoot).map((d) => path.join(corpusRoot, d)).filter((d) => read.has(generatorOfFolder(d) ?? '')) : [];
const sites = [path.join(repoRoot, 'samples', 'jekyll-blog'), path.join(repoRoot, 'samples', 'hugo-blog'), path.join(repoRoot, 'test', 'fixtures', 'hugo-sites', 'hard-cases'), ...corpusSites];

for (const root of sites) {
  test(`no errors on the posts ${generatorOfFolder(root) === 'hugo' ? 'Hugo' : 'Jekyll'} publishes: ${path.basename(root)}`, async () => {
    const indexed = await indexSite(root, { fs: nodeFileSystem, nowMs: NOW });
    const layouts = siteLayouts(indexed.loaded.config.raw, await listLayoutNames(nodeFileSystem, root));
    const lintSite = lintSiteOf(indexed.model.snapshot(), layouts);
    let published = 0;
    const warnings = new Map<string, number>();
    for (const file of indexed.files) {
      const text = fs.readFileSync(file.absolutePath, 'utf8');
      const ctx = { config: indexed.loaded.config, zone: indexed.loaded.zone, nowMs: NOW };
      const { info, findings } = lintPost({ path: file.relativePath, text, ctx, site: lintSite, own: ownNames(indexed.model.get(file.relativePath)) });
      for (const f of findings) {
        const line = text.split('\n')[f.range.line] ?? '';
        assert.ok(f.range.startChar <= f.range.endChar && f.range.endChar <= line.length, `${file.relativePath}: range inside its line`);
        warnings.set(f.code, (warnings.get(f.code) ?? 0) + 1);
      }
      if (!info.willPublish) continue;
      published++;
      const errors = findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors.map((e) => `${e.range.line + 1}: ${e.message}`), [], file.relativePath);
    }
    assert.ok(published > 0);
    console.log(`${path.basename(root)}: ${published} published; ${JSON.stringify(Object.fromEntries(warnings))}`);
  });
}
