// Jekyll's build checks on posts in memory. What Jekyll itself does with each fault is asked of `jekyll build` in
// test/conformance/jekyll/jekyllBuildChecks.test.ts; these pin down the reading of each rule, line and column.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { parseConfig } from '../../../../src/core/config';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { summarizePost } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';
import { liquidStructure } from '../../../../src/core/generators/jekyll/liquidStructure';
import { parsePostUrlName } from '../../../../src/core/generators/jekyll/jekyllPostUrl';
import { gemfilePlugins } from '../../../../src/core/generators/jekyll/jekyllPlugins';
import type { LintFinding, SiteFiles } from '../../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const zone = createTimeZone('Asia/Seoul').zone;

const POSTS: Record<string, string> = {
  '_posts/2024-01-05-first.md': '---\ntitle: a\n---\nbody\n',
  '_posts/inner/2024-03-01-third.md': '---\ntitle: c\nslug: custom\n---\nbody\n',
  'dev/_posts/2024-02-01-second.md': '---\ntitle: b\n---\nbody\n',
  '_posts/2099-01-01-future.md': '---\ntitle: f\n---\nbody\n',
  '_drafts/a-draft.md': '---\ntitle: d\n---\nbody\n',
};

function files(over: Partial<SiteFiles> = {}): SiteFiles {
  const paths = new Set([...Object.keys(POSTS), '_includes/notice.html', '_includes/nested/card.html', '_posts/table.md', 'about.md', 'assets/x.png']);
  const folders = new Set([...paths].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths, folders, theme: undefined, manifests: new Map(), ...over };
}

function check(body: string, options: { config?: string; files?: SiteFiles | undefined; path?: string; head?: string } = {}): LintFinding[] {
  const config = parseConfig(options.config ?? 'timezone: Asia/Seoul\n').config;
  const ctx = { config, zone, nowMs: NOW };
  const path = options.path ?? '_posts/2024-06-01-test.md';
  const all = { ...POSTS, [path]: '' };
  const posts = Object.entries(all).map(([p, text]) => summarizePost(analyzePost({ path: p, text, mtimeMs: NOW }, ctx)));
  const site = lintSiteOf({ categories: [], tags: [], posts }, undefined, new Set(), 'files' in options ? options.files : files());
  const text = `${options.head ?? '---\ntitle: t\n---\n'}${body}`;
  return lintPost({ path, text, ctx, site }).findings.filter((f) => f.code.startsWith('jekyll.'));
}

const brief = (fs: readonly LintFinding[]): string[] => fs.map((f) => `${f.severity} ${f.code} ${f.range.line}:${f.range.startChar}-${f.range.endChar} ${f.args.join('|')}`);

describe('Liquid structure as Liquid 5.4 parses it', () => {
  const open = { extra: new Set<string>(), open: false };
  const error = (text: string): string => {
    const e = liquidStructure(text, 0, open).error;
    return e === undefined ? 'ok' : `${e.kind} ${e.args.join('|')} @${e.start} line ${text.slice(0, e.reportedAt).split('\n').length}`;
  };

  it('finds the first error where Liquid stops, at the line Liquid names', () => {
    assert.equal(error('line1\n{% bogus %}\nlast\n'), 'unknownTag bogus @6 line 2');
    assert.equal(error('{% if x %}\n{%\nbogus %}{% endif %}'), 'unknownTag bogus @11 line 3');
    assert.equal(error('line1\n{% if true %}\nmore\nlast\n'), 'neverClosed if @6 line 5');
    assert.equal(error('a\n{% if x %}\n{% raw %}\n'), 'neverClosed raw @13 line 3');
    assert.equal(error('{% endif %}'), 'unknownTag endif @0 line 1');
    assert.equal(error('{% else %}'), 'unexpectedOuter else @0 line 1');
    assert.equal(error('{% if x %}{% endfor %}{% endif %}'), 'invalidDelimiter endfor|if|endif @10 line 1');
    assert.equal(error('{% capture x %}{% else %}{% endcapture %}'), 'unexpectedElse capture @15 line 1');
    assert.equal(error('{% for x in y %}{% elsif %}{% endfor %}'), 'unknownTag elsif @16 line 1');
    assert.equal(error('x {{ a } b }}'), 'variableUnterminated {{ a } @2 line 1');
    assert.equal(error('x\n{{ a'), 'variableUnterminated {{ @2 line 2');
    assert.equal(error('a {% if x\nlast\n'), 'tagUnterminated {% @2 line 1');
    assert.equal(error('{%\u00a0if x %}{% endif %}'), 'tagUnterminated {%\u00a0if x %} @0 line 1');
    assert.equal(error('{% raw x %}a{% endraw %}'), 'rawArguments  @0 line 1');
    assert.equal(error('x\n{% highlight ruby, linenos %}{% endhighlight %}'), 'highlightSyntax ruby, linenos  @2 line 2');
  });

  it('reads what Liquid accepts', () => {
    for (const ok of [
      '{% if x %}{% elsif y %}{% else %}{% endif %}',
      '{% case x %}{% when 1 %}{% else %}{% endcase %}',
      '{% comment %} {% bogus %} {% endif %} {% endcomment %}',
      '{% raw %}{% bogus %}{{ {% endraw %}',
      '{% raw %}a{% endraw -%}',
      '{% # a note %} {%- if x -%}{{- y -}}{%- endif -%}',
      '{% liquid\necho 1 %}',
      '{% highlight ruby %}\n{% endhighlight %}',
    ]) {
      assert.equal(error(ok), 'ok', ok);
    }
  });

  it('a dash before endraw does not close a raw block (as in Liquid)', () => {
    assert.equal(error('{% raw %}a{%- endraw -%}'), 'neverClosed raw @0 line 1');
  });

  it('says nothing of unknown tags when plugins it does not know may add them, but still of misplaced end tags', () => {
    const anyTags = { extra: new Set<string>(), open: true };
    assert.equal(liquidStructure('{% tabs %}{% endtabs %}{% youtube x %}', 0, anyTags).error, undefined);
    assert.equal(liquidStructure('{% endif %}', 0, anyTags).error?.kind, 'unknownTag');
  });
});

