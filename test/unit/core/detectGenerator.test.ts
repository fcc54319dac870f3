import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { detectGenerator, type GeneratorId } from '../../../src/core/generators/detectGenerator';
import { findSites, siteGenerator } from '../../../src/platform/siteLocator';
import { generatorOfFolder } from '../../harness/siteKinds';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

const facts = (names: string[], packageJson?: string) => ({ names: new Set(names), packageJson });

describe('detectGenerator', () => {
  const cases: [string, string[], string | undefined, GeneratorId | undefined][] = [
    ['Jekyll by _config.yml', ['_config.yml', '_posts/', 'Gemfile'], undefined, 'jekyll'],
    ['Jekyll by _posts alone', ['_posts/', 'index.md'], undefined, 'jekyll'],
    ['Jekyll with a package.json of build tools', ['_config.yml', 'package.json'], '{"devDependencies":{"gulp":"4"}}', 'jekyll'],
    ['Hexo by scaffolds', ['_config.yml', 'scaffolds/', 'source/'], undefined, 'hexo'],
    ['Hexo by source/_posts', ['_config.yml', 'source/', 'source/_posts/'], undefined, 'hexo'],
    ['Hexo by its package', ['_config.yml', 'package.json'], '{"dependencies":{"hexo":"^8.0.0"}}', 'hexo'],
    ['Hugo by hugo.toml', ['hugo.toml', 'content/'], undefined, 'hugo'],
    ['Hugo by config.yaml', ['config.yaml', 'content/', 'archetypes/'], undefined, 'hugo'],
    ['Hugo by config/_default', ['config/', 'config/_default/', 'content/'], undefined, 'hugo'],
    ['a config.toml alone is no Hugo site', ['config.toml', 'src/', 'Cargo.toml'], undefined, undefined],
    ['Hugo by config.toml beside archetypes', ['config.toml', 'archetypes/'], undefined, 'hugo'],
    ['Eleventy by its config', ['eleventy.config.js', 'src/'], undefined, 'eleventy'],
    ['Eleventy by .eleventy.js', ['.eleventy.js'], undefined, 'eleventy'],
    ['Eleventy by its package', ['package.json'], '{"devDependencies":{"@11ty/eleventy":"3"}}', 'eleventy'],
    ['Astro by its config', ['astro.config.mjs', 'src/'], undefined, 'astro'],
    ['Docusaurus by its config', ['docusaurus.config.ts', 'blog/'], undefined, 'docusaurus'],
    ['nothing', ['README.md', 'src/'], undefined, undefined],
    ['a broken package.json is no package', ['package.json', '_config.yml'], '{"dependencies":', 'jekyll'],
  ];
  for (const [name, names, pkg, want] of cases) {
    it(name, () => assert.equal(detectGenerator(facts(names, pkg)), want));
  }
});

describe('every corpus site is found with its own generator', { skip: !fs.existsSync(corpus) && 'no ../shared/corpus' }, () => {
  const expected: Record<string, GeneratorId> = {
    '11ty__11ty-website': 'eleventy',
    'dongle94__dongle94.github.com': 'jekyll',
    'golangkorea__golangkorea-hugo': 'hugo',
    hexojs__site: 'hexo',
    'kunsanglee__kunsanglee.github.io': 'jekyll',
    prettier__prettier: 'docusaurus',
    'satnaing__astro-paper': 'astro',
    'ubuntu-kr__blog.ubuntu-kr.org': 'hugo',
    'yanghs6__yanghs6.github.io': 'jekyll',
  };
  for (const dir of fs.readdirSync(corpus).filter((d) => fs.statSync(path.join(corpus, d)).isDirectory())) {
    it(dir, async () => {
      const found = await findSites(nodeFileSystem, path.join(corpus, dir));
      assert.equal(found.length, 1, `one site in ${dir}: ${JSON.stringify(found)}`);
      assert.equal(found[0]?.generator, expected[dir] ?? 'a generator this test names');
      // The tests' own synchronous reading (test/harness/siteKinds.ts) agrees with the locator's.
      assert.equal(generatorOfFolder(path.join(corpus, dir)), await siteGenerator(nodeFileSystem, path.join(corpus, dir)));
    });
  }
  it('the Hexo site is not a Jekyll site, nor is its source/_posts', async () => {
    assert.equal(await siteGenerator(nodeFileSystem, path.join(corpus, 'hexojs__site')), 'hexo');
    assert.deepEqual((await findSites(nodeFileSystem, path.join(corpus, 'hexojs__site'))).map((s) => s.generator), ['hexo']);
  });
});
