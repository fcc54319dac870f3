// The build is the oracle: each fault is injected into its own copy of the Jekyll sample, `jekyll build` (4.3.1)
// builds it, and the build must fail in the file Postcraft's check reports as its one error, at the same line when
// Jekyll names one. Liquid names a line for syntax errors only, counted from the first line after the front matter;
// post_url, include, include_relative and link fail while rendering with no line, and highlight's markup with Ruby's
// own SyntaxError, also without one: there the file is compared.
// Then: on the sample and on every Jekyll site of the corpus, an error-free build means no error from Postcraft,
// and a failed one means Postcraft reports the error Jekyll stopped at. Last, Jekyll's Liquid parses every post body
// and a list of texts, and Postcraft's reading of their structure must give the same error (or none) and line.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { lintSiteFiles } from '../../../src/platform/siteLint';
import { findGemTheme } from '../../../src/platform/gemThemes';
import { generatorOfFolder } from '../../harness/siteKinds';
import { liquidStructure, type LiquidError } from '../../../src/core/generators/jekyll/liquidStructure';
import { bodyStartLine, copyJekyllSite, jekyllBuild, jekyllBuildReport } from './jekyllSiteCopy';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'jekyll-blog');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const now = Date.now();

/** The sample's `{% include figure.html %}` comes from Minimal Mistakes, whose gem is not here: a stub stands in. */
const SAMPLE_STUBS = { '_includes/figure.html': '<figure>{{ include.caption }}</figure>\n' };

const FAULT_FILE = '_posts/2024-05-01-빌드를-멈추는-글.md';
const HEAD = '---\ntitle: "빌드를 멈추는 글"\ndate: 2024-05-01 09:00:00 +0900\ncategories: [dev]\n---\n첫 문단입니다. {{ page.title }}\n\n';

/** Each fault, and the code of the one error Postcraft must report for it. */
const FAULTS: readonly (readonly [string, string, string])[] = [
  ['post_url to no post, after Korean text', '한글 문장 뒤의 [링크]({% post_url 2024-01-01-없는-글 %})', 'jekyll.postUrlMissing'],
  ['post_url that cannot be parsed', '{% post_url no-date-here %}', 'jekyll.postUrlInvalid'],
  ['post_url to a future post', '예약된 글: {% post_url 2099-01-01-hello-from-the-future %}', 'jekyll.postUrlNotBuilt'],
  ['include of a missing file', '{% include no-such-include.html %}', 'jekyll.includeMissing'],
  ['include with no file name', '{% include %}', 'jekyll.includeFileName'],
  ['include of a name Jekyll refuses', '{% include ../secret.html %}', 'jekyll.includeFileName'],
  ['include with parameters Jekyll cannot read', '{% include figure.html caption="a" broken %}', 'jekyll.includeParams'],
  ['include_relative of a missing file', '{% include_relative no-such-file.md %}', 'jekyll.includeMissing'],
  ['link to a missing file', '{% link _posts/2024-01-01-no-such-post.md %}', 'jekyll.linkMissing'],
  ['unclosed if', '{% if page.title %}\n제목이 있습니다.\n\n끝.', 'jekyll.liquidNeverClosed'],
  ['unclosed for', '{% for tag in page.tags %}{{ tag }}\n', 'jekyll.liquidNeverClosed'],
  ['unclosed capture', '{% capture note %}메모\n', 'jekyll.liquidNeverClosed'],
  ['unclosed raw', '앞\n{% raw %}{{ 그대로 }}\n뒤\n', 'jekyll.liquidNeverClosed'],
  ['unclosed comment', '{% comment %}숨김\n', 'jekyll.liquidNeverClosed'],
  ['unclosed highlight', '{% highlight ruby %}\nputs 1\n', 'jekyll.liquidNeverClosed'],
  ['highlight with markup Jekyll cannot read', '코드: {% highlight ruby, linenos %}\nputs 1\n{% endhighlight %}', 'jekyll.liquidHighlightSyntax'],
  ['endif with no opener', '문단\n\n{% endif %}', 'jekyll.liquidUnknownTag'],
  ['unknown tag after Korean text', '한국어 설명 {% youtube abc %}', 'jekyll.liquidUnknownTag'],
  ['end tag of another block', '{% if page.title %}{% endfor %}', 'jekyll.liquidInvalidDelimiter'],
  ['unterminated output', '값은 {{ page.title 입니다', 'jekyll.liquidVariableUnterminated'],
  ['unterminated tag', '태그 {% if page.title', 'jekyll.liquidTagUnterminated'],
  ['unknown tag in a liquid tag', '{% liquid\n  assign a = 1\n  youtube abc\n%}', 'jekyll.liquidUnknownTag'],
  ['block never closed in a liquid tag', '{% liquid\n  if page.title\n    echo page.title\n%}', 'jekyll.liquidNeverClosed'],
  ['end tag of another block in a liquid tag', '{% liquid\nfor t in page.tags\necho t\nendif\n%}', 'jekyll.liquidInvalidDelimiter'],
  ['end tag outside any block in a liquid tag', '{% liquid\nassign a = 1\nendfor\n%}', 'jekyll.liquidInvalidDelimiter'],
];

