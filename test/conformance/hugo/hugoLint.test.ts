// Hugo's front-matter findings against hugo 0.111.3 itself: a post of a throw-away site for each case, read by
// Postcraft's lint and built by Hugo. Each finding says what Hugo does (a date it skips, a draft flag it reads, a
// term it files, a key it keeps as a param), and Hugo's own output must say the same; a case without a finding
// must be one where Hugo has nothing surprising to do.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { indexSite, type IndexedSite } from '../../../src/platform/siteIndexer';
import { lintPost } from '../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../src/core/lint/lintSite';
import { hugoTermKey } from '../../../src/core/generators/hugo/hugoUrls';
import { askHugo, type HugoPage, type HugoReading } from './hugoOracle';
import type { LintFinding } from '../../../src/core/lint/lintTypes';

const GO_ZERO = '0001-01-01T00:00:00Z';

/** Date strings: some in spf13/cast's formats, some near misses. */
const DATES = [
  '2024-03-05', '2024-03-05T10:00:00', '2024-03-05T10:00:00Z', '2024-03-05T10:00:00+09:00', '2024-03-05T10:00:00+0900',
  '2024-03-05 10:00:00', '2024-03-05 10:00:00 +0900', '2024-03-05 10:00', '2024-03-05T10:00', '2024/03/05', '05 Mar 2024',
  'March 5, 2024', 'Tue, 05 Mar 2024 10:00:00 +0000', '2024-13-01', '2024-02-30', 'yesterday', '24-03-05',
];
const DRAFTS = ['"yes"', '"T"', '"no"', '"1"', '"false"', '2', 'yes', 'off'];

function files(): Record<string, string> {
  const out: Record<string, string> = {
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "lint"\n[taxonomies]\ntag = "tags"\ncategory = "categories"\n',
    'content/posts/toml-draft.md': '+++\ntitle = "toml draft"\ndate = 2024-01-01T00:00:00Z\ndraft = 1\n+++\nbody\n',
    'content/posts/terms.md': '---\ntitle: terms\ndate: 2024-01-01T00:00:00Z\ntags: [1, ok, true, 2.5]\ncategories: "Hugo, Go"\n---\nbody\n',
    'content/posts/undeclared.md': '---\ntitle: undeclared\ndate: 2024-01-01T00:00:00Z\nseries: [Basics]\ntopics: [Go]\n---\nbody\n',
    'content/posts/singular.md': '---\ntitle: singular\ndate: 2024-01-01T00:00:00Z\ntag: [solo]\ncategory: [one]\n---\nbody\n',
    'content/posts/mapping.md': '---\ntitle: mapping\ndate: 2024-01-01T00:00:00Z\ntags:\n  a: b\n---\nbody\n',
    'content/posts/clean.md': '+++\ntitle = "clean"\ndate = 2024-01-01T00:00:00Z\ndraft = false\ntags = ["Go Lang", "go lang"]\n+++\nbody\n',
  };
  DATES.forEach((d, i) => {
    out[`content/dates/d${i}.md`] = `---\ntitle: d${i}\ndate: "${d}"\n---\nbody\n`;
  });
  DRAFTS.forEach((d, i) => {
    out[`content/drafts/b${i}.md`] = `---\ntitle: b${i}\ndate: 2024-01-01T00:00:00Z\ndraft: ${d}\n---\nbody\n`;
  });
  return out;
}

