import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils } from 'htmlparser2';
import { defaultConfig } from '../../../src/core/config';
import { generatorOf } from '../../../src/core/generators/generators';
import { HugoIds, hugoAnchor } from '../../../src/core/render/hugo/goldmarkHeadings';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import { byClass, elements, hugoSampleSite, NOW, readHugoSample, renderHugo, visibleText } from './hugoSite';
import { render as renderJekyll } from './sampleSite';

function dataLines(html: string): Array<[string, number]> {
  return [...html.matchAll(/<(\w+)[^>]*\sdata-line="(\d+)"/g)].map((m) => [m[1] ?? '', Number(m[2])]);
}

describe('the preview dialect of a site', () => {
  it('is named by the site\'s generator on the seam', () => {
    assert.equal(generatorOf(defaultConfig()).renderDialect, 'liquid-kramdown');
    assert.equal(generatorOf(hugoSampleSite().config).renderDialect, 'hugo-goldmark');
  });

  it('keeps Liquid for a Jekyll post, shortcode-looking text included', () => {
    const { html } = renderJekyll('{{ "a" | upcase }} {% if true %}yes{% endif %}\n\n{{< figure src="x" >}}\n');
    assert.match(html, /<p data-line="0">A yes<\/p>/);
    assert.match(html, /pc-liquid-placeholder" title="Liquid: /);
  });

  it('runs no Liquid at all for a Hugo post: its {% %} and {{ }} are text', () => {
    const { html, problems } = renderHugo('Title: {{ .Title }} and {% if x %}y{% endif %} and {{ site.title | upcase }}.\n');
    assert.equal(visibleText(html), 'Title: {{ .Title }} and {% if x %}y{% endif %} and {{ site.title | upcase }}.\n');
    assert.equal(byClass(html, 'pc-liquid-placeholder').length, 0);
    assert.deepEqual(problems, []);
  });
});

describe('Hugo heading ids', () => {
  it('follow Hugo\'s anchorize: lower case, spaces and dashes to "-", punctuation dropped, Hangul and "_" kept', () => {
    assert.equal(hugoAnchor('한글 제목입니다'), '한글-제목입니다');
    assert.equal(hugoAnchor('Hello, World! (2024)'), 'hello-world-2024');
    assert.equal(hugoAnchor('snake_case & dots.here'), 'snake_case--dotshere');
    assert.equal(hugoAnchor('질문? 답! — “인용”'), '질문-답--인용');
    assert.equal(hugoAnchor('Ünïcödé café', 'github-ascii'), 'unicode-cafe');
    assert.equal(hugoAnchor('Hello, World!', 'blackfriday'), 'hello-world');
  });

  it('number repeats, avoid ids a heading set itself, and name an empty heading "heading"', () => {
    const ids = new HugoIds('github');
    ids.put('intro');
    assert.deepEqual(['Intro', 'A', 'A', '', ''].map((t) => ids.generate(t)), ['intro-1', 'a', 'a-1', 'heading', 'heading-1']);
  });

  it('come from the heading as written, with {#id .class} attributes taken off it', () => {
    const { html, headings } = renderHugo('## 머리말 *강조*와 `코드`\n\n## Custom {#my-id .wide}\n\n## 머리말 *강조*와 `코드`\n');
    assert.deepEqual(
      headings.map((h) => h.id),
      ['머리말-강조와-코드', 'my-id', '머리말-강조와-코드-1'],
    );
    assert.match(html, /<h2 id="my-id" class="wide" data-line="2">Custom<\/h2>/);
  });
});

