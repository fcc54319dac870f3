// New Post / New Draft on Hexo sites against `hexo new` itself (hexo-new.js on a copy of the site): the same file
// name and the same text, scaffold and all, with only the time of day allowed to differ (each takes its own now).
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { hexoNewPost } from '../../../src/core/generators/hexo/hexoNewPost';
import { generatorById } from '../../../src/core/generators/generators';
import { loadSiteConfig } from '../../../src/platform/siteConfigFile';
import { createTimeZone } from '../../../src/core/timeZone';
import type { HexoConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const script = path.join(root, 'test', 'conformance', 'hexo', 'hexo-new.js');
const corpusSite = path.resolve(root, '..', 'shared', 'corpus', 'hexojs__site');

function hexoNew(site: string, data: object, zone: string): { path: string; text: string } {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-new-'));
  try {
    fs.cpSync(site, copy, { recursive: true });
    const dir = oracleDir('hexo');
    return JSON.parse(execFileSync(process.execPath, [script, copy, JSON.stringify(data)], { cwd: dir, env: { ...process.env, TZ: zone, NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' })) as { path: string; text: string };
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

function scaffoldOf(site: string, layout: string): string | undefined {
  const dir = path.join(site, 'scaffolds');
  for (const name of [layout, 'normal']) {
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => !f.startsWith('_') && path.basename(f, path.extname(f)) === name) : undefined;
    if (file !== undefined) return fs.readFileSync(path.join(dir, file), 'utf8');
  }
  return undefined;
}

const withoutTime = (text: string): string => text.replace(/^(date: \d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2}$/m, '$1 <time>');

const cases: readonly (readonly [string, { title: string; draft: boolean; tags: string[]; categories: string[] }])[] = [
  [path.join(root, 'samples', 'hexo-blog'), { title: '새 글: 첫 번째 "시도"', draft: false, tags: ['Hexo', '한글 태그'], categories: ['개발', 'Go'] }],
  [path.join(root, 'samples', 'hexo-blog'), { title: 'A Draft [with] brackets', draft: true, tags: [], categories: [] }],
  [path.join(root, 'test', 'fixtures', 'hexo-sites', 'hard-cases'), { title: 'Hard Case Post', draft: false, tags: ['x'], categories: [] }],
  [path.join(root, 'test', 'fixtures', 'hexo-sites', 'hard-cases'), { title: 'No draft scaffold', draft: true, tags: [], categories: [] }],
  [corpusSite, { title: 'Hexo 9.0.0 Released', draft: false, tags: [], categories: [] }],
];

describe('New Post and New Draft as hexo new (hexo-new.js)', () => {
  for (const [site, input] of cases) {
    it(`${path.basename(site)}: ${input.draft ? 'draft' : 'post'} "${input.title}"`, async (t) => {
      if (!fs.existsSync(site)) {
        t.skip(`${site} is absent`);
        return;
      }
      const zone = 'Asia/Seoul';
      const saved = process.env['TZ'];
      process.env['TZ'] = zone;
      try {
        const generator = generatorById('hexo');
        assert.ok(generator);
        const config = (await loadSiteConfig(nodeFileSystem, site, generator)).config as HexoConfig;
        const layout = input.draft ? 'draft' : 'post';
        const ours = hexoNewPost({ ...input, nowMs: Date.now(), machine: createTimeZone(zone).zone, config, scaffold: scaffoldOf(site, layout), exists: (p) => fs.existsSync(path.join(site, p)) });
        const theirs = hexoNew(site, { title: input.title, layout, ...(input.tags.length > 0 ? { tags: input.tags } : {}), ...(input.categories.length > 0 ? { categories: input.categories } : {}) }, zone);
        assert.ok(ours.ok);
        assert.equal(ours.path, theirs.path);
        assert.equal(withoutTime(ours.text), withoutTime(theirs.text));
      } finally {
        if (saved === undefined) delete process.env['TZ'];
        else process.env['TZ'] = saved;
      }
    });
  }
});
