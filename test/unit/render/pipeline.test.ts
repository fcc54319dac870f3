import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import { NOW, mapLookup, readSample, render, sampleSite } from './sampleSite';

const VS_CODE_POST = '_posts/2024-04-01-vs-code로-포스트-쓰기.md';
const HABIT_POST = '_posts/2025-01-20-꾸준히-글쓰는-습관.md';

describe('render pipeline on the sample blog', () => {
  it('renders a Korean post: heading ids keep Hangul, post_url resolves, site include and theme include both render', () => {
    const { html, problems } = render(readSample(VS_CODE_POST), { sitePath: VS_CODE_POST });
    assert.deepEqual(problems, []);
    assert.match(html, /<h2 id="미리보기" data-line="24">미리보기<\/h2>/);
    assert.match(html, /<h2 id="머리말-관리"/);
    assert.match(html, /href="\/jekyll\/%EB%B8%94%EB%A1%9C%EA%B7%B8\/[^"]+">지킬 블로그 시작하기<\/a>/);
    assert.match(html, /<div class="notice--info">\s*<p>이 글은 Postcraft 샘플 블로그의 일부입니다/);
    assert.match(html, /<figure class=""><img src="https:\/\/res\.test\/site\/assets\/images\/sample\.svg" alt="노트와 펜 그림"><figcaption>글쓰기 도구는/);
    assert.doesNotMatch(html, /pc-liquid-placeholder/);
  });

  it('applies a kramdown block IAL and renders footnotes', () => {
    const { html } = render(readSample(HABIT_POST), { sitePath: HABIT_POST });
    assert.match(html, /<p class="notice--info" data-line="23">초안은 공개되지 않으니/);
    assert.doesNotMatch(html, /\{:/);
    assert.match(html, /<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1<\/a><\/sup>/);
    assert.match(html, /<li id="fn:1" role="doc-endnote"><p data-line="34">이렇게 고친 글에는/);
  });

  it('renders the GFM table of the sample post with alignment', () => {
    const path = '_posts/2023-08-19-마크다운-표-쓰는-법.md';
    const { html } = render(readSample(path), { sitePath: path });
    assert.match(html, /<table data-line="\d+">/);
    assert.match(html, /<th style="text-align:center">결과<\/th>/);
  });

  it('keeps {% raw %} text literal', () => {
    const path = 'dev/_posts/2025-03-18-debugging-liquid-includes.md';
    const { html } = render(readSample(path), { sitePath: path });
    assert.match(html, /<code>\{\{ include \| inspect \}\}<\/code>/);
  });

  it('shows an unknown tag, a missing include and a missing post as visible placeholders, and keeps rendering', () => {
    const { html } = render('{% tabs first %}\n\n{% include nowhere.html %}\n\n{% post_url 2000-01-01-none %}\n\n## After\n');
    assert.equal(html.match(/class="pc-liquid-placeholder"/g)?.length, 3);
    assert.match(html, /title="Liquid tag &quot;tabs&quot; is not known to the preview">\{% tabs first %\}/);
    assert.match(html, /include file &quot;nowhere\.html&quot; not found/);
    assert.match(html, /<h2 id="after"/);
  });

  it('gives every placeholder reason through the localize function it is given', () => {
    const site = sampleSite({ localize: (template, ...args) => `[ko] ${template} | ${args.join(' | ')}` });
    const reasons = (text: string): string[] =>
      [...render(text, { site }).html.matchAll(/pc-liquid-placeholder" title="([^"]*)"/g)].map((m) => m[1] ?? '');
    const shown = reasons('{% tabs first %}\n\n{% include nowhere.html %}\n\n{% post_url 2000-01-01-none %}\n\n{% link nope.md %}\n\n{% include ../x %}\n\n{% if x %}\n');
    assert.equal(shown.length, 6, shown.join('\n'));
    for (const reason of shown) assert.match(reason, /^\[ko\] /);
    assert.match(shown[0] ?? '', /tabs$/);
    assert.match(shown[1] ?? '', /\| include \| nowhere\.html$/);
  });

  it('isolates a Liquid syntax error to its own group', () => {
    const { html } = render('{{ "a" | upcase }}\n\n{% if x %}broken\n');
    assert.match(html, /<p data-line="0">A<\/p>/);
    assert.match(html, /pc-liquid-placeholder" title="Liquid: [^"]*not closed/);
  });

  it('passes Jekyll-style include parameters, literal and variable', () => {
    const site = sampleSite({ includes: (name) => (name === 'box.html' ? '<b>{{ include.a }}/{{ include.b }}</b>' : undefined) });
    const { html } = render('---\nfoo: bar\n---\n{% include box.html a="x y" b=page.foo %}\n', { site });
    assert.match(html, /<b>x y\/bar<\/b>/);
  });

  it('gives Liquid site.* and page.* from _config.yml and the effective front matter', () => {
    const text = '---\ntitle: 제목\n---\n{{ site.title }} | {{ page.title }} | {{ page.layout }} | {{ page.date | date_to_xmlschema }} | {{ page.url }}\n';
    const { html } = render(text, { sitePath: '_posts/2024-03-05-hello.md' });
    assert.match(html, /하늘의 글쓰기 노트 \| 제목 \| single \| 2024-03-05T00:00:00\+09:00 \| \/hello\//);
  });

  it('has Jekyll filters: relative_url, absolute_url, slugify, markdownify, xml_escape, number_of_words, jsonify, where, sort', () => {
    const site = sampleSite({ config: { ...sampleSite().config, baseurl: '/blog' } });
    const text = [
      "{{ '/a.png' | relative_url }} {{ 'x' | absolute_url }} {{ '지킬 블로그!' | slugify }}",
      "{{ '*hi*' | markdownify }}",
      "{{ '<a&b>' | xml_escape }} {{ 'one two three' | number_of_words }} {{ page.tags | jsonify }}",
      "{% assign s = page.list | where: 'k', 'b' %}{{ s[0].v }} {{ page.nums | sort | join: ',' }}",
    ].join('\n\n');
    const front = '---\ntags: [a, b]\nlist:\n  - {k: a, v: 1}\n  - {k: b, v: 2}\nnums: [3, 1, 2]\n---\n';
    const { html } = render(front + text, { site });
    assert.match(html, /\/blog\/a\.png https:\/\/example\.github\.io\/blog\/x 지킬-블로그/);
    assert.match(html, /<em>hi<\/em>/);
    // kramdown's smart quotes apply to Liquid's output too, as they do here.
    assert.match(html, /&lt;a&amp;b&gt; 3 \[“a”,“b”\]/);
    assert.match(html, /2 1,2,3/);
  });

  it('highlights {% highlight %} and fenced code with highlight.js', () => {
    const { html } = render('{% highlight ruby %}\ndef a\n\n  1\nend\n{% endhighlight %}\n\n```js\nconst a = 1;\n```\n');
    assert.match(html, /<figure class="highlight"><pre><code class="language-ruby hljs" data-lang="ruby"><span class="hljs-keyword">def<\/span>/);
    assert.match(html, /<pre data-line="7"><code class="language-js"><span class="hljs-keyword">const<\/span>/);
  });

  it('renders task lists, emoji shortcodes (not text smileys, as jemoji) and span IALs', () => {
    const { html } = render('- [x] done\n- [ ] todo\n\n:smile: *big*{: .large} :) <3 8-)\n');
    assert.match(html, /<\/em> :\) &lt;3 8-\)/);
    assert.match(html, /<input class="task-list-item-checkbox" type="checkbox" disabled="" checked=""> done/);
    assert.match(html, /😄 <em class="large">big<\/em>/);
  });

  it('shows the table of contents Minimal Mistakes adds for toc: true, from the post or from defaults:', () => {
    const own = render('---\ntoc: true\ntoc_label: "목차 <b>"\n---\n## 하나\n\n### 둘\n', { sitePath: '_posts/2024-01-01-a.md' }).html;
    assert.match(own, /<div class="pc-body"><nav class="toc pc-toc"><header><h4 class="nav__title">목차 &lt;b&gt;<\/h4><\/header><ul class="toc__menu"><li class="pc-toc-level-0"><a href="#%ED%95%98%EB%82%98">하나<\/a><\/li><li class="pc-toc-level-1">/);
    // The sample's _config.yml gives toc: true to dev/ posts.
    const inherited = render('---\ntitle: t\n---\n## 첫 절\n', { sitePath: 'dev/_posts/2024-01-01-b.md' }).html;
    assert.match(inherited, /<nav class="toc pc-toc"><header><h4 class="nav__title">On this page<\/h4>/);
    assert.doesNotMatch(render('---\ntoc: false\n---\n## 하나\n', { sitePath: '_posts/2024-01-01-c.md' }).html, /pc-toc/);
    assert.doesNotMatch(render('---\ntoc: true\n---\n본문만\n', { sitePath: '_posts/2024-01-01-d.md' }).html, /pc-toc/);
  });

  it('renders built-in Minimal Mistakes includes for a gem theme: video as a link, toc from the headings', () => {
    const { html } = render('{% include toc title="목차" %}\n\n## 하나\n\n### 둘\n\n{% include video id="abc" provider="youtube" %}\n');
    assert.match(html, /<nav class="toc pc-toc"><header><h4 class="nav__title">목차<\/h4><\/header><ul class="toc__menu"><li class="pc-toc-level-0"><a href="#%ED%95%98%EB%82%98">하나<\/a>/);
    assert.match(html, /<a class="pc-video-link" href="https:\/\/www\.youtube\.com\/watch\?v=abc">/);
    assert.doesNotMatch(html, /<iframe/);
  });

  it('builds the front-matter card: date in the site zone, chips, inherited values, reading time, badges', () => {
    const text = '---\ntitle: 미래\ndate: 2099-01-01 09:00:00 +0000\ntags: [a]\npublished: false\n---\nbody\n';
    const { html } = render(text, { sitePath: 'dev/_posts/2099-01-01-x.md', showCard: true });
    assert.match(html, /<time datetime="2099-01-01T18:00:00\+09:00">2099-01-01 18:00<\/time>/);
    assert.match(html, /pc-badge-unpublished">Unpublished/);
    assert.match(html, /pc-badge-future">Scheduled/);
    assert.match(html, /pc-chip-category">dev<\/span>/);
    assert.match(html, /From defaults: [^<]*toc: true/);
    assert.match(html, /1 min read/);
  });

  it('marks a draft and resolves the header image through the resource root', () => {
    const text = '---\ntitle: t\nheader:\n  image: /assets/images/sample.svg\n---\n';
    const { html } = render(text, { sitePath: '_drafts/t.md', showCard: true, fallbackDateMs: NOW });
    assert.match(html, /pc-badge-draft">Draft/);
    assert.match(html, /<img class="pc-card-image" src="https:\/\/res\.test\/site\/assets\/images\/sample\.svg"/);
    assert.equal(ENGLISH_CARD_LABELS.draft, 'Draft');
  });

  it('resolves {% link %} and {% post_url %} with the baseurl', () => {
    const site = sampleSite({ config: { ...sampleSite().config, baseurl: '/blog' }, posts: mapLookup({ '2024-01-01-a': '/a/' }) });
    const { html } = render('[x]({% post_url 2024-01-01-a %}) [y]({% link _posts/2024-01-01-a.md %})', { site });
    assert.match(html, /<a href="\/blog\/a\/">x<\/a> <a href="\/blog\/a\/">y<\/a>/);
  });
});
