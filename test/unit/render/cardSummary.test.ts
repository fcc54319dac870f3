import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils } from 'htmlparser2';
import { parseConfig } from '../../../src/core/config';
import { shortSummary } from '../../../src/core/render/cardSummary';
import { jekyllExcerptSource } from '../../../src/core/render/jekyllExcerptSource';
import { byClass } from './hugoSite';
import { readSample, render, sampleSite } from './sampleSite';

/** The card's summary line of a post of the sample blog (excerpt_separator `<!--more-->`), or undefined when it has none. */
function cardSummary(text: string, sitePath = '_posts/2024-06-01-test.md', config?: string): string | undefined {
  const site = config === undefined ? sampleSite() : sampleSite({ config: parseConfig(config).config });
  const found = byClass(render(text, { sitePath, showCard: true, site }).html, 'pc-card-summary');
  return found.length === 0 ? undefined : DomUtils.textContent(found);
}

describe('the preview card\'s summary of a Jekyll post', () => {
  it('is the rendered excerpt as plain text: no Markdown, no footnote marker, no code, no Liquid source', () => {
    const text = [
      '---', 'title: Notes', '---',
      '>## 요약',
      '>Two **bold** ideas, a [link](https://x.test) and `code`[^1].',
      '',
      '- first item',
      '- second item',
      '',
      '```js',
      'const hidden = 1;',
      '```',
      '<!--more-->',
      'The rest.',
      '',
      '[^1]: The note.',
      '',
    ].join('\n');
    assert.equal(cardSummary(text), '요약 Two bold ideas, a link and code. first item second item');
  });

  it('shows the sample post written with {% highlight %} by its first sentence, as its body renders it', () => {
    const path = 'dev/_posts/2025-04-02-highlight-tag-or-fences.md';
    assert.equal(cardSummary(readSample(path), path), 'Older Jekyll themes and posts write code with the Liquid highlight tag, newer ones with Markdown fences.');
  });

  it('renders Liquid in the excerpt and closes a block the separator cuts, as Jekyll does', () => {
    const text = '---\ntitle: Liquid\n---\nOn {{ site.title }}: {% if true %}shown\n\n<!--more-->\n{% endif %}\n';
    assert.equal(cardSummary(text), 'On 하늘의 글쓰기 노트: shown');
  });

  it('prefers the description, then the front matter excerpt', () => {
    assert.equal(cardSummary('---\ndescription: Said once.\n---\nBody.\n'), 'Said once.');
    assert.equal(cardSummary('---\nexcerpt: Own excerpt.\n---\nBody.\n'), 'Own excerpt.');
  });

  it('is absent for a page (Jekyll gives pages no excerpt), an empty separator, or an excerpt with no text', () => {
    assert.equal(cardSummary('---\ntitle: About\n---\nAbout me.\n', 'about.md'), undefined);
    assert.equal(cardSummary('---\ntitle: T\n---\nBody.\n', '_posts/2024-06-01-test.md', 'excerpt_separator: ""'), undefined);
    assert.equal(cardSummary('---\ntitle: T\n---\n![only](/a.png)\n\n<!--more-->\nText.\n'), undefined);
  });

  it('uses the site\'s separator, "\\n\\n" by default, and the post\'s own one first', () => {
    assert.equal(cardSummary('---\ntitle: T\n---\nFirst.\n\nSecond.\n', '_posts/2024-06-01-test.md', 'title: x'), 'First.');
    assert.equal(cardSummary('---\ntitle: T\nexcerpt_separator: "@@"\n---\nFirst.\n\nSecond.\n@@\nThird.\n'), 'First. Second.');
  });

  it('cuts a long excerpt at a sentence or a word, never inside one', () => {
    const long = `${'Alpha beta gamma delta. '.repeat(12)}`;
    assert.equal(cardSummary(`---\ntitle: T\n---\n${long}\n`), 'Alpha beta gamma delta. '.repeat(8).trim());
    const words = 'lorem ipsum '.repeat(40);
    const cut = shortSummary(words);
    assert.match(cut, /^(lorem ipsum )+lorem…$|^(lorem ipsum )+lorem ipsum…$/);
    assert.ok(cut.length <= 200);
  });
});

describe('Jekyll\'s excerpt source (excerpt.rb)', () => {
  it('is everything when the separator is missing, and nothing when it is empty', () => {
    assert.equal(jekyllExcerptSource('a\r\n\r\nb', '\n\n'), 'a\r\n\r\nb');
    assert.equal(jekyllExcerptSource('a\n\nb', ''), undefined);
  });

  it('closes Liquid blocks left open and brings the definitions it refers to', () => {
    assert.equal(
      jekyllExcerptSource('See [a][] and this[^n]. {% highlight ruby %}\nx\n\ny\n{% endhighlight %}\n\n[a]: /a\n[b]: /b\n[^n]: Note.', '\n\n'),
      'See [a][] and this[^n]. {% highlight ruby %}\nx\n{% endhighlight %}\n\n[a]: /a\n[^n]: Note.',
    );
  });
});
