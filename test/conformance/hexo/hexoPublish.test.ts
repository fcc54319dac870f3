// Publish Draft on Hexo sites against `hexo publish` itself (hexo-publish.js on a copy of the site): the same new file
// name under _posts (new_post_name with the slug, the date and filename_case), and a date written only when the
// draft had none, in the same form.
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

const root = path.resolve(__dirname, '..', '..', '..', '..');
const script = path.join(root, 'test', 'conformance', 'hexo', 'hexo-publish.js');

function hexoPublish(site: string, name: string, zone: string): { path: string; dateLine: string | undefined } {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-publish-'));
  try {
    fs.cpSync(site, copy, { recursive: true });
    const dir = oracleDir('hexo');
    const out = execFileSync(process.execPath, [script, copy, name], { cwd: dir, env: { ...process.env, TZ: zone, NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' });
    return JSON.parse(out) as { path: string; dateLine: string | undefined };
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

const cases: readonly (readonly [string, string])[] = [
  ['samples/hexo-blog', 'source/_drafts/comment-systems.md'],
  ['test/fixtures/hexo-sites/hard-cases', 'source/_drafts/a-draft.md'],
  ['test/fixtures/hexo-sites/hard-cases', 'source/_drafts/own-slug.md'],
];

describe('Publish Draft as hexo publish (hexo-publish.js)', () => {
  for (const [siteRel, draft] of cases) {
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
