// Docusaurus 3.10.2 is the oracle for two more build checks: link reference definitions (`[a]: ./x.md`, which
// mdx-loader resolves like inline links, at the definition) and Markdown images whose file is not there
// (`markdown.hooks.onBrokenMarkdownImages`, `throw` by default). Faults are injected into a copy of the Docusaurus
// sample, every blog post is compiled by Docusaurus's MDX pipeline with the blog plugin's options
// (docusaurusBrokenLinks.mjs), and what it reports must be exactly Postcraft's findings: file, line, column, URL, and
// the severity the site's option gives. Then the sample, the fixtures and the corpus are compared the same way.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { generatorOfFolder } from '../../harness/siteKinds';
import { oracleDir } from '../../harness/oracles';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'docusaurus-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();

interface Report {
  readonly file: string;
  readonly url: string;
  readonly line: number;
  readonly column: number;
}

interface Reports {
  readonly setting: string;
  readonly reports: Report[];
  readonly imageSetting: string;
  readonly images: Report[];
}

function askDocusaurus(site: string): Reports {
  const dir = oracleDir('docusaurus');
  const script = path.join(root, 'test', 'conformance', 'docusaurus', 'docusaurusBrokenLinks.mjs');
  const out = execFileSync(process.execPath, [script, site], { cwd: dir, env: { ...process.env, NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out) as Reports;
}

/** Postcraft's findings of one code as `file:line:column url` (1-based), and their severities. */
async function ours(site: string, code: string): Promise<{ severity: string[]; found: string[] }> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'docusaurus', nowMs: now });
  const found = (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme)).filter((p) => p.code === code);
  return {
    severity: [...new Set(found.map((p) => p.severity))],
    found: found.map((p) => `${p.path}:${p.line + 1}:${(p.column ?? 0) + 1} ${/URL (\S*) couldn't/.exec(p.message)?.[1] ?? ''}`).sort(),
  };
}

const theirs = (reports: readonly Report[]): string[] => reports.map((r) => `${r.file}:${r.line}:${r.column} ${r.url}`).sort();

function copy(site: string, extra: Record<string, string | Buffer>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-docusaurus-refs-'));
  fs.cpSync(site, work, { recursive: true, filter: (from) => path.basename(from) !== 'node_modules' && path.basename(from) !== '.docusaurus' });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

const DEFINITIONS = [
  '---',
  'title: Definitions',
  'date: 2024-11-01',
  '---',
  '',
  'Used: [gone][a], [up][b], [fine][ok] and [한글][c]. Unused ones are resolved too.',
  '',
  '[a]: ./nope.md',
  '[b]: ../README.md "a title"',
  '  [ok]: ./2024-03-05-hello-docusaurus.md',
  '[c]: <./없는-글.md>',
  '[unused]: /nope.mdx',
  '[query]: ./gone.md?x=1#part',
  '[web]: https://example.com/x.md',
  '',
  'A paragraph line',
  '[notdef]: ./continues-the-paragraph.md',
  '',
  '```md',
  '[code]: ./in-a-fence.md',
  '```',
  '',
  '    [indented]: ./indented-code.md',
  '',
  '# Heading',
  '[afterheading]: ./after-heading.md',
  '',
].join('\n');

/** The smallest PNG (1×1). */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

const IMAGES = [
  '---',
  'title: Images',
  'date: 2024-11-03',
  '---',
  '',
  'Missing: ![a](./missing.png) and ![b](/img/missing.png) and ![c](@site/static/img/nope.png)',
  '',
  'Present: ![ok](/img/ok.png) ![ok2](@site/static/img/ok.png) ![ok3](../static/img/ok.png?v=1)',
  '',
  '한글 뒤 ![그림](./없는-그림.png "제목") and ![](./also-missing.png) and ![empty]()',
  '',
  'Not Markdown images: <img src="./nope-html.png" alt="x" /> ![web](https://example.com/x.png) `![code](./code.png)`',
  '',
].join('\n');

const FOLDER_POST = '---\ntitle: bundle images\ndate: 2024-11-04\n---\n![beside](./pic.png) ![gone](./gone.png)\n';

/** Writes `markdown: { … }` into the copy's config. */
function withMarkdown(site: string, options: string): void {
  const file = path.join(site, 'docusaurus.config.js');
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes("onBrokenLinks: 'warn',"));
  fs.writeFileSync(file, text.replace("onBrokenLinks: 'warn',", `onBrokenLinks: 'warn',\n  markdown: { ${options} },`));
}

