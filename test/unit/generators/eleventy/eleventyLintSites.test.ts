// Lint on every Eleventy site we have (the sample, the hard cases, the corpus): no error on a post Eleventy
// builds (the conformance test shows Eleventy builds them), and every finding's range inside its line.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { indexSite } from '../../../../src/platform/siteIndexer';
import { generatorOfFolder } from '../../../harness/siteKinds';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf, ownNames } from '../../../../src/core/lint/lintSite';

const repo = path.resolve(__dirname, '..', '..', '..', '..', '..');
const corpus = path.resolve(repo, '..', 'shared', 'corpus');
const NOW = Date.parse('2026-01-01T00:00:00Z');
const corpusSites = fs.existsSync(corpus) ? fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'eleventy') : [];
const sites = [path.join(repo, 'samples', 'eleventy-blog'), path.join(repo, 'test', 'fixtures', 'eleventy-sites', 'hard-cases'), ...corpusSites];

for (const root of sites) {
  test(`no errors on the posts Eleventy builds: ${path.basename(root)}`, async () => {
    const indexed = await indexSite(root, { fs: nodeFileSystem, generator: 'eleventy', nowMs: NOW });
    const site = lintSiteOf(indexed.model.snapshot(), undefined);
    let built = 0;
    const codes = new Map<string, number>();
    for (const file of indexed.files) {
      const text = fs.readFileSync(file.absolutePath, 'utf8');
      const ctx = { config: indexed.loaded.config, zone: indexed.loaded.zone, nowMs: NOW };
      const { info, findings } = lintPost({ path: file.relativePath, text, ctx, site, own: ownNames(indexed.model.get(file.relativePath)) });
      for (const f of findings) {
        const line = text.split('\n')[f.range.line] ?? '';
        assert.ok(f.range.startChar <= f.range.endChar && f.range.endChar <= line.length, `${file.relativePath}: range inside its line`);
        codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
      }
      if (!info.willPublish) continue;
      built++;
      assert.deepEqual(findings.filter((f) => f.severity === 'error').map((e) => `${e.range.line + 1}: ${e.message}`), [], file.relativePath);
    }
    assert.ok(built > 0);
    console.log(`${path.basename(root)}: ${built} built; ${JSON.stringify(Object.fromEntries(codes))}`);
  });
}