interface OurError {
  readonly path: string;
  /** 1-based. */
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

/** Postcraft's conflict warnings, as groups of the posts written to one destination. */
async function ourConflicts(site: string): Promise<string[][]> {
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'jekyll', nowMs: now });
  const groups = new Map<string, Set<string>>();
  for (const p of (await lintSiteFiles(nodeFileSystem, indexed, now, findGemTheme)).filter((f) => f.code === 'jekyll.urlConflict')) {
    const destination = /^Conflict: (\S+) /.exec(p.message)?.[1] ?? '';
    groups.set(destination, (groups.get(destination) ?? new Set()).add(p.path));
  }
  return [...groups.values()].map((g) => [...g].sort()).sort();
}

/** The file line (1-based) Jekyll's Liquid line stands for: Liquid counts from the first line of the body. */
function fileLineOf(site: string, file: string, liquidLine: number): number {
  return bodyStartLine(fs.readFileSync(path.join(site, file), 'utf8')) + liquidLine;
}

/** Whether one of our errors is the build's failure: same file, and the same line when Jekyll names one. */
function reports(ours: readonly OurError[], theirs: { file: string | undefined; line: number | undefined }, site: string): boolean {
  return ours.some((e) => {
    if (e.path !== theirs.file) return false;
    if (theirs.line === undefined) return true;
    const line = fileLineOf(site, e.path, theirs.line);
    // A block never closed: Postcraft marks its opening tag and names the line Jekyll reports in the message.
    return e.code === 'jekyll.liquidNeverClosed' ? e.message.endsWith(`naming line ${line}`) : e.line === line;
  });
}

