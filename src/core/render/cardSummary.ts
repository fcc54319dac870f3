/**
 * The summary line of the preview card as plain text: what a theme shows for a post in lists (Minimal Mistakes:
 * `excerpt | markdownify | strip_html | truncate`), never Markdown source, cut short at a sentence or a word.
 */

/** Longest summary the card shows, in characters. */
export const CARD_SUMMARY_MAX = 200;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', middot: '·',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** Tags that break a line: they part words; inline ones (`<strong>`, `<a>`…) do not. `[^<>]` keeps it linear. */
const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b[^<>]*>/gi;
const TAG = /<[^<>]*>/g;

/** The text a reader sees of some HTML: tags gone, entities decoded, white space run together. */
export function plainTextOfHtml(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, ' ').replace(TAG, '')).replace(/\s+/g, ' ').trim();
}

/**
 * `html` with each element that `open` starts and the next `close` ends replaced by `by`. Found with
 * indexOf, so text full of openers that never close costs one pass (a lazy pattern would rescan from each).
 */
function withoutElements(html: string, open: RegExp, close: string, by: string): string {
  let out = '';
  let at = 0;
  const opener = new RegExp(open.source, 'gi');
  for (let m = opener.exec(html); m !== null; m = opener.exec(html)) {
    const end = html.indexOf(close, opener.lastIndex);
    if (end < 0) break;
    out += html.slice(at, m.index) + by;
    at = end + close.length;
    opener.lastIndex = at;
  }
  return out + html.slice(at);
}

/**
 * The text of a rendered Jekyll excerpt for the card. Footnote markers and notes, code blocks and the preview's
 * own Liquid placeholders are left out: a number without its note, a line of code or a tag's source is not a
 * summary, and a theme's list would not show the placeholder either.
 */
export function jekyllExcerptText(html: string): string {
  const notes = html.indexOf('<div class="footnotes"');
  let kept = notes < 0 ? html : html.slice(0, notes);
  kept = withoutElements(kept, /<sup\b[^<>]*role="doc-noteref"/, '</sup>', '');
  kept = withoutElements(kept, /<pre\b/, '</pre>', ' ');
  kept = withoutElements(kept, /<span class="pc-liquid-placeholder"/, '</span>', ' ');
  return plainTextOfHtml(kept);
}

/** `text` cut to at most `max` characters: after the last sentence that fits if that keeps half, else at a word, with "…". */
export function shortSummary(text: string, max = CARD_SUMMARY_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max);
  let sentenceEnd = -1;
  for (const m of room.matchAll(/[.!?。！？](?=\s)/g)) sentenceEnd = m.index + 1;
  if (sentenceEnd >= max / 2) return room.slice(0, sentenceEnd);
  const head = room.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space >= max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}
