// The preview's stand-ins for Eleventy's template layer: tags and outputs become placeholders, {% raw %} stays text,
// Nunjucks comments go, and every output line still knows its source line.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { templateSlots } from '../../../../src/core/render/eleventy/eleventyTemplateSlots';

describe('Eleventy template slots', () => {
  it('tags and outputs become slots; raw blocks stay text; comments go (Nunjucks only)', () => {
    const s = templateSlots('a {% youtube "x" %} b {{ title }}\n{% raw %}{{ kept }}{% endraw %}\n{# gone #}c', 'njk');
    assert.equal(s.text, 'a PCELEVENTYSLOT0X b PCELEVENTYSLOT1X\n{{ kept }}\nc');
    assert.deepEqual([...s.slots.values()], ['{% youtube "x" %}', '{{ title }}']);
    assert.equal(templateSlots('{# liquid keeps it #}', 'liquid').text, '{# liquid keeps it #}');
  });

  it('no template engine: the body is Markdown as it is', () => {
    const s = templateSlots('{{ x }}', false);
    assert.equal(s.text, '{{ x }}');
    assert.equal(s.slots.size, 0);
  });

  it('a tag over several lines is one slot, and the lines after it keep their source lines', () => {
    const s = templateSlots('one\n{% callout\n  "x" %}\nthree', 'liquid');
    assert.equal(s.text, 'one\nPCELEVENTYSLOT0X\nthree');
    assert.deepEqual(s.lineMap, [0, 1, 3]);
  });
});
