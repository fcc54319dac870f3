import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { urlLinkEdits } from '../../../src/core/edits/urlLinks';

const move = { from: '/blog/old-name/', to: '/blog/new-name/', bases: ['', '/docs'], urlFilters: ['url'] };

function rewrite(text: string, pageUrl: string | undefined): { text: string; kept: number } {
  const { edits, kept } = urlLinkEdits(text, pageUrl, move);
  return { text: applyEdits(text, edits), kept };
}

test('root-relative links follow in the form they were written, the base, hash and query kept', () => {
  assert.equal(rewrite('[a](/blog/old-name/) [b](/blog/old-name) [c](/blog/old-name/index.html#x) [d](/docs/blog/old-name/?q=1)', '/blog/other/').text, '[a](/blog/new-name/) [b](/blog/new-name) [c](/blog/new-name/index.html#x) [d](/docs/blog/new-name/?q=1)');
});

test('relative links, reference definitions, hrefs and the url filter follow', () => {
  const text = '[a](../old-name/) [b][r] <a href=\'/blog/old-name/\'>c</a> <a href="{{ \'/blog/old-name/\' | url }}">d</a>\n\n[r]: <../old-name>\n';
  assert.equal(rewrite(text, '/blog/other/').text, '[a](../new-name/) [b][r] <a href=\'/blog/new-name/\'>c</a> <a href="{{ \'/blog/new-name/\' | url }}">d</a>\n\n[r]: <../new-name>\n');
});

test('links elsewhere, in code, to other sites, and relative links of a page whose URL is unknown stay', () => {
  const text = '[a](/blog/old-name-2/) `[b](/blog/old-name/)` [c](https://example.com/blog/old-name/) [d](../old-name/)\n\n```\n[e](/blog/old-name/)\n```\n';
  assert.equal(rewrite(text, undefined).text, text);
  assert.equal(rewrite('[a](../other/../old-name/)', '/blog/other/').text, '[a](../other/../new-name/)');
});

test('a relative link whose text does not end in the part of the URL that changes is counted as kept, not rewritten', () => {
  const away = { from: '/blog/old-name/', to: '/posts/new-name/', bases: [''] };
  const text = '[a](../old-name/) [b](/blog/old-name/)';
  const { edits, kept } = urlLinkEdits(text, '/blog/other/', away);
  assert.equal(applyEdits(text, edits), '[a](../old-name/) [b](/posts/new-name/)');
  assert.equal(kept, 1);
});