describe('a Hugo post\'s front matter', () => {
  const toml = [
    '+++',
    'title = "시리즈 글"',
    'date = 2024-03-09T14:00:00+09:00',
    'draft = true',
    'expiryDate = 2025-01-01T00:00:00+09:00',
    'categories = ["휴고"]',
    'tags = ["toml", "미리 보기"]',
    'series = ["휴고 입문"]',
    '+++',
    '',
    'First paragraph.',
    '',
    '<!--more-->',
    '',
    '## Second',
    '',
    'More.',
    '',
  ].join('\n');

  it('fills the card: title, date, draft and expired badges, categories, tags and the site\'s other taxonomies', () => {
    const { html, facts, title } = renderHugo(toml, { showCard: true });
    assert.equal(title, '시리즈 글');
    const [card] = byClass(html, 'pc-card');
    assert.ok(card);
    assert.deepEqual(byClass(html, 'pc-badge').map((b) => b.attribs['class']), ['pc-badge pc-badge-draft', 'pc-badge pc-badge-expired']);
    assert.equal(DomUtils.textContent(byClass(html, 'pc-card-title')), '시리즈 글');
    assert.equal(elements(html, (e) => e.name === 'time')[0]?.attribs['datetime'], '2024-03-09T14:00:00+09:00');
    assert.deepEqual(
      byClass(html, 'pc-chip').map((c) => DomUtils.textContent(c)),
      ['휴고', '#toml', '#미리 보기', 'series: 휴고 입문'],
    );
    assert.equal(DomUtils.textContent(byClass(html, 'pc-card-summary')), 'First paragraph.');
    assert.deepEqual([facts.kind, facts.future, facts.expired, facts.url], ['draft', false, true, '/2024/03/%EC%8B%9C%EB%A6%AC%EC%A6%88-%EA%B8%80/']);
    assert.doesNotMatch(html, /more--/);
  });

  it('gives a future post the scheduled badge, from the sample blog', () => {
    const sitePath = 'content/posts/hello-from-the-future.md';
    const { html } = renderHugo(readHugoSample(sitePath), { sitePath, showCard: true });
    assert.deepEqual(byClass(html, 'pc-badge').map((b) => b.attribs['class']), ['pc-badge pc-badge-future']);
  });

  it('maps every block to its file line after TOML front matter, and after JSON front matter', () => {
    assert.deepEqual(dataLines(renderHugo(toml).html), [['p', 10], ['h2', 14], ['p', 16]]);
    const json = '{\n  "title": "JSON"\n}\n\n## A\n\n{{< highlight go >}}\nx\n{{< /highlight >}}\n\ntext\n';
    assert.deepEqual(dataLines(renderHugo(json).html), [['h2', 4], ['div', 6], ['p', 10]]);
  });

  it('is an error card, never code, when it is ---js; the body after it still renders', () => {
    const marker = '__postcraftHugoJsRan';
    const text = `---js\n({ title: (globalThis.${marker} = true, "ran") })\n---\n\n## Body\n`;
    const { html, problems, title } = renderHugo(text, { showCard: true });
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
    assert.deepEqual(problems, ['line 1: front matter in language "js" is never evaluated: nothing may follow --- on its line']);
    assert.equal(byClass(html, 'pc-problem').length, 1);
    assert.equal(title, 'Test');
    assert.match(html, /<h2 id="body" data-line="4">Body<\/h2>/);
    assert.doesNotMatch(visibleText(html), /globalThis/);
  });
});

describe('hostile Hugo posts', () => {
  const cases: Record<string, string> = {
    'a 10 MB line': `x\n${'a {{< b '.repeat(16)}${'word '.repeat(2 * 1024 * 1024)}\n`,
    'shortcodes nested 1,000 deep': `x\n${'{{< box >}}'.repeat(1000)}mid${'{{< /box >}}'.repeat(1000)}\n${'{{% box %}}\n'.repeat(1000)}`,
    'unclosed shortcodes': `x\n${'{{< figure src="a" '.repeat(5000)}\n${'{{< figure\n'.repeat(5000)}${'{{</* x '.repeat(5000)}`,
    'unclosed highlight and stray closings': `x\n${'{{< highlight go >}}\n'.repeat(3000)}${'{{< /x >}}'.repeat(3000)}`,
    'unclosed raw strings and quotes': `x\n${'{{< a `b '.repeat(3000)}\n${'{{< a "b '.repeat(3000)}`,
    'runs of braces and backticks': `x\n${'{'.repeat(200_000)}\n\n${'`'.repeat(50_000)} y ${'``'.repeat(20_000)}\n${'```\n'.repeat(5000)}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`renders ${name} without throwing, and without raw shortcode delimiters outside code`, () => {
      const result = renderHugo(text, { showCard: true, labels: ENGLISH_CARD_LABELS, nowMs: NOW });
      assert.ok(result.html.startsWith('<') && result.html.length > 0);
      const visible = visibleText(result.html);
      if (!name.startsWith('runs of')) assert.doesNotMatch(visible, /\{\{[<%]/);
    });
  }
});
