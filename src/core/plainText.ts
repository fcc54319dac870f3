/**
 * Markdown + Liquid + HTML → rough plain text, for counting words and showing excerpts. Not a renderer:
 * it drops what a reader does not read (tags, URLs, markup) and keeps what they do (text, code).
 */

const LIQUID_COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;
const LIQUID_RAW = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const LIQUID_TAG = /\{%[\s\S]*?%\}/g;
const LIQUID_OUTPUT = /\{\{[\s\S]*?\}\}/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** Script and style contents are code for the browser, not text for the reader. */
const HTML_SCRIPT_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const REF_LINK = /\[([^\]\n]*)\]\[[^\]\n]*\]/g;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*\S.*$/gm;
const FENCE = /^ {0,3}(`{3,}|~{3,}).*$/gm;
const KRAMDOWN_IAL = /\{:[^}\n]*\}/g;
const HEADING = /^ {0,3}#{1,6}\s+/gm;
const BLOCKQUOTE = /^ {0,3}(?:>\s?)+/gm;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/gm;
const EMPHASIS = /(\*{1,3}|_{1,3}|~~|`+)/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;

/** Plain text of a post body (front matter already removed). */
export function plainTextOf(body: string): string {
  return body
    .replace(LIQUID_COMMENT, ' ')
    .replace(LIQUID_RAW, ' $1 ')
    .replace(LIQUID_TAG, ' ')
    .replace(LIQUID_OUTPUT, ' ')
    .replace(HTML_COMMENT, ' ')
    .replace(HTML_SCRIPT_STYLE, ' ')
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
