// Hexo's hierarchical categories as a tree, asked of Hexo: `site.categories` with each category's parent and posts
// (hexo-categories.js), against the names Postcraft groups (groupByKey, as the Categories view counts them) nested
// by the generator's rule (Generator.nameNesting): the same categories, the same parent of each, the same posts.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { groupByKey } from '../../../src/core/taxonomyGroups';
import { nestKeys } from '../../../src/core/taxonomyNesting';
import { HEXO_CATEGORY_SEPARATOR } from '../../../src/core/generators/hexo/hexoTaxonomy';
import { indexSite } from '../../../src/platform/siteIndexer';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { copySite } from '../imageBuilds';
import type { HexoConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';

interface HexoCategory {
  readonly chain: readonly string[];
  readonly parent: readonly string[] | null;
  readonly posts: readonly string[];
}

function askHexoCategories(copy: string, zone: string): HexoCategory[] {
  const dir = oracleDir('hexo');
  const script = path.join(repoRoot, 'test', 'conformance', 'hexo', 'hexo-categories.js');
  const out = execFileSync(process.execPath, [script, copy], { cwd: dir, env: { ...process.env, TZ: zone, NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' });
  return (JSON.parse(out) as { categories: HexoCategory[] }).categories;
}

const sites = [path.join(repoRoot, 'samples', 'hexo-blog'), path.join(repoRoot, 'test', 'fixtures', 'hexo-sites', 'category-tree'), path.join(repoRoot, 'test', 'fixtures', 'hexo-sites', 'hard-cases')];

describe('Hexo category trees, asked of Hexo', () => {
  for (const site of sites) {
    it(path.relative(repoRoot, site), async () => {
      const copy = copySite(site, ['node_modules', 'public', 'themes', 'db.json', '.git']);
      try {
        const theirs = askHexoCategories(copy, 'UTC');
        const savedTz = process.env['TZ'];
        process.env['TZ'] = 'UTC';
        const indexed = await indexSite(copy, { fs: nodeFileSystem, generator: 'hexo', nowMs: Date.now() }).finally(() => {
          process.env['TZ'] = savedTz;
        });
        const { generator } = indexed;
        const nesting = generator.nameNesting;
        assert.ok(nesting, 'Hexo categories nest');
        const groups = groupByKey(indexed.model.snapshot().posts, 'categories', (name) => generator.nameKey('categories', name, indexed.loaded.config));
        const tree = nestKeys(groups.keys(), (key) => nesting.parentOf('categories', key));
        const prefix = `${(indexed.loaded.config as HexoConfig).hexo.sourceDir}/`;
        const join = (chain: readonly string[]): string => chain.join(HEXO_CATEGORY_SEPARATOR);
        assert.deepEqual([...groups.keys()].sort(), theirs.map((c) => join(c.chain)).sort(), 'the same categories');
        for (const category of theirs) {
          const key = join(category.chain);
          assert.equal(tree.parents.get(key), category.parent === null ? undefined : join(category.parent), `${key}: its parent`);
          assert.deepEqual((groups.get(key)?.posts ?? []).map((p) => p.path).sort(), category.posts.map((p) => `${prefix}${p}`).sort(), `${key}: its posts`);
        }
        assert.deepEqual([...tree.roots].sort(), theirs.filter((c) => c.parent === null).map((c) => join(c.chain)).sort(), 'the top categories');
        assert.ok(theirs.length > 0);
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });
  }
});
