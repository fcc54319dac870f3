// `liquid: strict_filters: true` against `jekyll build` (4.3.1 from Debian): Jekyll's own list of filters must be
// Postcraft's, each injected call of a filter the site does not have must fail the build at the line where Postcraft
// reports its one error, the same text must build (and Postcraft stay quiet) without strict_filters, and the sample
// and every Jekyll site of the corpus, built with strict_filters turned on, must fail exactly where Postcraft says.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { JEKYLL_FILTERS, filterCalls } from '../../../src/core/generators/jekyll/jekyllFilters';
import { liquidStructure } from '../../../src/core/generators/jekyll/liquidStructure';
import { generatorOfFolder } from '../../harness/siteKinds';
import { bodyStartLine, copyJekyllSite, jekyllBuild } from './jekyllSiteCopy';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'jekyll-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();
const SAMPLE_STUBS = { '_includes/figure.html': '<figure>{{ include.caption }}</figure>\n' };
const FAULT_FILE = '_posts/2024-05-01-필터-글.md';
const HEAD = '---\ntitle: "필터를 쓰는 글"\ndate: 2024-05-01 09:00:00 +0900\n---\n첫 문단입니다. {{ page.title | upcase }}\n\n';
const STRICT = '\nliquid:\n  strict_filters: true\n';

/** Each text, and the name of the filter Postcraft must report. */
const FAULTS: readonly (readonly [string, string, string])[] = [
  ['an output, after Korean text', '한글 문장 뒤 {{ page.title | shout }}', 'shout'],
  ['the second filter of a chain, with an argument', '{{ page.title | downcase | truncate: 10 | shout: "!" }}', 'shout'],
  ['a filter written in capitals', '{{ page.date | Date_To_String }}', 'Date_To_String'],
  ['an output whose filter is on its second line', '{{ page.title\n  | shout }}', 'shout'],
  ['the value of an assign', '{% assign loud = page.title | shout %}{{ loud }}', 'shout'],
  ['an echo', '{% echo page.title | shout %}', 'shout'],
  ['an echo in a liquid tag', '{% liquid\n  assign loud = page.title\n  echo loud | shout\n%}', 'shout'],
  ['a plugin filter of a plugin the site does not load', '{{ ":smile:" | emojify }}', 'emojify'],
];

interface OurError {
  readonly path: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

async function ourErrors(site: string): Promise<OurError[]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'jekyll', nowMs: now });
  return (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme))
    .filter((p) => p.severity === 'error' && p.code.startsWith('jekyll.'))
    .map((p) => ({ path: p.path, line: p.line + 1, code: p.code, message: p.message }));
}

function withConfig(site: string, extra: string): void {
  fs.appendFileSync(path.join(site, '_config.yml'), extra);
}

