import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedImagePathVariables } from '../../../src/core/lint/imagePathVariables';

describe('page variables in image paths that the post does not set', () => {
  const data = { imgdir: '/assets/2024', header: { teaser: '/t.png', nothing: null }, title: 'x' };
  const found = (text: string): string[] => undefinedImagePathVariables(text, data).map((v) => `${v.line}:${v.column}:${v.expression}:${text.slice(v.start, v.end)}`);

  it('finds them in Markdown images and <img src>, at their line and column', () => {
    assert.deepEqual(found('본문\n![그림]({{ page.imgdir }}/1.png) ![b]({{ page.imgdri }}/2.png)\n<img alt="c" src="{{page.dir2}}/3.png">'), [
      '1:36:page.imgdri:{{ page.imgdri }}',
      '2:18:page.dir2:{{page.dir2}}',
    ]);
  });
  it('follows nested keys and takes null as not set', () => {
    assert.deepEqual(found('![a]({{ page.header.teaser }}) ![b]({{ page.header.nothing }}) ![c]({{ page.header.missing }})'), [
      '0:36:page.header.nothing:{{ page.header.nothing }}',
      '0:68:page.header.missing:{{ page.header.missing }}',
    ]);
  });
  it('leaves alone what Jekyll always has, a default filter, and variables outside image paths', () => {
    assert.deepEqual(found([
      '![a]({{ page.url }}/a.png) ![b]({{ page.slug | relative_url }}.png)',
      '![c]({{ page.cover | default: "/x.png" }})',
      '[a link]({{ page.nolink }}) {{ page.text }} ![d](a.png) {{ page.after }}',
      '{{ site.imgdir }}/x.png ![e]({{ site.imgdir }}/x.png)',
    ].join('\n')), []);
  });
  it('stays linear on text full of unclosed and unmatched openers', () => {
    const hostile = `${'![x]({{ page.a '.repeat(20_000)}\n${'{{ page.zz }}'.repeat(20_000)}\n![y]({{ page.late }})`;
    const result = undefinedImagePathVariables(hostile, {});
    assert.deepEqual(result.map((v) => v.expression), ['page.late']);
    assert.equal(result[0]?.line, 2);
  });
});
