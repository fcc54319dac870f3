import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils } from 'htmlparser2';
import { codeRegions } from '../../../src/core/render/hugo/codeRegions';
import { byClass, elements, hugoConfig, hugoSampleSite, outer, renderHugo, visibleText } from './hugoSite';

/** A TOML post with every shortcode the preview knows, and a few it does not. */
const POST = `+++
title = "Every shortcode"
date = 2024-03-09T14:00:00+09:00
myparam = "page value"
[nested]
inner = "nested value"
+++
{{< figure src="/images/a.png" alt="Alt" caption="A *caption*" title="T" link="https://x.org" >}}

{{< figure src="cover.png" caption="Only caption" class="wide" width="100" >}}

{{< highlight go "linenos=table" >}}
func main() {}
{{< /highlight >}}

[Bundle]({{< ref "/posts/hugo-first-steps" >}}), [by name]({{< relref "permalinks" >}}), [anchor]({{< relref "permalinks.md#설정" >}}).

{{< param myparam >}} / {{< param "nested.inner" >}} / {{< param author >}} / {{% param description %}}

{{< youtube id="w7Ft2ymGmfc" title="A video" >}}

{{< vimeo 146022717 >}}

{{< gist spf13 7896402 >}}

{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}

{{< instagram BWNjjyYFxVx >}}

{{% notice info %}}
Inner **text**.
{{% /notice %}}

{{< tabs />}}
`;

