import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils } from 'htmlparser2';
import { byClass, elements, hugoSampleFiles, hugoSampleSite, readHugoSample, renderHugo, visibleText } from './hugoSite';

describe('the Hugo sample blog in the preview', () => {
  const site = hugoSampleSite();
  const files = hugoSampleFiles();

  it('has the posts this suite expects', () => {
    assert.equal(files.length, 13);
  });

  for (const sitePath of files) {
    it(`renders ${sitePath} with its shortcodes and no Liquid`, () => {
      const { html, problems } = renderHugo(readHugoSample(sitePath), { site, sitePath, showCard: true });
      assert.deepEqual(problems, []);
      assert.doesNotMatch(visibleText(html), /\{\{[<%]|[>%]\}\}/);
      assert.equal(byClass(html, 'pc-liquid-placeholder').length, 0);
      assert.equal(byClass(html, 'pc-shortcode').length, 0);
      assert.equal(byClass(html, 'pc-card').length, 1);
    });
  }

  it('resolves the page bundle\'s figure and its relref, and gives Korean headings Korean ids', () => {
    const sitePath = 'content/posts/hugo-first-steps/index.md';
    const { html, headings } = renderHugo(readHugoSample(sitePath), { site, sitePath });
    assert.deepEqual(headings.map((h) => h.id), ['설치와-새-사이트', '페이지-번들', '남은-일']);
    assert.equal(elements(html, (e) => e.name === 'img')[0]?.attribs['src'], 'https://res.test/site/content/posts/hugo-first-steps/cover.svg');
    assert.equal(
      elements(html, (e) => e.name === 'a' && DomUtils.textContent(e) === '다음 글')[0]?.attribs['href'],
      '/2024/02/%ED%83%9C%EA%B7%B8-%EC%B9%B4%ED%85%8C%EA%B3%A0%EB%A6%AC-%EA%B7%B8%EB%A6%AC%EA%B3%A0-%EC%8B%9C%EB%A6%AC%EC%A6%88/',
    );
  });

  it('shows the escaped shortcode in a code block as written, and the video as a card', () => {
    const sitePath = 'content/posts/writing-in-vs-code.md';
    const { html } = renderHugo(readHugoSample(sitePath), { site, sitePath });
    const code = elements(html, (e) => e.name === 'code' && e.attribs['data-lang'] === 'go-html-template')[0];
    assert.equal(DomUtils.textContent(code ?? []), '{{< figure src="cover.svg" caption="A caption" >}}\n');
    assert.equal(byClass(html, 'pc-embed-card')[0]?.attribs['data-embed'], 'youtube');
  });

  it('maps the blocks of a TOML post to their file lines, shortcode blocks included', () => {
    const sitePath = 'content/posts/front-matter-formats.md';
    const { html } = renderHugo(readHugoSample(sitePath), { site, sitePath });
    const lines = [...html.matchAll(/<(h2|div)[^>]*\sdata-line="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    // 0-based file lines: "## TOML" is the file's 14th line.
    assert.deepEqual(lines, [['h2', 13], ['div', 17], ['h2', 25], ['h2', 29]]);
  });

  it('shows the card of the series post with its series and the summary before <!--more-->', () => {
    const sitePath = 'content/posts/taxonomies-and-series/index.md';
    const { html } = renderHugo(readHugoSample(sitePath).replace(/^description: .*\n/m, ''), { site, sitePath, showCard: true });
    assert.deepEqual(
      byClass(html, 'pc-chip').map((c) => DomUtils.textContent(c)),
      ['휴고', '#휴고', '#분류', 'series: 휴고 입문'],
    );
    assert.match(DomUtils.textContent(byClass(html, 'pc-card-summary')), /^휴고는 태그와 카테고리를 기본으로 제공하고, .*추가했습니다\.$/);
  });
});