function withImageSetting(site: string, setting: string): void {
  withMarkdown(site, `hooks: { onBrokenMarkdownImages: '${setting}' }`);
}

describe('reference definitions and images agree with Docusaurus 3.10.2', () => {
  for (const format of ['mdx (the default)', 'detect']) {
    it(`link reference definitions, markdown.format ${format}: the same broken links, at the definition, with the site's severity`, async () => {
      const site = copy(sample, { 'blog/2024-11-01-definitions.md': DEFINITIONS });
      try {
        // As CommonMark (format detect, a .md file) the indented definition is code; as MDX it is a definition.
        if (format === 'detect') withMarkdown(site, "format: 'detect'");
        const docusaurus = askDocusaurus(site);
        const postcraft = await ours(site, 'docusaurus.brokenMarkdownLink');
        console.log(`docusaurus definitions: ${docusaurus.reports.length} reports, Postcraft ${postcraft.found.length}`);
        assert.ok(docusaurus.reports.length >= 5, 'Docusaurus reports the injected definitions (else the case tests nothing)');
        assert.deepEqual(postcraft.found, theirs(docusaurus.reports));
        assert.equal(docusaurus.setting, 'warn');
        assert.deepEqual(postcraft.severity, ['warning']);
        assert.equal(postcraft.found.some((f) => f.includes('indented-code')), format !== 'detect');
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }

  for (const setting of ['default', 'warn', 'ignore']) {
    it(`Markdown images whose file is not there, with onBrokenMarkdownImages ${setting}: file, line, column and severity`, async () => {
      const site = copy(sample, {
        'blog/2024-11-03-images.md': IMAGES,
        'static/img/ok.png': PNG,
        'blog/2024-11-04-bundle-images/index.md': FOLDER_POST,
        'blog/2024-11-04-bundle-images/pic.png': PNG,
      });
      try {
        if (setting !== 'default') withImageSetting(site, setting);
        const docusaurus = askDocusaurus(site);
        const postcraft = await ours(site, 'docusaurus.brokenMarkdownImage');
        console.log(`docusaurus images (${setting}): ${docusaurus.images.length} reports, Postcraft ${postcraft.found.length}`);
        assert.equal(docusaurus.imageSetting, setting === 'default' ? 'throw' : setting);
        assert.ok(docusaurus.images.length >= 6, 'Docusaurus reports the injected images (else the case tests nothing)');
        if (setting === 'ignore') {
          assert.deepEqual(postcraft.found, []);
          return;
        }
        assert.deepEqual(postcraft.found, theirs(docusaurus.images));
        assert.deepEqual(postcraft.severity, [setting === 'default' ? 'error' : 'warning']);
        // The generic missing-image warning does not repeat Docusaurus's own report.
        const generic = await ours(site, 'image.missing');
        assert.ok(!generic.found.some((g) => g.startsWith('blog/2024-11-03-images.md:6:')), JSON.stringify(generic.found));
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }

  const sites = [
    sample,
    ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'docusaurus-sites')).map((d) => path.join(root, 'test', 'fixtures', 'docusaurus-sites', d)),
    ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).flatMap((d) => [path.join(corpus, d), path.join(corpus, d, 'website')]).filter((d) => fs.existsSync(d) && generatorOfFolder(d) === 'docusaurus') : []),
  ];
  for (const site of sites) {
    it(`the same broken images as Docusaurus on ${path.basename(site)}`, async (t) => {
      let docusaurus: Reports;
      try {
        docusaurus = askDocusaurus(site);
      } catch {
        t.skip('Docusaurus cannot load this site\'s config without its packages');
        return;
      }
      const postcraft = await ours(site, 'docusaurus.brokenMarkdownImage');
      console.log(`docusaurus images: ${path.basename(site)}: ${docusaurus.images.length} reports, Postcraft ${postcraft.found.length}`);
      assert.deepEqual(postcraft.found, theirs(docusaurus.images));
    });
  }
});
