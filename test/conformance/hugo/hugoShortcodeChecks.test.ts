// The build is the oracle: calls of shortcodes with no template are injected into copies of the Hugo sample, one
// fault a copy (hugo stops at the first one it meets), plain `hugo` builds each, and its "template for shortcode …
// not found" must be Postcraft's only such error, at the same file, line and column. Which names Hugo 0.111 has
// templates for is asked of hugo too; and on the sites hugo builds without the error, the check reports none.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { HUGO_BUILTIN_SHORTCODES } from '../../../src/core/generators/hugo/hugoSiteFolders';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { generatorOfFolder } from '../../harness/siteKinds';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();

/**
 * Every name Hugo's repository has had under tpl/tplimpl/embedded/templates/shortcodes (some added after 0.111,
 * `__h_simple_assets` a partial of the others), and names no Hugo has: hugo says which of them 0.111 has.
 */
const CANDIDATES = [
  '__h_simple_assets', 'comment', 'details', 'figure', 'gist', 'highlight', 'instagram', 'instagram_simple', 'mastodon',
  'param', 'qr', 'ref', 'relref', 'speakerdeck', 'tweet', 'twitter', 'twitter_simple', 'vimeo', 'vimeo_simple', 'x',
  'x_simple', 'youtube', 'youtube_linkthumbnail', 'youtube_simple', 'nosuch', 'Figure',
];

const HEAD = '---\ntitle: "Shortcode faults"\ndate: 2024-05-01T09:00:00+09:00\n---\n';

/** One fault each: the file it goes in and its text. */
const FAULTS: readonly (readonly [string, string])[] = [
  ['content/posts/sc-angle.md', `${HEAD}Fine {{< figure src="a.png" >}} then {{< nosuch >}}.\n`],
  ['content/posts/sc-percent.md', `${HEAD}한글 문장 뒤의 잘못된 단축 코드: {{% nosuch "x" %}}\n`],
  ['content/posts/sc-code-block.md', `${HEAD}\`\`\`\n  {{< in-a-code-block >}}\n\`\`\`\n`],
  ['content/posts/sc-closed.md', `${HEAD}{{</* escaped */>}} {{< foo.inline >}}x{{< /foo.inline >}}\n\n  {{< paired >}}inner{{< /paired >}}\n`],
  ['content/posts/sc-nested.md', `${HEAD}{{< dir/nosuch >}}\n`],
  ['content/posts/sc-toml.md', '+++\ntitle = "toml"\ndate = 2024-05-01\n+++\nx {{< in-toml >}}\n'],
];

/** Pages that must stay quiet: the site's own shortcodes (variants too), drafts and future pages hugo never reads. */
const QUIET: Record<string, string> = {
  'layouts/shortcodes/mine.html': '{{ .Get 0 }}',
  'layouts/shortcodes/lang.en.html': 'en',
  'layouts/shortcodes/dir/deep.html': 'deep',
  'content/posts/sc-fine.md': `${HEAD}{{< mine "a" >}} {{< lang >}} {{< dir/deep >}} {{< youtube abc >}} {{< param title >}}\n`,
  'content/posts/sc-draft.md': `---\ntitle: d\ndraft: true\n---\n{{< in-a-draft >}}\n`,
  'content/posts/sc-future.md': `---\ntitle: f\ndate: 2099-01-01\n---\n{{< in-the-future >}}\n`,
};

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-shortcodes-'));
  fs.cpSync(site, work, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

/** Runs plain `hugo` on the site: its exit status and output. */
function hugoBuild(site: string): { status: number | null; output: string } {
  const run = spawnSync('hugo', ['--source', site, '--destination', path.join(site, '.public')], {
    cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, HUGO_CACHEDIR: path.join(site, '.hugo-cache') }, encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Plain `hugo`'s "template for shortcode … not found" errors as `file:line:col name` (1-based, columns in bytes). */
function hugoShortcodeErrors(site: string): string[] {
  const { output } = hugoBuild(site);
  const errors: string[] = [];
  for (const m of output.matchAll(/"([^"\n]+):(\d+):(\d+)": failed to extract shortcode: template for shortcode "([^"]+)" not found/g)) {
    errors.push(`${path.relative(fs.realpathSync(site), fs.realpathSync(m[1] ?? '')).split(path.sep).join('/')}:${m[2]}:${m[3]} ${m[4]}`);
  }
  return errors.sort();
}

/** Postcraft's unknown-shortcode errors, as hugo prints them (columns counted in UTF-8 bytes). */
async function ourShortcodeErrors(site: string): Promise<string[]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: now });
  return (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme))
    .filter((p) => p.code === 'hugo.shortcodeNotFound')
    .map((p) => {
      assert.equal(p.severity, 'error');
      const line = fs.readFileSync(path.join(site, p.path), 'utf8').split('\n')[p.line] ?? '';
      return `${p.path}:${p.line + 1}:${Buffer.byteLength(line.slice(0, p.column ?? 0)) + 1} ${/^template for shortcode "([^"]+)"/.exec(p.message)?.[1] ?? ''}`;
    })
    .sort();
}

