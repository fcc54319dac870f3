import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GfmIdGenerator } from '../../../src/core/render/headingIds';
import { createMarkdown } from '../../../src/core/render/markdown';

describe('GFM heading ids (kramdown-parser-gfm)', () => {
  it('keeps Hangul and other letters, drops punctuation, turns spaces into hyphens', () => {
    const ids = new GfmIdGenerator();
    assert.equal(ids.next('지킬 블로그 시작하기'), '지킬-블로그-시작하기');
    assert.equal(ids.next('What is `Liquid`?'), 'what-is-liquid');
    assert.equal(ids.next('C++ & Rust: 1.0'), 'c--rust-10');
    assert.equal(ids.next('snake_case stays'), 'snake_case-stays');
    assert.equal(ids.next('Café'), 'café');
  });

  it('numbers repeated ids from 1', () => {
    const ids = new GfmIdGenerator();
    assert.deepEqual([ids.next('설치'), ids.next('설치'), ids.next('설치')], ['설치', '설치-1', '설치-2']);
  });

  it('takes the parsed text of the heading, as Jekyll 4.3.1 did for these headings', () => {
    const source = [
      '## [Link](http://x.y/z) text',
      '## a **b** `c_d` e',
      '## Heading with note[^head]',
      '## :smile: face',
      '## Tom & "Jerry\'s" &amp; co',
      '## <em>html</em> span',
      '',
      '[^head]: note.',
    ].join('\n\n');
    const ids = [...createMarkdown().render(source, {}).matchAll(/<h2 id="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, ['link-text', 'a-b-c_d-e', 'heading-with-note', 'smile-face', 'tom--jerrys--co', 'html-span']);
  });
});
