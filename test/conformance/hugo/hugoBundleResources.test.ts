// Markdown files beside a leaf bundle's index.md are the page's resources, not pages: hugo 0.111.3 lists only the
// bundle's index.md (`hugo list all`), and Postcraft neither reads them as posts nor lints them, nor reports the
// bundle's links and images to them (or to its other files) as missing.
import * as assert from 'node:assert/strict';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const now = Date.now();

const FILES: Record<string, string> = {
  'content/posts/leaf/index.md': '---\ntitle: Leaf\ndate: 2024-05-01\n---\nSee [other](other.md) and [notes](notes/more.md) ![i](pic.png)\n',
  'content/posts/leaf/other.md': '---\ntitle: Other\n---\n[x](/posts/gone/) ![y](nope.png)\n',
  'content/posts/leaf/notes/more.md': '---\ntitle: More\n---\n![z](/nope.png)\n',
  'content/posts/leaf/pic.png': '',
};

describe('the Markdown files of a leaf bundle are resources', () => {
  it('hugo lists the bundle\'s index.md only, and Postcraft neither reads nor lints the others', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-leaf-'));
    try {
      fs.cpSync(sample, site, { recursive: true });
      for (const [rel, text] of Object.entries(FILES)) {
        fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
        fs.writeFileSync(path.join(site, rel), text);
      }
      const run = spawnSync('hugo', ['list', 'all', '--source', site], { cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site }, encoding: 'utf8' });
      const listed = run.stdout.split('\n').slice(1).map((l) => l.split(',')[0] ?? '').filter((p) => p.startsWith('content/posts/leaf'));
      assert.deepEqual(listed, ['content/posts/leaf/index.md']);
      const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
      const ours = indexed.model.snapshot().posts.map((p) => p.path).filter((p) => p.startsWith('content/posts/leaf'));
      assert.deepEqual(ours, listed);
      const found = (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme)).filter((p) => p.path.startsWith('content/posts/leaf'));
      assert.deepEqual(found.map((p) => `${p.path} ${p.code}`), []);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
