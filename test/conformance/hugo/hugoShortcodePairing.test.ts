// The build is the oracle: shortcodes left open or closed without being open are injected into copies of the Hugo
// sample, one fault a copy (hugo stops at the first), plain `hugo` builds each, and its "must be closed or
// self-closed" / "does not evaluate .Inner … yet a closing tag was provided" must be Postcraft's only such error, at
// the same file, line and column. Which embedded shortcodes read .Inner in Hugo 0.111 is asked of hugo too; and the
// sample and fixtures (which hugo builds) get no such error.
import * as assert from 'node:assert/strict';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { HUGO_BUILTIN_SHORTCODES, HUGO_INNER_SHORTCODES } from '../../../src/core/generators/hugo/hugoSiteFolders';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const now = Date.now();
const CODES = new Set(['hugo.shortcodeUnclosed', 'hugo.shortcodeNoInner']);
const HEAD = '---\ntitle: "Pairing faults"\ndate: 2024-05-01T09:00:00+09:00\n---\n';

const FAULTS: readonly (readonly [string, string])[] = [
  ['content/posts/open-angle.md', `${HEAD}Text first.\n{{< highlight go >}}\nfmt.Println("x")\n`],
  ['content/posts/open-percent.md', `${HEAD}한글 문장 {{% highlight go %}}\nx\n`],
  ['content/posts/open-in-code.md', `${HEAD}\`\`\`\n{{< highlight go >}}\n\`\`\`\n`],
  ['content/posts/open-nested.md', `${HEAD}{{< highlight go >}}\n{{< highlight js >}}\nx\n{{< /highlight >}}\n`],
  ['content/posts/close-stray.md', `${HEAD}a {{< figure src="a.png" >}}\n  {{< /figure >}}\n`],
  ['content/posts/close-twice.md', `${HEAD}{{< highlight go >}}\nx\n{{< /highlight >}}\n{{< /highlight >}}\n`],
];

const QUIET: Record<string, string> = {
  'content/posts/pair-fine.md': `${HEAD}{{< highlight go />}} {{< highlight go >}}x{{< /highlight >}} {{< highlight go >}}\ny\n{{% /highlight %}}\n{{< figure src="a.png" >}}\n`,
  'content/posts/pair-draft.md': '---\ntitle: d\ndraft: true\n---\n{{< highlight go >}}\n',
};

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-pairing-'));
  fs.cpSync(site, work, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

function hugoBuild(site: string): string {
  const run = spawnSync('hugo', ['--source', site, '--destination', path.join(site, '.public')], {
    cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, HUGO_CACHEDIR: path.join(site, '.hugo-cache') }, encoding: 'utf8',
  });
  return `${run.stdout}${run.stderr}`;
}

const PAIRING = /"([^"\n]+):(\d+):(\d+)": failed to extract shortcode: shortcode "([^"]+)" (must be closed or self-closed|does not evaluate \.Inner)/g;

function hugoErrors(site: string): string[] {
  return [...hugoBuild(site).matchAll(PAIRING)].map((m) => `${path.relative(fs.realpathSync(site), fs.realpathSync(m[1] ?? '')).split(path.sep).join('/')}:${m[2]}:${m[3]} ${m[4]}`).sort();
}

async function ourErrors(site: string): Promise<string[]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
  return (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme))
    .filter((p) => CODES.has(p.code))
    .map((p) => {
      assert.equal(p.severity, 'error');
      const line = fs.readFileSync(path.join(site, p.path), 'utf8').split('\n')[p.line] ?? '';
      return `${p.path}:${p.line + 1}:${Buffer.byteLength(line.slice(0, p.column ?? 0)) + 1} ${/^shortcode "([^"]+)"/.exec(p.message)?.[1] ?? ''}`;
    })
    .sort();
}

describe('shortcode pairing agrees with hugo 0.111.3\'s build', () => {
  it('the embedded shortcodes that must be closed are exactly the ones hugo says', () => {
    // One never-rendered page per embedded name, opened and never closed: hugo stops on the first page it cannot
    // read; "must be closed" marks a template that reads .Inner. That page is removed and the build repeated.
    const names = [...HUGO_BUILTIN_SHORTCODES];
    const pages = Object.fromEntries(names.map((name, i) => [`content/probe/p${i}.md`, `---\ntitle: p${i}\n_build:\n  render: never\n---\n{{< ${name} x >}}\n`]));
    const site = copy(sample, pages);
    const inner: string[] = [];
    try {
      for (let round = 0; round <= names.length; round++) {
        const m = /content\/probe\/p(\d+)\.md:\d+:\d+": (.*)/.exec(hugoBuild(site));
        if (m === null) break;
        if (m[2]?.includes('must be closed or self-closed') === true) inner.push(names[Number(m[1])] ?? '');
        fs.rmSync(path.join(site, 'content', 'probe', `p${m[1] ?? ''}.md`));
      }
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
    assert.deepEqual(inner.sort(), [...HUGO_INNER_SHORTCODES].sort());
  });

  for (const [file, text] of FAULTS) {
    it(`${file}: hugo stops where Postcraft says`, async () => {
      const site = copy(sample, { [file]: text });
      try {
        const theirs = hugoErrors(site);
        assert.equal(theirs.length, 1, 'hugo reports the fault (else the case tests nothing)');
        assert.deepEqual(await ourErrors(site), theirs);
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }

  it('pairs hugo builds are not reported, nor are drafts hugo never reads', async () => {
    const site = copy(sample, QUIET);
    try {
      assert.deepEqual(hugoErrors(site), []);
      assert.deepEqual(await ourErrors(site), []);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  const fixtures = fs.readdirSync(path.join(root, 'test', 'fixtures', 'hugo-sites')).map((d) => path.join(root, 'test', 'fixtures', 'hugo-sites', d));
  for (const site of [sample, ...fixtures]) {
    it(`no pairing error on ${path.basename(site)}`, async () => {
      const ours = await ourErrors(site);
      console.log(`shortcode pairing: ${path.basename(site)}: Postcraft ${ours.length} errors`);
      assert.deepEqual(ours, []);
    });
  }
});