describe('liquid: strict_filters agrees with jekyll build 4.3.1', () => {
  it("Postcraft's filters are the ones Jekyll's strainer has", () => {
    const run = spawnSync('ruby', [path.join(root, 'test', 'conformance', 'jekyll', 'jekyll-filters.rb')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const theirs = JSON.parse(run.stdout) as string[];
    assert.ok(theirs.length > 50, 'Jekyll lists its filters');
    assert.deepEqual([...JEKYLL_FILTERS].sort(), theirs);
  });

  it('the filters each output of the sample and the corpus calls, and markups around each rule, are the ones Liquid reads', () => {
    const markups = [
      ' a | upcase | nosuch: 1, "x|y" ', ' "a|b" | x ', 'a || upcase', ' page.title\n | shout ', 'a | foo-bar | baz? ', 'a | 한글 | b',
      'a|b|c', 'a | "q" | c', ' | x', 'a | b: "|" | c', "a | b: 'x' , c | d", 'a | 1abc', '"x" | append: "|" | upcase', '', '   ',
      'a | _x | -y', 'a |b:c|d : e', 'site.posts | where: "a", "b" | map: "title" | join: ", "',
    ];
    const sites = [sample, ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).map((d) => path.join(corpus, d)) : [])].filter((d) => generatorOfFolder(d) === 'jekyll');
    const open = { extra: new Set<string>(), open: true };
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory() && !e.name.startsWith('.') && e.name !== '_site') walk(full);
        else if (e.isFile() && /\.(md|markdown|html)$/.test(e.name)) {
          const text = fs.readFileSync(full, 'utf8');
          for (const v of liquidStructure(text, 0, open).variables) markups.push(v.markup);
        }
      }
    };
    for (const site of sites) walk(site);
    const run = spawnSync('ruby', [path.join(root, 'test', 'conformance', 'jekyll', 'liquid-filter-names.rb')], { input: JSON.stringify(markups), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    const theirs = JSON.parse(run.stdout) as (string[] | { error: string })[];
    let compared = 0;
    markups.forEach((markup, i) => {
      const they = theirs[i];
      // A markup Liquid refuses fails the parse, which the structure checks look at.
      if (they === undefined || !Array.isArray(they)) return;
      compared++;
      assert.deepEqual(filterCalls(markup).map((c) => c.name), they, JSON.stringify(markup));
      for (const c of filterCalls(markup)) assert.equal(markup.slice(c.at, c.at + c.name.length), c.name);
    });
    assert.ok(compared > 50, `markups compared (${compared})`);
  });

  for (const [name, fault, filter] of FAULTS) {
    it(`${name}: the build fails at the line of Postcraft's one error`, async () => {
      const site = copyJekyllSite(sample, { ...SAMPLE_STUBS, [FAULT_FILE]: `${HEAD}${fault}\n` });
      try {
        // Without strict_filters Liquid passes the value through: the build succeeds, and Postcraft says nothing.
        assert.equal(jekyllBuild(site)?.message, undefined);
        assert.deepEqual(await ourErrors(site), []);
        withConfig(site, STRICT);
        const theirs = jekyllBuild(site);
        assert.ok(theirs !== undefined, 'jekyll build fails with strict_filters');
        assert.equal(theirs.file, FAULT_FILE, theirs.message);
        assert.equal(theirs.message, `Liquid error (line ${String(theirs.line)}): undefined filter ${filter}`);
        const ours = await ourErrors(site);
        assert.deepEqual(ours.map((e) => `${e.path} ${e.code}`), [`${FAULT_FILE} jekyll.liquidUndefinedFilter`]);
        assert.ok(ours[0]?.message.includes(`undefined filter ${filter};`), ours[0]?.message);
        const text = fs.readFileSync(path.join(site, FAULT_FILE), 'utf8');
        assert.equal(ours[0]?.line, bodyStartLine(text) + (theirs.line ?? 0));
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }

  it('a filter that renders only on a condition, or never, is no error (the build may pass)', async () => {
    const text = `${HEAD}{% if page.nothing %}{{ page.title | shout }}{% endif %}\n{% comment %}{{ page.title | shout }}{% endcomment %}\n{% raw %}{{ x | shout }}{% endraw %}\n`;
    const site = copyJekyllSite(sample, { ...SAMPLE_STUBS, [FAULT_FILE]: text });
    try {
      withConfig(site, STRICT);
      assert.equal(jekyllBuild(site)?.message, undefined);
      assert.deepEqual(await ourErrors(site), []);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('the sample and every Jekyll site of the corpus, built with strict_filters: the build fails where Postcraft reports, or neither', async () => {
    const sites = [sample, ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).map((d) => path.join(corpus, d)) : [])]
      .filter((d) => fs.statSync(d).isDirectory() && generatorOfFolder(d) === 'jekyll');
    assert.ok(sites.length > 1, 'Jekyll sites to build');
    for (const original of sites) {
      const site = copyJekyllSite(original, original === sample ? SAMPLE_STUBS : {});
      try {
        withConfig(site, STRICT);
        const theirs = jekyllBuild(site);
        const ours = (await ourErrors(site)).filter((e) => e.code === 'jekyll.liquidUndefinedFilter');
        const label = path.basename(original);
        if (theirs === undefined || !theirs.message.includes('undefined filter')) {
          assert.deepEqual(ours, [], `${label}: ${String(theirs?.message)}`);
        } else {
          const text = fs.readFileSync(path.join(site, theirs.file ?? ''), 'utf8');
          const line = bodyStartLine(text) + (theirs.line ?? 0);
          assert.ok(ours.some((e) => e.path === theirs.file && e.line === line), `${label}: Jekyll: ${theirs.message} in ${String(theirs.file)}; Postcraft: ${JSON.stringify(ours.slice(0, 5))}`);
        }
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    }
  });
});
