import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createMarkdown } from '../../../src/core/render/markdown';
import { render } from './sampleSite';

// input.md and what Jekyll 4.3.1's kramdown made of it (expected.rb wrote expected.html; run it again to refresh).
const fixtures = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'kramdown-footnotes');
const input = fs.readFileSync(path.join(fixtures, 'input.md'), 'utf8');
const expected = fs.readFileSync(path.join(fixtures, 'expected.html'), 'utf8');

/** kramdown indents its block HTML; that whitespace means nothing here (but its no-break spaces do). */
function blocks(html: string): string[] {
  return html
    .replace(/>[ \t\r\n]+</g, '><')
    .trim()
    .split(/(?=<(?:p|ul|ol|li|h2|table|div)[ >])/);
}

describe('footnotes as kramdown prints them', () => {
  it('matches kramdown block by block: ids, classes, roles, numbers, backlinks, names it refuses', () => {
    const ours = blocks(createMarkdown().render(input, {}));
    const theirs = blocks(expected);
    assert.deepEqual(ours, theirs);
  });

  it('keeps the ids, roles and the source lines of the notes through the whole pipeline', () => {
    const { html } = render(`---\ntitle: notes\n---\n${input}`);
    assert.match(html, /<sup id="fnref:note:2" role="doc-noteref"><a href="#fn:note" class="footnote" rel="footnote">1<\/a><\/sup>/);
    assert.match(html, /<div class="footnotes" role="doc-endnotes">\n<ol>\n<li id="fn:note" role="doc-endnote"><p data-line="16">The note,/);
    assert.match(html, /<\/ul>\n<p><a href="#fnref:cell" class="reversefootnote" role="doc-backlink">↩<\/a><\/p>/);
    assert.match(html, /<h2 id="a-heading-with-a-note" data-line="10">/);
  });
});
