// Publish Draft on Hexo sites against `hexo publish` itself (hexo-publish.js on a copy of the site): the same new file
// name under _posts (new_post_name with the slug, the date and filename_case), and a date written only when the
// draft had none, in the same form; and with post_asset_folder, the draft's asset folder moved beside the new post,
// every file of it, as Hexo leaves the site's files.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { generatorById } from '../../../src/core/generators/generators';
import { loadSiteConfig } from '../../../src/platform/siteConfigFile';
import { assetFolderMove } from '../../../src/core/edits/assetFolderMove';

interface Published {
  readonly path: string;
  readonly dateLine: string | undefined;
  readonly files: readonly string[];
}

/** Site-relative paths of the files under the folders, '/'-separated and sorted (as hexo-publish.js lists them). */
function listFiles(dir: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(dir, folder))) walk(folder);
  return out.sort();
}

const root = path.resolve(__dirname, '..', '..', '..', '..');
const script = path.join(root, 'test', 'conformance', 'hexo', 'hexo-publish.js');

function hexoPublish(site: string, name: string, zone: string): Published {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-publish-'));
  try {
    fs.cpSync(site, copy, { recursive: true });
    const dir = oracleDir('hexo');
    const out = execFileSync(process.execPath, [script, copy, name], { cwd: dir, env: { ...process.env, TZ: zone, NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' });
    return JSON.parse(out) as Published;
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

// [site, draft, whether the draft has an asset folder that moves with it]
const cases: readonly (readonly [string, string, boolean])[] = [
  ['samples/hexo-blog', 'source/_drafts/comment-systems.md', false],
  ['test/fixtures/hexo-sites/hard-cases', 'source/_drafts/a-draft.md', true],
  ['test/fixtures/hexo-sites/hard-cases', 'source/_drafts/own-slug.md', false],
];

describe('Publish Draft as hexo publish (hexo-publish.js)', () => {
  for (const [siteRel, draft, hasAssets] of cases) {
    it(`${siteRel}: ${draft}`, async () => {
      const site = path.join(root, siteRel);
      const generator = generatorById('hexo');
      assert.ok(generator?.publishDraft);
      // Both run in the zone the site names, where Hexo's now and Postcraft's are the same wall clock.
      const saved = process.env['TZ'];
      process.env['TZ'] = 'Asia/Seoul';
      try {
        const loaded = await loadSiteConfig(nodeFileSystem, site, generator);
        const text = fs.readFileSync(path.join(site, draft), 'utf8');
        const frontMatter = generator.readPost(text, loaded.config).frontMatter ?? {};
        const name = path.basename(draft, path.extname(draft));
        const ours = generator.publishDraft({ path: draft, frontMatter, config: loaded.config, nowMs: Date.now(), zone: loaded.zone, exists: (p) => fs.existsSync(path.join(site, p)) });
        const theirs = hexoPublish(site, name, 'Asia/Seoul');
        assert.ok(ours.ok);
        assert.equal(ours.path, theirs.path);
        // The site's files after Postcraft's moves (the draft, and its asset folder when it has one) are Hexo's.
        const isFolder = (p: string): boolean => fs.statSync(path.join(site, p), { throwIfNoEntry: false })?.isDirectory() === true;
        const assets = assetFolderMove((p) => generator.assetFolder?.(p, loaded.config), draft, ours.path, isFolder, (p) => fs.existsSync(path.join(site, p)));
        assert.ok(assets.ok);
        const move = assets.move;
        const after = listFiles(site, ['source/_posts', 'source/_drafts'])
          .map((f) => (f === draft ? ours.path : move !== undefined && f.startsWith(`${move.from}/`) ? `${move.to}${f.slice(move.from.length)}` : f))
          .sort();
        assert.deepEqual(after, theirs.files);
        assert.equal(move !== undefined, hasAssets, hasAssets ? 'the draft\'s asset folder moves' : 'no asset folder to move');
        const ownDate = /^date:\s*(.+)$/m.exec(text)?.[1];
        if (ownDate !== undefined) {
          assert.equal(theirs.dateLine, ownDate, 'Hexo keeps the draft\'s date');
          assert.equal(ours.date, undefined, 'Postcraft leaves the date as it is');
        } else {
          assert.match(theirs.dateLine ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
          assert.match(ours.date ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        }
      } finally {
        if (saved === undefined) delete process.env['TZ'];
        else process.env['TZ'] = saved;
      }
    });
  }
});

describe('the asset folder that moves with a post', () => {
  const folders = new Set(['source/_drafts/x', 'source/_posts/y']);
  const hexoFolder = (p: string): string | undefined => (/^source\/_(?:posts|drafts)\//.test(p) ? p.replace(/\.[^./]+$/, '') : undefined);
  it('moves beside the post\'s new name, and not at all without one', () => {
    assert.deepEqual(assetFolderMove(hexoFolder, 'source/_drafts/x.md', 'source/_posts/2024-x.md', (p) => folders.has(p), (p) => folders.has(p)), { ok: true, move: { from: 'source/_drafts/x', to: 'source/_posts/2024-x' } });
    assert.deepEqual(assetFolderMove(hexoFolder, 'source/_drafts/z.md', 'source/_posts/z.md', (p) => folders.has(p), (p) => folders.has(p)), { ok: true, move: undefined });
    assert.deepEqual(assetFolderMove(undefined, 'source/_drafts/x.md', 'source/_posts/x.md', (p) => folders.has(p), (p) => folders.has(p)), { ok: true, move: undefined });
  });
  it('is refused where a folder already sits', () => {
    const r = assetFolderMove(hexoFolder, 'source/_drafts/x.md', 'source/_posts/y.md', (p) => folders.has(p), (p) => folders.has(p));
    assert.deepEqual(r, { ok: false, reason: { key: 'assetFolderTaken', args: ['source/_posts/y'] } });
  });
});