describe('unknown shortcodes agree with hugo 0.111.3\'s build', () => {
  it('Postcraft\'s built-in names are exactly the ones hugo has a template for', () => {
    // A page per candidate, never rendered (hugo still reads its shortcodes). hugo stops at the first page it
    // cannot read: "template … not found" is a missing name, any other error (`highlight` must be closed) proves a
    // template. That page is removed and the build repeated until no page fails to be read (the embeds that call
    // the network then fail to render, offline: their templates exist).
    const pages = Object.fromEntries(CANDIDATES.map((name, i) => [`content/probe/p${i}.md`, `---\ntitle: p${i}\n_build:\n  render: never\n---\n{{< ${name} >}}\n`]));
    const site = copy(sample, pages);
    const missing: string[] = [];
    try {
      for (let round = 0; round <= CANDIDATES.length; round++) {
        const build = hugoBuild(site);
        const m = /content\/probe\/p(\d+)\.md:\d+:\d+": (.*)/.exec(build.output);
        if (m === null) break;
        const name = CANDIDATES[Number(m[1])] ?? '';
        if (m[2]?.startsWith(`failed to extract shortcode: template for shortcode "${name}" not found`) === true) missing.push(name);
        fs.rmSync(path.join(site, 'content', 'probe', `p${m[1] ?? ''}.md`));
      }
      assert.doesNotMatch(hugoBuild(site).output, /failed to extract shortcode/);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
    assert.ok(missing.includes('nosuch') && missing.includes('Figure'), 'hugo names the made-up ones (else the probe tests nothing)');
    const present = CANDIDATES.filter((n) => !missing.includes(n)).sort();
    assert.deepEqual(present, [...HUGO_BUILTIN_SHORTCODES].sort());
  });

  it('each injected fault is hugo\'s error and Postcraft\'s only one, at the same file, line and column', async () => {
    for (const [file, text] of FAULTS) {
      const site = copy(sample, { ...QUIET, [file]: text });
      try {
        const hugo = hugoShortcodeErrors(site);
        assert.equal(hugo.length, 1, `hugo fails on ${file} (else the fault tests nothing): ${hugo.join(', ')}`);
        assert.ok(hugo[0]?.startsWith(`${file}:`), hugo[0]);
        assert.deepEqual(await ourShortcodeErrors(site), hugo, file);
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    }
  });

  it('a theme\'s shortcodes count; a theme not on the machine silences the check', async () => {
    const toml = fs.readFileSync(path.join(sample, 'hugo.toml'), 'utf8');
    const themed = copy(sample, {
      'hugo.toml': `theme = "t"\n${toml}`,
      'themes/t/theme.toml': 'name = "t"\n',
      'themes/t/layouts/shortcodes/themed.html': 'themed',
      'content/posts/sc-theme.md': `${HEAD}{{< themed >}}\n\n{{< nosuch >}}\n`,
    });
    try {
      const hugo = hugoShortcodeErrors(themed);
      assert.deepEqual(hugo, ['content/posts/sc-theme.md:7:1 nosuch']);
      assert.deepEqual(await ourShortcodeErrors(themed), hugo);
      fs.rmSync(path.join(themed, 'themes'), { recursive: true });
      fs.mkdirSync(path.join(themed, 'themes', 't'), { recursive: true });
      assert.deepEqual(await ourShortcodeErrors(themed), [], 'an empty theme folder (a submodule not checked out)');
    } finally {
      fs.rmSync(themed, { recursive: true, force: true });
    }
  });

  it('no unknown-shortcode error on the Hugo sites hugo builds without one', async () => {
    const sites = [sample, ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'hugo-sites')).map((d) => path.join(root, 'test', 'fixtures', 'hugo-sites', d))];
    if (fs.existsSync(corpus)) sites.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'hugo'));
    for (const site of sites) {
      const work = copy(site, {});
      try {
        const theirs = hugoShortcodeErrors(work);
        const ours = await ourShortcodeErrors(work);
        // hugo names only its first; each it names must be ours, and none may be ours when it names none.
        if (theirs.length === 0) assert.deepEqual(ours, [], path.basename(site));
        else assert.ok(theirs.every((e) => ours.includes(e)), `${path.basename(site)}: ${theirs.join(', ')} / ${ours.join(', ')}`);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    }
  });
});
