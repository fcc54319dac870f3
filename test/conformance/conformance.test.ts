import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { nodeFileSystem } from '../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { siteIndexJson } from '../../src/core/siteReport';
import { indexSite } from '../../src/platform/siteIndexer';
import { generatorOfFolder } from '../harness/siteKinds';

const root = path.resolve(__dirname, '..', '..', '..');
const oracle = path.join(root, 'test', 'conformance', 'jekyll-oracle.rb');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

interface OraclePost {
  path: string;
  url: string;
  date: string;
  title: string;
  categories: string[];
  tags: string[];
}
interface OracleSite {
  posts: OraclePost[];
  categories: Record<string, number>;
  tags: Record<string, number>;
}

/** The sites to compare: the sample, the project's fixture sites, and every Jekyll site of the shared corpus. */
function sites(): string[] {
  const list = [path.join(root, 'samples', 'jekyll-blog')];
  const fixtures = path.join(root, 'test', 'fixtures', 'sites');
  if (fs.existsSync(fixtures)) {
    list.push(...fs.readdirSync(fixtures).map((d) => path.join(fixtures, d)));
  }
  if (!fs.existsSync(corpus)) {
    // A run that compared nothing of the corpus says so; CI always has it, so there its absence is a failure.
    if (process.env['CI'] === 'true') throw new Error(`the shared corpus is missing at ${corpus}`);
    console.log(`conformance: ${corpus} is absent, so the corpus sites were skipped`);
  } else {
    list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => fs.statSync(d).isDirectory()));
  }
  return list.filter((site) => generatorOfFolder(site) === 'jekyll');
}

function askJekyll(site: string): OracleSite {
  return JSON.parse(execFileSync('ruby', [oracle, site], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as OracleSite;
}

describe('conformance with Jekyll 4.3 (jekyll-oracle.rb)', () => {
  for (const site of sites()) {
    it(path.relative(path.dirname(root), site), async () => {
      const expected = askJekyll(site);
      const indexed = await indexSite(site, { fs: nodeFileSystem, nowMs: Date.now() });
      const actual = siteIndexJson(indexed.model.snapshot(), 'jekyll');
      const published = actual.posts.filter((p) => p.status === 'published');
      assert.deepEqual(published.map((p) => p.path).sort(), expected.posts.map((p) => p.path).sort(), 'the same files are posts');
      const byPath = new Map(published.map((p) => [p.path, p]));
      for (const want of expected.posts) {
        const got = byPath.get(want.path);
        assert.ok(got);
        assert.deepEqual(
          { url: got.url, date: got.date, categories: got.categories, tags: got.tags },
          { url: want.url, date: want.date, categories: want.categories, tags: want.tags },
          want.path,
        );
      }
      assert.deepEqual(actual.categories, expected.categories, 'category counts');
      assert.deepEqual(actual.tags, expected.tags, 'tag counts');
      console.log(`${path.basename(site)}: ${expected.posts.length} posts, ${Object.keys(expected.categories).length} categories, ${Object.keys(expected.tags).length} tags agree`);
    });
  }
});
