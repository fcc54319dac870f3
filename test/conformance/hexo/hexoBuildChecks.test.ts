// The build is the oracle: a `{% post_link %}` fault is injected into a copy of the Hexo sample, one fault a copy
// (Hexo stops at the first post it cannot render), Hexo 8.1.2 renders every post as `hexo generate` does
// (test/conformance/hexo/hexo-render.js), and its "Post not found" must be Postcraft's only such error, in the
// same file, naming the same post. Hexo prints no line for this error; the line Postcraft gives is the tag's. Cases
// Hexo renders (a draft, a title, a #hash, code, comments, raw blocks) must stay quiet, and so must every Hexo site
// of the samples, fixtures and corpus that Hexo renders.
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
const sample = path.join(root, 'samples', 'hexo-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();
const leftOut = new Set(['.git', 'node_modules', 'public', 'db.json', '.deploy_git']);

interface Rendered {
  readonly failed: boolean;
  readonly file?: string;
  readonly reason?: string;
}

function copy(site: string, extra: Record<string, string>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-checks-'));
  fs.cpSync(site, work, { recursive: true, filter: (from) => !leftOut.has(path.basename(from)) || path.resolve(from) === path.resolve(site) });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

function hexoRender(site: string): Rendered {
  const dir = oracleDir('hexo');
  const script = path.join(root, 'test', 'conformance', 'hexo', 'hexo-render.js');
  const out = execFileSync(process.execPath, [script, site], { cwd: dir, env: { ...process.env, TZ: 'UTC', NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' });
  return JSON.parse(out) as Rendered;
}

/** Postcraft's post_link errors as `file:line name` (file under source_dir, line 1-based). */
async function ourErrors(site: string, sourceDir = 'source'): Promise<string[]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hexo', nowMs: now });
  return (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme))
    .filter((p) => p.code.startsWith('hexo.postLink'))
    .map((p) => {
      assert.equal(p.severity, 'error');
      return `${p.path.slice(sourceDir.length + 1)}:${p.line + 1} ${/post_link (.*?)\. No post/.exec(p.message)?.[1] ?? ''}`;
    })
    .sort();
}

const HEAD = '---\ntitle: Links\ndate: 2024-09-01 10:00:00\n---\n';

/** One fault each: the post, its text, and the line (1-based) of the tag Hexo cannot render. */
const FAULTS: readonly (readonly [string, string, number])[] = [
  ['_posts/2024-09-01-missing.md', `${HEAD}first line\n\nsee {% post_link no-such-post %} here\n`, 7],
  ['_posts/2024-09-02-korean.md', `${HEAD}한글 문장 뒤의 링크: {% post_link "없는 글" 제목 %}\n`, 5],
  ['_posts/2024-09-03-hashes.md', `${HEAD}{% post_link hello-world#a#b %}\n`, 5],
  ['_posts/2024-09-04-trimmed.md', `${HEAD}\`x\` and <!-- c --> {%- post_link gone -%}\n`, 5],
  ['_drafts/in-a-draft.md', `---\ntitle: d\n---\n{% post_link gone-from-a-draft %}\n`, 4],
];

/** Tags Hexo renders: a post, a draft, a title, a #hash, extra words, and tags it leaves as text. */
const QUIET = {
  'source/_posts/2024-09-10-fine.md': [
    HEAD,
    '{% post_link hello-world %} {% post_link comment-systems %} {% post_link "Go modules in practice" %}',
    '{% post_link hello-world#top Hello again %} {% post_link "hello-world" false %}',
    'inline `{% post_link nope %}` and <code>{% post_link nope %}</code> and {% raw %}{% post_link nope %}{% endraw %}',
    '<!-- {% post_link nope %} -->',
    '```',
    '{% post_link nope %}',
    '```',
    '',
    '    {% post_link nope %}',
    '',
  ].join('\n'),
};

describe('post_link errors agree with Hexo 8.1.2\'s render', () => {
  for (const [file, text, line] of FAULTS) {
    it(`${file}: Hexo fails on the post Postcraft reports`, async () => {
      const site = copy(sample, { [`source/${file}`]: text });
      try {
        const hexo = hexoRender(site);
        assert.equal(hexo.failed, true, 'Hexo renders the fault (else the case tests nothing)');
        assert.equal(hexo.file, file);
        const name = /^Post not found: post_link (.*)\.$/.exec(hexo.reason ?? '')?.[1];
        assert.ok(name !== undefined, hexo.reason);
        assert.deepEqual(await ourErrors(site), [`${file}:${line} ${name}`]);
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }

  it('tags Hexo renders are not reported', async () => {
    const site = copy(sample, QUIET);
    try {
      assert.deepEqual(hexoRender(site), { failed: false });
      assert.deepEqual(await ourErrors(site), []);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  const sites = [
    sample,
    ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'hexo-sites')).map((d) => path.join(root, 'test', 'fixtures', 'hexo-sites', d)),
    ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'hexo') : []),
  ];
  for (const site of sites) {
    it(`no post_link error on ${path.basename(site)}, which Hexo renders`, async () => {
      const work = copy(site, {});
      try {
        const hexo = hexoRender(work);
        const ours = await ourErrors(work);
        console.log(`post_link: ${path.basename(site)}: hexo ${hexo.failed ? `fails (${hexo.file ?? ''}: ${hexo.reason ?? ''})` : 'renders'}, Postcraft ${ours.length} errors`);
        if (!hexo.failed) assert.deepEqual(ours, []);
        else assert.ok(ours.every((e) => e.startsWith(`${hexo.file ?? ''}:`)), `${JSON.stringify(ours)} vs ${JSON.stringify(hexo)}`);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