describe('post_url as Jekyll 4.3 matches it', () => {
  it('parses the name as PostComparer does', () => {
    assert.deepEqual(parsePostUrlName(' /a/b/2024-1-5-x-y '), { folders: 'a/b/', date: '2024-1-5', year: 2024, month: 1, day: 5, slug: 'x-y' });
    assert.equal(parsePostUrlName('nodate'), undefined);
    assert.equal(parsePostUrlName('a/b'), undefined);
  });

  it('finds posts by path, by folder, and by day and slug (the deprecated fallback)', () => {
    const fine = [
      '{% post_url 2024-01-05-first %}',
      '{% post_url /2024-01-05-first %}',
      '{% post_url dev/2024-02-01-second %}',
      '{% post_url 2024-02-01-second %}',
      '{% post_url inner/2024-03-01-third %}',
      '{% post_url 2024-03-01-custom %}',
      '{% post_url 2024-3-1-custom %}',
    ];
    assert.deepEqual(check(fine.join('\n')), []);
  });

  it('a name no post has is an error at the tag; a future post\'s name says which post', () => {
    assert.deepEqual(brief(check('see {% post_url 2024-01-05-nope %}\n{% post_url 2099-01-01-future %}\n{% post_url nodate %}')), [
      'error jekyll.postUrlMissing 3:4-34 2024-01-05-nope',
      'error jekyll.postUrlNotBuilt 4:0-32 2099-01-01-future|_posts/2099-01-01-future.md',
      'error jekyll.postUrlInvalid 5:0-21 nodate',
    ]);
  });

  it('columns count the editor\'s characters after Korean text, lines count the front matter', () => {
    const found = check('첫 줄\n한글 문장 뒤의 {% post_url 2024-01-05-없는-글 %}', { head: '---\ntitle: "제목"\ntags: [가, 나]\n---\n' });
    assert.deepEqual(brief(found), ['error jekyll.postUrlMissing 5:9-39 2024-01-05-없는-글']);
  });

  it('a name no post has offers the built posts of that day, closest slug first, then the slug on other days', () => {
    assert.deepEqual(check('{% post_url 2024-01-06-first %}')[0]?.fixes.map((f) => f.title), ['Use post "2024-01-05-first"']);
    assert.deepEqual(check('{% post_url 2099-01-01-future %}')[0]?.fixes, [], 'a post the build does not have is no fix');
    const body = '앞 {% post_url  2024-01-05-frist %} 뒤';
    const [finding] = check(body);
    assert.deepEqual(finding?.fixes.map((f) => f.title), ['Use post "2024-01-05-first"']);
    const edit = finding?.fixes[0]?.edits[0];
    assert.deepEqual(edit?.range, { line: 3, startChar: 15, endChar: 31 });
    const line = body.slice(0, edit?.range.startChar) + (edit?.newText ?? '') + body.slice(edit?.range.endChar);
    assert.deepEqual(check(line), []);
  });

  it('in a comment nothing renders; in a condition it may not: a warning; an unparsable name fails even in a comment', () => {
    assert.deepEqual(brief(check('{% comment %}{% post_url 2024-01-05-nope %}{% post_url bad %}{% endcomment %}\n{% if x %}{% post_url 2024-01-05-nope %}{% endif %}')), [
      'error jekyll.postUrlInvalid 3:43-61 bad',
      'warning jekyll.postUrlMissing 4:10-40 2024-01-05-nope',
    ]);
  });

  it('a post Jekyll does not build is checked as a warning, and render_with_liquid: false is not checked', () => {
    assert.deepEqual(brief(check('{% post_url 2024-01-05-nope %}', { path: '_drafts/new.md' })), ['warning jekyll.postUrlMissing 3:0-30 2024-01-05-nope']);
    assert.deepEqual(check('{% post_url 2024-01-05-nope %}{% bogus %}', { head: '---\nrender_with_liquid: false\n---\n' }), []);
  });
});