describe('build checks agree with jekyll build 4.3.1', () => {
  it('the sample builds, and Postcraft reports no error on it', async () => {
    const site = copyJekyllSite(sample, SAMPLE_STUBS);
    try {
      assert.equal(jekyllBuild(site)?.message, undefined);
      assert.deepEqual(await ourErrors(site), []);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  for (const [name, fault, code] of FAULTS) {
    it(`${name}: the build fails where Postcraft reports its one error`, async () => {
      const text = `${HEAD}${fault}\n`;
      const site = copyJekyllSite(sample, { ...SAMPLE_STUBS, [FAULT_FILE]: text });
      try {
        const theirs = jekyllBuild(site);
        assert.ok(theirs !== undefined, 'jekyll build fails on the fault');
        assert.equal(theirs.file, FAULT_FILE, theirs.message);
        const ours = await ourErrors(site);
        assert.deepEqual(ours.map((e) => `${e.path} ${e.code}`), [`${FAULT_FILE} ${code}`]);
        assert.ok(reports(ours, theirs, site), `Jekyll: ${theirs.message} (line ${String(theirs.line)}); Postcraft: ${JSON.stringify(ours)}`);
        // Jekyll's highlight tag fails with Ruby's own SyntaxError, which carries no line.
        if (code.startsWith('jekyll.liquid') && code !== 'jekyll.liquidHighlightSyntax') {
          assert.ok(theirs.line !== undefined, 'Liquid names a line for its syntax errors');
        } else {
          // Jekyll names no line for a tag that fails as it renders: Postcraft's is the fault's own line.
          assert.equal(theirs.line, undefined);
          assert.equal(ours[0]?.line, HEAD.split('\n').length);
        }
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }

  it('two posts written to one file: Jekyll warns of the conflict, and Postcraft warns on each post', async () => {
    const post = (title: string): string => `---\ntitle: "${title}"\npermalink: /같은-주소/\n---\n본문\n`;
    const site = copyJekyllSite(sample, { ...SAMPLE_STUBS, '_posts/2024-05-02-첫째.md': post('첫째'), 'dev/_posts/2024-05-03-둘째.md': post('둘째') });
    try {
      const report = jekyllBuildReport(site);
      assert.equal(report.failure, undefined);
      assert.deepEqual(report.conflicts, [['_posts/2024-05-02-첫째.md', 'dev/_posts/2024-05-03-둘째.md']]);
      assert.deepEqual(await ourConflicts(site), report.conflicts);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('on every Jekyll site of the corpus, Postcraft reports the error the build stops at, and none when it builds', async (t) => {
    if (!fs.existsSync(corpus)) {
      t.skip('no corpus on this machine');
      return;
    }
    const sites = fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => fs.statSync(d).isDirectory() && generatorOfFolder(d) === 'jekyll');
    assert.ok(sites.length > 0, 'the corpus has Jekyll sites');
    for (const original of sites) {
      const site = copyJekyllSite(original);
      try {
        const report = jekyllBuildReport(site);
        const theirs = report.failure;
        const ours = await ourErrors(site);
        const label = path.basename(original);
        // Conflicts between posts (Jekyll's also name pages, which Postcraft does not read).
        const postConflicts = report.conflicts.map((files) => files.filter((f) => /(^|\/)_posts\//.test(f))).filter((files) => files.length > 1);
        if (theirs === undefined) assert.deepEqual(await ourConflicts(site), postConflicts, label);
        if (theirs === undefined) assert.deepEqual(ours, [], label);
        else assert.ok(reports(ours, theirs, site), `${label}: Jekyll: ${theirs.message} in ${String(theirs.file)}; Postcraft: ${JSON.stringify(ours.slice(0, 5))}`);
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    }
  });
});

/** Liquid's message for one of Postcraft's structure errors. */
function liquidMessage(e: LiquidError): string {
  const [a = '', b = '', c = ''] = e.args;
  switch (e.kind) {
    case 'unknownTag':
      return `Unknown tag '${a}'`;
    case 'unexpectedOuter':
      return `Unexpected outer '${a}' tag`;
    case 'unexpectedElse':
      return `${a} tag does not expect 'else' tag`;
    case 'invalidDelimiter':
      return `'${a}' is not a valid delimiter for ${b} tags. use ${c}`;
    case 'neverClosed':
      return `'${a}' tag was never closed`;
    case 'tagUnterminated':
      return `Tag '${a}' was not properly terminated with regexp: /\\%\\}/`;
    case 'variableUnterminated':
      return `Variable '${a}' was not properly terminated with regexp: /\\}\\}/`;
    case 'rawArguments':
      return "Syntax Error in 'raw' - Valid syntax: raw";
    case 'highlightSyntax':
      return `Syntax Error in tag 'highlight' while parsing the following markup:\n\n${a}\n\nValid syntax: highlight <lang> [linenos]\n`;
  }
}

const TEXTS: readonly string[] = [
  'line1\n{% bogus %}\nlast\n',
  '{% if x %}\n{%\nbogus %}{% endif %}',
  'a\n{% if x %}\n{% raw %}\n',
  '{% raw %}a{%- endraw -%}',
  '{% raw %}a{% endraw -%}',
  '{% raw %}{% bogus %}{{ {% endraw %}',
  '{% raw x %}a{% endraw %}',
  '{% comment %} {% bogus %} {% endif %} {% endcomment %}',
  '{% comment %}{% if x %}{% endcomment %}',
  '{% if x %}{% elsif y %}{% else %}{% else %}{% endif %}',
  '{% case x %}{% when 1 %}{% else %}{% endcase %}',
  '{% for x in y %}{% else %}{% endfor %}{% for x in y %}{% elsif %}{% endfor %}',
  '{% capture x %}{% else %}{% endcapture %}',
  '{% unless x %}{% endif %}',
  '{% else %}',
  '{% end %}',
  'x {{ a } b }}',
  'x\n{{ a',
  'a {% if x\nlast\n',
  '{% %}',
  '{%\u00a0if x %}{% endif %}',
  '{% # note %}{%- if x -%}{{- y -}}{%- endif -%}',
  '{% liquid\necho 1 %}',
  '{% highlight ruby linenos %}\n{% bogus %}\n{% endhighlight %}',
  '{% highlight ruby linenos hl_lines="1 2" %}{% endhighlight %}',
  'a\n{% highlight %}{% endhighlight %}',
  '{% highlight ruby!! %}{% endhighlight %}',
  '{% highlight\n ruby x=y %}{% endhighlight %}',
  '{% highlight c++ hl_lines="1,2" %}{% endhighlight %}',
  '{% tablerow x in y %}{% endtablerow %}{% ifchanged %}{% endifchanged %}',
  '{% if a %}{% for b in c %}{% unless d %}\n\n',
  '한글 {{ 값 }} {% 한글 %}',
  '{% liquid\nassign a = 1\nbogus x\n%}',
  '{% liquid assign a = 1 %}{% liquid\n\n  # note\n  if a\n    echo a | upcase\n  else\n    echo 2\n  endif\n%}',
  'a\n{% liquid\nif a\necho 1\n%}\nb',
  '{% liquid\nif a\necho 1\nendfor\n%}',
  '{% liquid\nelse\n%}',
  '{% liquid\ncomment\nbogus\n!!!\nendcomment\nraw\n%}',
  '{% liquid\ncase a\nwhen 1\necho 1\nendcase\nfor x in y\nbreak\nendfor\n%}{% if x %}{% liquid\nendif\n%}{% endif %}',
  '{% liquid\n!!!\n%}',
  '{% if a %}\n{% liquid\nunless b\n%}{% endif %}',
];

describe("structure as Jekyll's Liquid parses it", () => {
  it('every post body of the sample and the corpus, and texts around each rule, give the same error and line', () => {
    const bodies: [string, string][] = TEXTS.map((t) => [JSON.stringify(t), t]);
    const sites = [sample, ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).map((d) => path.join(corpus, d)) : [])].filter((d) => generatorOfFolder(d) === 'jekyll');
    for (const site of sites) {
      const walk = (dir: string): void => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, e.name);
          if (e.isDirectory() && !e.name.startsWith('.') && e.name !== '_site') walk(full);
          else if (e.isFile() && /\/_posts\//.test(full) && /\.(md|markdown|html)$/.test(e.name)) {
            const text = fs.readFileSync(full, 'utf8');
            bodies.push([path.relative(root, full), text.split('\n').slice(bodyStartLine(text)).join('\n')]);
          }
        }
      };
      walk(site);
    }
    const run = spawnSync('ruby', [path.join(root, 'test', 'conformance', 'jekyll', 'liquid-parse.rb')], { input: JSON.stringify(bodies.map(([, b]) => b)), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    const theirs = JSON.parse(run.stdout) as ({ message: string; line: number | null } | null)[];
    const tags = { extra: new Set<string>(), open: false };
    let errors = 0;
    bodies.forEach(([label, body], i) => {
      const they = theirs[i] ?? null;
      // post_url names are Jekyll's (no line): the body checks test them against the build.
      if (they !== null && they.line === null) return;
      const e = liquidStructure(body, 0, tags).error;
      const ours = e === undefined ? null : { message: liquidMessage(e), line: body.slice(0, e.reportedAt).split('\n').length };
      if (ours !== null) errors++;
      assert.deepEqual(ours, they, label);
    });
    assert.ok(errors >= 15, `the texts exercise the errors (${errors})`);
  });
});
