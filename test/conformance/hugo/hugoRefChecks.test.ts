// The build is the oracle: `ref`/`relref` faults are injected into a copy of the Hugo sample, plain `hugo` builds it
// (no -D, -F or -E, as a blog's CI does), and every REF_NOT_FOUND it reports must be an error of Postcraft's check at
// the same file, line and column, and no other. On the sites hugo builds without such errors, the check reports none.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { generatorOfFolder } from '../../harness/siteKinds';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();

/** The injected faults, and refs around them that must stay quiet (sections, taxonomies, home, anchors, bundles). */
const FAULTS: Record<string, string> = {
  'content/posts/ref-faults.md': [
    '---',
    'title: "Ref faults"',
    'date: 2024-05-01T09:00:00+09:00',
    '---',
    'A missing page: [x]({{< ref "no-such-post" >}}), and a missing file by path {{< relref "/posts/nothing-here.md" >}}.',
    '',
    'Fine: [bundle]({{< relref "/posts/hugo-first-steps" >}}) [by name]({{< relref "permalinks" >}}) [anchor]({{< relref "permalinks.md#설정" >}})',
    '[section]({{< ref "/posts" >}}) [tags]({{< ref "/tags" >}}) [home]({{< ref "/" >}}) [own]({{< relref "#top" >}})',
    '',
    'A draft, which plain hugo does not build: {{< relref "/posts/comment-systems.md" >}}',
    '',
    '한글 문장 뒤의 잘못된 참조: {{< ref "missing-after-korean" >}}',
    '',
    '```',
    '{{< ref "missing-in-a-code-block" >}}',
    '```',
    '',
    'Escaped, never looked up: {{</* ref "escaped-missing" */>}}',
    '',
  ].join('\n'),
};

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-refs-'));
  fs.cpSync(site, work, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

/** Plain `hugo`'s REF_NOT_FOUND errors as `file:line:col` (1-based, as Hugo prints them), site-relative. */
function hugoRefErrors(site: string): string[] {
  // A site with a broken ref fails the build: its errors are on stderr either way.
  const run = spawnSync('hugo', ['--source', site, '--destination', path.join(site, '.public')], {
    cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, HUGO_CACHEDIR: path.join(site, '.hugo-cache') }, encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  const errors: string[] = [];
  for (const m of output.matchAll(/REF_NOT_FOUND: Ref "[^"]*": "([^"]+):(\d+):(\d+)": page not found/g)) {
    errors.push(`${path.relative(fs.realpathSync(site), fs.realpathSync(m[1] ?? '')).split(path.sep).join('/')}:${m[2]}:${m[3]}`);
  }
  return errors.sort();
}

/**
 * Postcraft's ref errors on the site, as `file:line:col` (1-based). Postcraft's columns count UTF-16 units, as the
 * editor does; Hugo's count bytes of UTF-8: the line's text before the column is measured in bytes to compare.
 */
async function ourRefErrors(site: string): Promise<string[]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
  return (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme))
    .filter((p) => p.code.startsWith('hugo.ref'))
    .map((p) => {
      const line = fs.readFileSync(path.join(site, p.path), 'utf8').split('\n')[p.line] ?? '';
      return `${p.path}:${p.line + 1}:${Buffer.byteLength(line.slice(0, p.column ?? 0)) + 1}`;
    })
    .sort();
}

describe('ref checks agree with hugo 0.111.3\'s build', () => {
  it('every REF_NOT_FOUND of plain hugo is an error at the same file, line and column, and nothing else is', async () => {
    const site = copy(sample, FAULTS);
    try {
      const hugo = hugoRefErrors(site);
      assert.deepEqual(hugo, [
        'content/posts/ref-faults.md:10:43',
        'content/posts/ref-faults.md:12:40',
        'content/posts/ref-faults.md:15:1',
        'content/posts/ref-faults.md:5:21',
        'content/posts/ref-faults.md:5:77',
      ], 'hugo reports the five injected faults, columns in bytes (else the fixture tests nothing)');
      assert.deepEqual(await ourRefErrors(site), hugo);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('no ref error on the Hugo sites hugo builds without one', async () => {
    const sites = [sample, ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'hugo-sites')).map((d) => path.join(root, 'test', 'fixtures', 'hugo-sites', d))];
    if (fs.existsSync(corpus)) sites.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'hugo'));
    for (const site of sites) {
      const work = copy(site, {});
      try {
        const theirs = hugoRefErrors(work);
        assert.deepEqual(await ourRefErrors(work), theirs, path.basename(site));
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    }
  });
});
