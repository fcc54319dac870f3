// Docusaurus is the oracle: links to `.md` files are injected into a copy of the Docusaurus sample, Docusaurus
// 3.10.2 compiles every blog post with the blog plugin's link resolver (test/conformance/docusaurus/
// docusaurusBrokenLinks.mjs), and the links it cannot resolve must be exactly Postcraft's broken-link findings, at the
// same file, line and column, with the severity the site's onBrokenMarkdownLinks gives. On the sample, the
// fixtures and the corpus, both must agree too (printed per site). Reference definitions (`[a]: ./x.md`) are tested in
// docusaurusRefsAndImages.test.ts.
import * as assert from 'node:assert/strict';
import { generatorOfFolder } from '../../harness/siteKinds';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
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

function askDocusaurus(site: string): { setting: string; reports: Report[] } {
  const dir = oracleDir('docusaurus');
  const script = path.join(root, 'test', 'conformance', 'docusaurus', 'docusaurusBrokenLinks.mjs');
  const out = execFileSync(process.execPath, [script, site], { cwd: dir, env: { ...process.env, NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out) as { setting: string; reports: Report[] };
}

/** Postcraft's broken-link findings as Docusaurus prints them: `file:line:column url` (1-based). */
async function ours(site: string): Promise<{ severity: string[]; found: string[] }> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'docusaurus', nowMs: now });
  const found = (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme)).filter((p) => p.code === 'docusaurus.brokenMarkdownLink');
  return {
    severity: [...new Set(found.map((p) => p.severity))],
    found: found.map((p) => `${p.path}:${p.line + 1}:${(p.column ?? 0) + 1} ${/URL (\S+) couldn't/.exec(p.message)?.[1] ?? ''}`).sort(),
  };
}

const theirs = (reports: readonly Report[]): string[] => reports.map((r) => `${r.file}:${r.line}:${r.column} ${r.url}`).sort();

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-docusaurus-links-'));
  fs.cpSync(site, work, { recursive: true, filter: (from) => path.basename(from) !== 'node_modules' && path.basename(from) !== '.docusaurus' });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

const LINKS = [
  '---',
  'title: Links',
  'date: 2024-11-01',
  '---',
  '',
  'Posts: [ok](./2024-03-05-hello-docusaurus.md) [bare](2024-03-05-hello-docusaurus.md#part) [root](/blog/2024-04-01-한글-포스트.md) [site](@site/blog/custom-slug.md)',
  'Folders: [dated](./2024/05/10/dated-folders.md) [bundle](./2024-06-01-bundle-post/index.md) [mdx](2024-10-20-mdx-component.mdx?x=1)',
  'Unlisted and draft: [unlisted](./2024-09-01-unlisted-note.md) [draft](./2024-08-15-draft-ideas.md) [partial](./_template.md)',
  'Missing: [gone](./nope.md) [up](../README.md) [한글](./없는-글.md) [escaped](./no%20such.md) [abs](/nope.mdx)',
  '',
  '`[code](./nope.md)` and [web](https://example.com/x.md) [plain](pathname://./x.md)',
  '',
  // Indented after a blank line: code in CommonMark, text in MDX (the sample's format).
  '    Indented: [indented](./indented-nope.md)',
  '',
].join('\n');

describe('broken .md links agree with Docusaurus 3.10.2', () => {
  it('on injected links, file, line and column and the site\'s severity', async () => {
    const site = copy(sample, { 'blog/2024-11-01-links.md': LINKS, 'blog/2024/05/10/deep/links.md': '---\ntitle: deep\ndate: 2024-11-02\n---\n[up](../dated-folders.md) [gone](../../../../nope.md) [root](/blog/custom-slug.md)\n' });
    try {
      const docusaurus = askDocusaurus(site);
      const postcraft = await ours(site);
      console.log(`docusaurus links: injected: ${docusaurus.reports.length} reports, Postcraft ${postcraft.found.length}`);
      assert.ok(docusaurus.reports.length >= 5, 'Docusaurus reports the injected faults (else the case tests nothing)');
      assert.deepEqual(postcraft.found, theirs(docusaurus.reports));
      assert.equal(docusaurus.setting, 'warn');
      assert.deepEqual(postcraft.severity, ['warning']);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  const sites = [
    sample,
    ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'docusaurus-sites')).map((d) => path.join(root, 'test', 'fixtures', 'docusaurus-sites', d)),
    ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).flatMap((d) => [path.join(corpus, d), path.join(corpus, d, 'website')]).filter((d) => fs.existsSync(d) && generatorOfFolder(d) === 'docusaurus') : []),
  ];
  for (const site of sites) {
    it(`the same broken links as Docusaurus on ${path.basename(site)}`, async (t) => {
      let docusaurus: { setting: string; reports: Report[] };
      try {
        docusaurus = askDocusaurus(site);
      } catch {
        // The site's config needs its own packages (plugins it requires), which are not installed here.
        t.skip('Docusaurus cannot load this site\'s config without its packages');
        return;
      }
      const postcraft = await ours(site);
      console.log(`docusaurus links: ${path.basename(site)}: ${docusaurus.reports.length} reports, Postcraft ${postcraft.found.length}`);
      assert.deepEqual(postcraft.found, theirs(docusaurus.reports));
    });
  }
});
