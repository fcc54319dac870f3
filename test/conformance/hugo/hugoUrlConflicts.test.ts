// Two pages written to the same file: plain `hugo` 0.111.3 writes one over the other without a word, and
// `hugo --printPathWarnings` lists each such path with its count. Pages that clash are injected into a copy of the
// sample, and the paths hugo lists must be those Postcraft warns about, on as many pages. On every Hugo site (the
// sample, the fixtures, the corpus), the pages Postcraft warns about are those Hugo's own reading writes to a path
// another published page has too.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { destinationOf } from '../../../src/core/lint/postKeys';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { generatorOfFolder } from '../../harness/siteKinds';
import { askHugo } from './hugoOracle';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();

const CLASHES: Record<string, string> = {
  // Same slug in the same month: the sample's permalinks are /:year/:month/:slug/.
  'content/posts/clash-a.md': '---\ntitle: a\ndate: 2024-05-01T09:00:00+09:00\nslug: same\n---\na\n',
  'content/posts/clash-b.md': '+++\ntitle = "b"\ndate = 2024-05-20T09:00:00+09:00\nslug = "same"\n+++\nb\n',
  // The same url on a post and a page outside the section, and on an English page.
  'content/posts/clash-c.md': '---\ntitle: c\ndate: 2024-05-01T09:00:00+09:00\nurl: /fixed/\n---\nc\n',
  'content/clash-d.md': '---\ntitle: d\nurl: /fixed/\n---\nd\n',
  'content/posts/clash-e.en.md': '---\ntitle: e\ndate: 2024-05-01T09:00:00+09:00\nurl: /en/fixed-en/\n---\ne\n',
  'content/clash-f.en.md': '---\ntitle: f\nurl: /en/fixed-en/\n---\nf\n',
  // Quiet: the same slug in another month, and a draft hugo does not write.
  'content/posts/near-a.md': '---\ntitle: near\ndate: 2024-06-01T09:00:00+09:00\nslug: same\n---\nn\n',
  'content/posts/clash-draft.md': '---\ntitle: draft\ndraft: true\nurl: /fixed/\n---\nd\n',
};

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-clash-'));
  fs.cpSync(site, work, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

/** `hugo --printPathWarnings`'s "Duplicate target paths" as `path (count)`, sorted. */
function hugoDuplicates(site: string): string[] {
  const run = spawnSync('hugo', ['--printPathWarnings', '--source', site, '--destination', path.join(site, '.public')], {
    cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, HUGO_CACHEDIR: path.join(site, '.hugo-cache') }, encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  const list = /Duplicate target paths: (.*)/.exec(`${run.stdout}${run.stderr}`)?.[1] ?? '';
  return list === '' ? [] : list.split(', ').sort();
}

/** Postcraft's conflict warnings: page → destination. */
async function ourConflicts(site: string): Promise<Map<string, string>> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
  const found = new Map<string, string>();
  for (const p of (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme)).filter((x) => x.code === 'hugo.urlConflict')) {
    assert.equal(p.severity, 'warning');
    found.set(p.path, /^Duplicate target path: (\S+)/.exec(p.message)?.[1] ?? '');
  }
  return found;
}

const asCounts = (conflicts: Map<string, string>): string[] => {
  const counts = new Map<string, number>();
  for (const destination of conflicts.values()) counts.set(destination, (counts.get(destination) ?? 0) + 1);
  return [...counts].map(([p, n]) => `${p} (${n})`).sort();
};

describe('pages written to the same file agree with hugo 0.111.3', () => {
  it('every duplicate target path hugo --printPathWarnings lists is a warning on each of its pages, and nothing else is', async () => {
    const site = copy(sample, CLASHES);
    try {
      const hugo = hugoDuplicates(site);
      assert.deepEqual(hugo, ['/2024/05/same/index.html (2)', '/en/fixed-en/index.html (2)', '/fixed/index.html (2)'], 'hugo lists the injected clashes (else the fixture tests nothing)');
      const ours = await ourConflicts(site);
      assert.deepEqual(asCounts(ours), hugo);
      assert.deepEqual([...ours.keys()].sort(), ['content/clash-d.md', 'content/clash-f.en.md', 'content/posts/clash-a.md', 'content/posts/clash-b.md', 'content/posts/clash-c.md', 'content/posts/clash-e.en.md']);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('on every Hugo site, the pages warned about are those Hugo\'s reading writes where another published page is written', async () => {
    const sites = [sample, ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'hugo-sites')).map((d) => path.join(root, 'test', 'fixtures', 'hugo-sites', d))];
    if (fs.existsSync(corpus)) sites.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'hugo'));
    for (const site of sites) {
      const reading = askHugo(site);
      const byDestination = new Map<string, string[]>();
      for (const page of reading.pages.filter((p) => p.published)) {
        const d = destinationOf(page.relPermalink);
        byDestination.set(d, [...(byDestination.get(d) ?? []), page.path]);
      }
      const theirs = new Map([...byDestination].filter(([, pages]) => pages.length > 1).flatMap(([d, pages]) => pages.map((p) => [p, d] as const)));
      const ours = await ourConflicts(site);
      console.log(`hugo url conflicts: ${path.basename(site)}: ${ours.size} pages warned, hugo's reading ${theirs.size}`);
      assert.deepEqual([...ours].sort(), [...theirs].sort(), path.basename(site));
    }
  });
});
