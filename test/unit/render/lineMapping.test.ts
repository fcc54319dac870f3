import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { liquidGroups, renderGroups } from '../../../src/core/render/liquidLines';
import { render } from './sampleSite';

function dataLines(html: string): Array<[string, number]> {
  return [...html.matchAll(/<(\w+)[^>]*\sdata-line="(\d+)"/g)].map((m) => [m[1] ?? '', Number(m[2])]);
}

describe('source line mapping', () => {
  it('cuts the body into groups that no Liquid block spans', () => {
    const text = 'a\n{% if x %}\nb\n\nc\n{% endif %}\nd {{ y\n}} e\n{% raw %}\n{% x %}\n{% endraw %}\nf';
    const groups = liquidGroups(text).map((g) => [g.startLine, g.lineCount, g.hasLiquid]);
    assert.deepEqual(groups, [[0, 1, false], [1, 5, true], [6, 2, true], [8, 3, true], [11, 1, false]]);
  });

  it('maps output lines one to one when Liquid keeps the line count, and to the group when it does not', () => {
    const groups = liquidGroups('x\n{% include a %}\ny');
    const mapped = renderGroups(groups, () => 'one\ntwo\nthree');
    assert.equal(mapped.text, 'x\none\ntwo\nthree\ny');
    assert.deepEqual(mapped.lineMap, [0, 1, 1, 1, 2]);
  });

  it('gives every block its file line after the front matter', () => {
    const text = '---\ntitle: t\n---\n\n# One\n\npara\n\n- a\n- b\n\n> q\n';
    assert.deepEqual(dataLines(render(text).html), [['h1', 4], ['p', 6], ['ul', 8], ['li', 8], ['li', 9], ['blockquote', 11], ['p', 11]]);
  });

  it('stays exact after an include that expands to several lines', () => {
    const text = '---\ntitle: t\n---\n{% include notice.html %}\n\n## Below\n\ntext {{ page.title }}\n';
    const lines = dataLines(render(text).html);
    assert.deepEqual(lines.filter(([tag]) => tag === 'h2' || tag === 'p'), [['h2', 5], ['p', 7]]);
  });

  it('stays exact after a Liquid block that removes lines', () => {
    const text = '{%- if false -%}\nhidden\n\nhidden\n{%- endif -%}\n\n## Next\n\nend\n';
    assert.deepEqual(dataLines(render(text).html), [['h2', 6], ['p', 8]]);
  });

  it('stays exact with a BOM and CRLF line ends', () => {
    const text = '\uFEFF---\r\ntitle: t\r\n---\r\n\r\n## A\r\n\r\nb\r\n';
    assert.deepEqual(dataLines(render(text).html), [['h2', 4], ['p', 6]]);
  });
});