describe('include, include_relative and link', () => {
  it('an include of a file missing from _includes is an error; nested names, dynamic names and present files are fine', () => {
    assert.deepEqual(brief(check('{% include notice.html %}{% include nested/card.html a="b" %}{% include {{ page.x }}.html %}\n{% include nope.html %}')), [
      'error jekyll.includeMissing 4:0-23 nope.html|_includes',
    ]);
  });

  it('a theme not on this machine may hold any include: nothing is said; one that is, is looked in', () => {
    assert.deepEqual(check('{% include nope.html %}', { files: files({ theme: null }) }), []);
    assert.deepEqual(check('{% include theme-one.html %}', { files: files({ theme: new Set(['_includes/theme-one.html']) }), config: 'theme: some-theme\n' }), []);
    assert.deepEqual(check('{% include nope.html %}', { files: undefined }), []);
  });

  it('include_relative looks beside the post', () => {
    assert.deepEqual(brief(check('{% include_relative table.md %}\n{% include_relative nope.md %}')), ['error jekyll.includeMissing 4:0-30 nope.md|_posts']);
  });

  it('link names a file of the site or a post the build writes', () => {
    assert.deepEqual(brief(check('{% link about.md %}{% link _posts/2024-01-05-first.md %}{% link /assets/x.png %}\n{% link _posts/nope.md %}\n{% link _posts/2099-01-01-future.md %}')), [
      'error jekyll.linkMissing 4:0-25 _posts/nope.md',
      'error jekyll.linkNotBuilt 5:0-38 _posts/2099-01-01-future.md',
    ]);
  });
});

describe('two posts written to one file', () => {
  it('a built post whose URL is another built post\'s destination is warned about, at its permalink', () => {
    const head = '---\ntitle: t\npermalink: /2024/01/05/first\n---\n';
    assert.deepEqual(brief(check('', { head })), ['warning jekyll.urlConflict 2:0-28 /2024/01/05/first.html|_posts/2024-01-05-first.md']);
    assert.deepEqual(check('', { head: '---\ntitle: t\npermalink: /2024/01/05/other/\n---\n' }), []);
    assert.deepEqual(check('', { head, path: '_drafts/a-draft.md' }), []);
  });
});

describe('which tags the site knows', () => {
  it('unknown tags are errors, except those of the plugins it loads', () => {
    assert.deepEqual(brief(check('{% bogus %}')), ['error jekyll.liquidUnknownTag 3:0-11 bogus']);
    assert.deepEqual(check('{% gist abc %}', { config: 'plugins: [jekyll-gist]\n' }), []);
    assert.deepEqual(check('{% anything %}', { config: 'plugins: [jekyll-some-plugin]\n' }), []);
    assert.deepEqual(check('{% anything %}', { files: files({ folders: new Set(['_plugins']) }) }), []);
    assert.deepEqual(check('{% include_cached x.html %}', { config: 'theme: minimal-mistakes-jekyll\n', files: files({ theme: null }) }), []);
  });

  it('reads the Gemfile\'s jekyll_plugins group', () => {
    const gemfile = 'source "https://rubygems.org"\ngem "jekyll"\ngroup :jekyll_plugins do\n  gem "jekyll-feed", "~> 0.12"\n  gem \'jekyll-spaceship\'\nend\ngem "jemoji", group: :jekyll_plugins\n';
    assert.deepEqual(gemfilePlugins(gemfile), ['jekyll-feed', 'jekyll-spaceship', 'jemoji']);
  });

  it('an unclosed block is reported at its opening tag, naming the line Jekyll names', () => {
    assert.deepEqual(brief(check('a\n{% if x %}\nb\n')), ['error jekyll.liquidNeverClosed 4:0-10 if|7']);
  });
});

describe('include syntax Jekyll refuses', () => {
  it('parameters it cannot read, and file names with characters or sequences it does not allow, are errors', () => {
    assert.deepEqual(brief(check('{% include notice.html a="x" b %}\n')), ['error jekyll.includeParams 3:0-33 a="x" b']);
    assert.deepEqual(brief(check('{% include %}\n')), ['error jekyll.includeFileName 3:0-13 ']);
    assert.deepEqual(brief(check('{% include ../x.html %} {% include a%20b.html %}\n')), ['error jekyll.includeFileName 3:0-23 ../x.html', 'error jekyll.includeFileName 3:24-48 a%20b.html']);
  });

  it('reads every form of parameter IncludeTag accepts, and leaves names made by Liquid alone', () => {
    const body = '{% include notice.html a="x \\" y" b=\'z\' c=page.title d-e = 1 %} {% include {{ page.inc }} %} {% include nested/card.html %}\n';
    assert.deepEqual(brief(check(body)), []);
  });
});