describe('Hugo front-matter findings agree with hugo 0.111.3', () => {
  let root = '';
  let hugo: HugoReading;
  let site: IndexedSite;
  const findings = new Map<string, readonly LintFinding[]>();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-lint-'));
    for (const [rel, text] of Object.entries(files())) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    hugo = askHugo(root);
    const now = Date.now();
    site = await indexSite(root, { fs: nodeFileSystem, nowMs: now });
    const lintSite = lintSiteOf(site.model.snapshot(), undefined);
    for (const file of site.files) {
      const text = fs.readFileSync(file.absolutePath, 'utf8');
      const ctx = { config: site.loaded.config, zone: site.loaded.zone, nowMs: now };
      findings.set(file.relativePath, lintPost({ path: file.relativePath, text, ctx, site: lintSite }).findings);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const page = (file: string): HugoPage => {
    const found = hugo.pages.find((p) => p.path === file);
    assert.ok(found, `Hugo lists ${file}`);
    return found;
  };
  const codes = (file: string): string[] => (findings.get(file) ?? []).map((f) => f.code);

  it('a date is reported unreadable exactly when Hugo leaves the page undated', () => {
    const unreadable: string[] = [];
    DATES.forEach((d, i) => {
      const file = `content/dates/d${i}.md`;
      const reported = codes(file).includes('hugo.dateUnreadable');
      assert.equal(reported, page(file).date === GO_ZERO, `${d}: Hugo's date is ${page(file).date}`);
      if (reported) unreadable.push(d);
    });
    // The cases are not all on one side.
    assert.ok(unreadable.length >= 4 && unreadable.length <= DATES.length - 6, unreadable.join(' | '));
    console.log(`dates Hugo 0.111.3 cannot read: ${unreadable.join(' | ')}`);
  });

  it('draft values that are not booleans: the finding says what Hugo reads', () => {
    DRAFTS.forEach((d, i) => {
      const file = `content/drafts/b${i}.md`;
      const f = (findings.get(file) ?? []).find((x) => x.code.startsWith('hugo.bool'));
      const hugoDraft = page(file).draft;
      if (f === undefined) assert.ok(!d.startsWith('"') && d !== '2', `${d} is a boolean to Hugo's YAML`);
      else if (f.code === 'hugo.boolText') assert.equal(f.args[2], String(hugoDraft), d);
      else assert.equal(hugoDraft, false, `${d}: unreadable means false`);
    });
    const toml = (findings.get('content/posts/toml-draft.md') ?? []).find((x) => x.code.startsWith('hugo.bool'));
    assert.equal(toml?.code, 'hugo.boolUnreadable');
    assert.equal(page('content/posts/toml-draft.md').draft, false);
  });

  it('terms that are not strings are filed under their text; a string with commas is one term', () => {
    const f = findings.get('content/posts/terms.md') ?? [];
    const named = f.filter((x) => x.code === 'hugo.termNotString').map((x) => x.args[1] ?? '');
    assert.deepEqual(named, ['1', 'true', '2.5']);
    const terms = page('content/posts/terms.md').terms;
    const config = site.loaded.config;
    assert.ok(config.generator === 'hugo');
    for (const term of named) assert.ok(terms['tags']?.includes(hugoTermKey(term, config.hugo)) ?? false, `Hugo files ${term}: ${JSON.stringify(terms)}`);
    assert.ok(f.some((x) => x.code === 'hugo.termComma'));
    assert.deepEqual(terms['categories'], ['hugo-go']);
  });

  it('undeclared and singular taxonomy keys make no terms; Hugo keeps them as params', () => {
    assert.deepEqual(codes('content/posts/undeclared.md'), ['hugo.taxonomyUndeclared', 'hugo.taxonomyUndeclared']);
    assert.deepEqual(Object.keys(hugo.taxonomies).sort(), ['categories', 'tags']);
    assert.deepEqual(page('content/posts/undeclared.md').params['series'], ['Basics']);
    assert.deepEqual(codes('content/posts/singular.md'), ['hugo.taxonomySingular', 'hugo.taxonomySingular']);
    assert.deepEqual(page('content/posts/singular.md').terms, { categories: [], tags: [] });
  });

  it('a mapping of terms files the page under none', () => {
    assert.deepEqual(codes('content/posts/mapping.md'), ['hugo.termsMapping']);
    assert.deepEqual(page('content/posts/mapping.md').terms['tags'], []);
  });

  it('says nothing of a clean post', () => {
    assert.deepEqual(codes('content/posts/clean.md'), []);
    assert.deepEqual(page('content/posts/clean.md').terms['tags'], ['go-lang']);
  });
});
