// hugo 0.111.3 is the oracle: a leaf bundle's extra content files (`extra.md`, `notes.html` beside `index.md`) are
// page resources, yet hugo extracts their shortcodes as it reads the bundle, and a shortcode fault there stops the
// build at that file's line and column. Each fault is injected into its own copy of the Hugo sample, plain `hugo`
// builds it, and its "failed to extract shortcode" error must be Postcraft's only error, at the same file, line and
// column. Extra files hugo does not read (a draft, a future or expired one, those of a bundle that is a draft) and
// refs to missing pages (never rendered) must keep both quiet.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const now = Date.now();
const BUNDLE = 'content/posts/hugo-first-steps';
const FM = '---\ntitle: extra\n---\n';

/** One fault each: the file (in the sample's leaf bundle) and its text. */
const FAULTS: readonly (readonly [string, string])[] = [
  [`${BUNDLE}/extra.md`, `${FM}첫 줄\n한글 뒤 {{< nosuch >}}\n`],
  [`${BUNDLE}/no-front-matter.md`, 'no front matter\n\n{{% nosuch "x" %}}\n'],
  [`${BUNDLE}/extra.markdown`, `${FM}{{< nosuch >}}\n`],
  [`${BUNDLE}/notes.html`, `${FM}<p>x</p> {{< nosuch >}}\n`],
  [`${BUNDLE}/inner.md`, `${FM}{{< figure src="a.png" >}}x{{< /figure >}}\n`],
  [`${BUNDLE}/unclosed.md`, `${FM}{{< highlight go >}}\nx := 1\n`],
  [`${BUNDLE}/headless.md`, '---\ntitle: h\nheadless: true\n_build:\n  render: never\n---\n{{< nosuch >}}\n'],
  ['content/posts/taxonomies-and-series/extra.en.md', `${FM}{{< nosuch >}}\n`],
  [`${BUNDLE}/sub/deeper.md`, `${FM}{{< nosuch >}}\n`],
];

/** Extra files hugo never reads, or reads without failing. */
const QUIET: Record<string, string> = {
  [`${BUNDLE}/draft.md`]: '---\ntitle: d\ndraft: true\n---\n{{< nosuch >}}\n',
  [`${BUNDLE}/future.md`]: '---\ntitle: f\ndate: 2099-01-01\n---\n{{< nosuch >}}\n',
  [`${BUNDLE}/expired.md`]: '---\ntitle: e\nexpiryDate: 2001-01-01\n---\n{{< nosuch >}}\n',
  [`${BUNDLE}/ref.md`]: `${FM}{{< ref "no-such-page" >}} {{< figure src="a.png" >}}\n`,
  'content/posts/draft-bundle/index.md': '---\ntitle: draft bundle\ndraft: true\n---\nbody\n',
  'content/posts/draft-bundle/extra.md': `${FM}{{< nosuch >}}\n`,
};

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-bundle-'));
  fs.cpSync(site, work, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

/** Plain `hugo`'s shortcode errors as `file:line:col` (1-based, columns in bytes), and the build's exit status. */
function hugoErrors(site: string): { status: number | null; errors: string[] } {
  const run = spawnSync('hugo', ['--source', site, '--destination', path.join(site, '.public')], {
    cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, HUGO_CACHEDIR: path.join(site, '.hugo-cache') }, encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  const errors = [...output.matchAll(/"([^"\n]+):(\d+):(\d+)": failed to extract shortcode/g)]
    .map((m) => `${path.relative(fs.realpathSync(site), fs.realpathSync(m[1] ?? '')).split(path.sep).join('/')}:${m[2]}:${m[3]}`);
  return { status: run.status, errors };
}

/** Postcraft's errors, as hugo prints them (columns counted in UTF-8 bytes). */
async function ourErrors(site: string): Promise<string[]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
  return (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme))
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const line = fs.readFileSync(path.join(site, p.path), 'utf8').split('\n')[p.line] ?? '';
      return `${p.path}:${p.line + 1}:${Buffer.byteLength(line.slice(0, p.column ?? 0)) + 1}`;
    })
    .sort();
}

describe('shortcodes in leaf bundles\' extra files agree with hugo 0.111.3', () => {
  it('each injected fault fails the build where Postcraft reports its only error', async () => {
    for (const [file, text] of FAULTS) {
      const site = copy(sample, { ...QUIET, [file]: text });
      try {
        const hugo = hugoErrors(site);
        assert.notEqual(hugo.status, 0, `hugo fails on ${file}`);
        assert.equal(hugo.errors.length, 1, `hugo names the fault in ${file} (else it tests nothing)`);
        assert.ok(hugo.errors[0]?.startsWith(`${file}:`), hugo.errors[0]);
        assert.deepEqual(await ourErrors(site), hugo.errors, file);
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    }
  });

  it('extra files hugo does not read, and refs it does not render, keep both quiet', async () => {
    const site = copy(sample, QUIET);
    try {
      const hugo = hugoErrors(site);
      assert.equal(hugo.status, 0, hugo.errors.join(', '));
      assert.deepEqual(await ourErrors(site), []);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
