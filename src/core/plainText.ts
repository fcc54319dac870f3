/**
 * Markdown + Liquid + HTML → rough plain text, for counting words and showing excerpts. Not a renderer:
 * it drops what a reader does not read (tags, URLs, markup) and keeps what they do (text, code).
 *
 * Every pattern here must stay linear on hostile text (this runs for every post while a site is read). Two
 * habits make sure of it: a lazy "opener … closer" pattern is applied only up to the end of the text's last
 * closer (an opener after it can match nothing, and the engine would otherwise scan to the end of the text
 * from each such opener), and a bracket pattern stops at the next opener of its kind (`[`, `{`), so no two
 * attempts scan the same characters. Patterns anchored at a line start never let `\s` run past the line.
 */

const LIQUID_COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;
const LIQUID_RAW = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const LIQUID_COMMENT_END = /\{%-?\s*endcomment\s*-?%\}/g;
const LIQUID_RAW_END = /\{%-?\s*endraw\s*-?%\}/g;
const LIQUID_TAG = /\{%[\s\S]*?%\}/g;
const LIQUID_OUTPUT = /\{\{[\s\S]*?\}\}/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** Script and style contents are code for the browser, not text for the reader. */
const HTML_SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const HTML_STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const HTML_SCRIPT_END = /<\/script\s*>/gi;
const HTML_STYLE_END = /<\/style\s*>/gi;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const IMAGE = /!\[([^[\]\n]*)\]\([^)[\n]*\)/g;
const LINK = /\[([^[\]\n]*)\]\([^)[\n]*\)/g;
const REF_LINK = /\[([^[\]\n]*)\]\[[^[\]\n]*\]/g;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;
const FENCE = /^ {0,3}(`{3,}|~{3,}).*$/gm;
const KRAMDOWN_IAL = /\{:[^{}\n]*\}/g;
const HEADING = /^ {0,3}#{1,6}\s+/gm;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/gm;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm;
const EMPHASIS = /(\*{1,3}|_{1,3}|~~|`+)/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;

/** Plain text of a post body (front matter already removed). */
export function plainTextOf(body: string): string {
  const pairs: ReadonlyArray<readonly [RegExp, string | RegExp, string]> = [
    [LIQUID_COMMENT, LIQUID_COMMENT_END, ' '],
    [LIQUID_RAW, LIQUID_RAW_END, ' $1 '],
    [LIQUID_TAG, '%}', ' '],
    [LIQUID_OUTPUT, '}}', ' '],
    [HTML_COMMENT, '-->', ' '],
    [HTML_SCRIPT, HTML_SCRIPT_END, ' '],
    [HTML_STYLE, HTML_STYLE_END, ' '],
  ];
  return pairs
    .reduce((text, [pattern, closer, replacement]) => replaceUpToLastCloser(text, pattern, closer, replacement), body)
    .replace(HTML_TAG, ' ')
    .replace(IMAGE, ' $1 ')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(LINK_DEFINITION, ' ')
    .replace(FENCE, ' ')
    .replace(KRAMDOWN_IAL, ' ')
    .replace(HEADING, '')
    .replace(BLOCKQUOTE, '')
    .replace(LIST_MARKER, '')
    .replace(EMPHASIS, '')
    .replace(ENTITY, ' ');
}

/** `text` with `pattern` replaced in its part up to the end of the last `closer` (see the file comment). */
function replaceUpToLastCloser(text: string, pattern: RegExp, closer: string | RegExp, replacement: string): string {
  const end = lastEnd(text, closer);
  if (end <= 0) return text;
  return text.slice(0, end).replace(pattern, replacement) + text.slice(end);
}

function lastEnd(text: string, closer: string | RegExp): number {
  if (typeof closer === 'string') {
    const at = text.lastIndexOf(closer);
    return at < 0 ? -1 : at + closer.length;
  }
  let end = -1;
  closer.lastIndex = 0;
  for (let m = closer.exec(text); m !== null; m = closer.exec(text)) end = m.index + m[0].length;
  return end;
}