describe('Hugo shortcodes in the preview', () => {
  const { html, problems } = renderHugo(POST, { sitePath: 'content/posts/hugo-first-steps/index.md' });

  it('renders figure as its template writes it, the image from static/ or the page bundle', () => {
    const [first, second] = elements(html, (e) => e.name === 'figure');
    assert.ok(first && second);
    assert.equal(
      outer(first),
      '<figure data-line="7"><a href="https://x.org"><img src="https://res.test/site/static/images/a.png" alt="Alt"></a><figcaption><h4>T</h4><p>A <em>caption</em></p></figcaption></figure>',
    );
    assert.equal(
      outer(second),
      '<figure data-line="9" class="wide"><img src="https://res.test/site/content/posts/hugo-first-steps/cover.png" alt="Only caption" width="100"><figcaption><p>Only caption</p></figcaption></figure>',
    );
  });

  it('renders highlight as a highlighted code block in Hugo\'s shape', () => {
    const [block] = byClass(html, 'highlight');
    assert.ok(block);
    assert.equal(block.attribs['data-line'], '11');
    const [code] = elements(outer(block), (e) => e.name === 'code');
    assert.equal(code?.attribs['class'], 'language-go');
    assert.equal(code?.attribs['data-lang'], 'go');
    assert.equal(DomUtils.textContent(code ?? []), 'func main() {}');
    assert.ok(outer(block).includes('<span class="hljs-keyword">func</span>'));
  });

  it('gives ref the absolute permalink and relref the site path, by path, by bare name and with an anchor', () => {
    const hrefs = elements(html, (e) => e.name === 'a' && e.parent !== null && (e.parent as { name?: string }).name === 'p').map((a) => a.attribs['href']);
    assert.deepEqual(hrefs.slice(0, 3), ['https://example.github.io/2024/02/moving-to-hugo/', '/2024/05/permalinks/', '/2024/05/permalinks/#설정']);
  });

  it('gives param the page value (dotted keys too), else the site param; {{% %}} goes through Markdown', () => {
    const [p] = elements(html, (e) => e.name === 'p' && DomUtils.textContent(e).includes('page value'));
    assert.equal(DomUtils.textContent(p ?? []), 'page value / nested value / 김하늘 / 휴고와 마크다운, VS Code로 블로그를 꾸려 가며 배운 것들을 기록합니다.');
  });

  it('shows youtube, vimeo, gist, tweet and instagram as cards with a link, loading nothing from the web', () => {
    const cards = byClass(html, 'pc-embed-card');
    assert.deepEqual(
      cards.map((c) => [c.attribs['data-embed'], elements(outer(c), (e) => e.name === 'a')[0]?.attribs['href']]),
      [
        ['youtube', 'https://www.youtube.com/watch?v=w7Ft2ymGmfc'],
        ['vimeo', 'https://vimeo.com/146022717'],
        ['gist', 'https://gist.github.com/spf13/7896402'],
        ['tweet', 'https://twitter.com/SanDiegoZoo/status/1453110110599868418'],
        ['instagram', 'https://www.instagram.com/p/BWNjjyYFxVx/'],
      ],
    );
    assert.match(DomUtils.textContent(cards[0] ?? []), /^YouTube A video/);
    assert.equal(elements(html, (e) => ['iframe', 'script', 'embed', 'object'].includes(e.name)).length, 0);
    assert.equal(elements(html, (e) => e.name === 'img' && /^https?:\/\/(?!res\.test)/.test(e.attribs['src'] ?? '')).length, 0);
  });

  it('names any other shortcode in a placeholder, keeping a paired one\'s inner content', () => {
    assert.deepEqual(
      byClass(html, 'pc-shortcode').map((e) => DomUtils.textContent(e)),
      ['shortcode notice: rendered by Hugo', 'shortcode tabs: rendered by Hugo'],
    );
    assert.match(html, /Inner <strong>text<\/strong>\./);
    assert.deepEqual(problems, []);
    assert.doesNotMatch(visibleText(html), /\{\{[<%]|[>%]\}\}/);
  });

  it('shows a ref or param it cannot find, and a shortcode Hugo cannot read, as visible reasons', () => {
    const result = renderHugo('[x]({{< relref "nowhere" >}}) {{< param nothing >}} {{< figure src="a\n\nafter {{< /closes-nothing >}}\n');
    assert.deepEqual(
      byClass(result.html, 'pc-shortcode-missing').map((e) => DomUtils.textContent(e)),
      ['Param "nothing" is neither in the front matter nor in the site params'],
    );
    assert.deepEqual(
      byClass(result.html, 'pc-shortcode-error').map((e) => DomUtils.textContent(e)),
      ['Hugo cannot read this shortcode: unterminated quoted string in shortcode parameter-argument', "Hugo cannot read this shortcode: closing tag for shortcode 'closes-nothing' does not match start tag"],
    );
    assert.equal(elements(result.html, (e) => e.name === 'a')[0]?.attribs['href'], '#');
    assert.ok(result.problems.includes('relref "nowhere": no page of the site there'));
    assert.doesNotMatch(visibleText(result.html), /\{\{[<%]/);
  });

  it('leaves shortcodes in fenced code and code spans as text, says Hugo would run them, and shows escaped ones as written', () => {
    const text = 'A `{{< param author >}}` span.\n\n```\n{{< figure src="x" >}}\n{{</* figure src="y" */>}}\n```\n\nEscaped {{</* param author */>}} and {{%/* param x */%}}.\n';
    const result = renderHugo(text);
    const codes = elements(result.html, (e) => e.name === 'code').map((e) => DomUtils.textContent(e));
    assert.deepEqual(codes, ['{{< param author >}}', '{{< figure src="x" >}}\n{{< figure src="y" >}}\n']);
    assert.match(visibleText(result.html), /Escaped \{\{< param author >\}\} and \{\{% param x %\}\}\./);
    assert.deepEqual(result.problems, [
      'Line 1: Hugo runs the shortcode "param" even inside code; comment it out with /* */ inside its delimiters to show it as text',
      'Line 4: Hugo runs the shortcode "figure" even inside code; comment it out with /* */ inside its delimiters to show it as text',
    ]);
  });

  it('puts a shortcode alone in a paragraph in place of the paragraph, as Hugo does', () => {
    // Not at the very start of the file: Hugo reads a leading `{` as JSON front matter.
    const { html: alone } = renderHugo('Top.\n\n{{< param author >}}\n\nA {{< param author >}} b\n');
    assert.equal(alone, '<div class="pc-body"><p data-line="0">Top.</p>\n김하늘\n<p data-line="4">A 김하늘 b</p>\n</div>');
  });

  it('leaves raw HTML out unless the site sets markup.goldmark.renderer.unsafe, {{% figure %}} included', () => {
    const text = '<div class="box">boxed</div>\n\n{{% figure src="a.png" %}}\n\nInline <b>bold</b>.\n';
    const safe = renderHugo(text);
    assert.equal(byClass(safe.html, 'pc-html-omitted').length, 2);
    assert.equal(byClass(safe.html, 'box').length, 0);
    assert.match(safe.html, /<p data-line="4">Inline bold\.<\/p>/);
    const config = hugoConfig('baseURL = "https://example.org/"\n[markup.goldmark.renderer]\nunsafe = true\n');
    const unsafe = renderHugo(text, { site: hugoSampleSite({ config }) });
    assert.equal(byClass(unsafe.html, 'pc-html-omitted').length, 0);
    assert.equal(byClass(unsafe.html, 'box').length, 1);
    assert.equal(elements(unsafe.html, (e) => e.name === 'figure').length, 1);
    assert.match(unsafe.html, /Inline <b>bold<\/b>\./);
  });

  it('finds code as Markdown does: fences (also in lists and quotes, and unclosed), spans over lines, not unmatched backticks', () => {
    const text = '- item\n\n  ```js\n  a\n  ```\n\n> ~~~\n> b\n> ~~~\n\n`one\ntwo` and ``x ` y`` and ` lone\n\n# `h\nnot`\n\n```\nopen';
    const codes = codeRegions(text).map(([a, b]) => text.slice(a, b));
    assert.deepEqual(codes, ['  ```js\n  a\n  ```', '> ~~~\n> b\n> ~~~', '`one\ntwo`', '``x ` y``', '```\nopen']);
  });
});
