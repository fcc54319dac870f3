/**
 * Where a front-matter block starts and ends, without parsing it. The rules are the ones Hugo's page lexer and
 * gray-matter share: the opening `---` / `+++` is followed by its line break (or, after `---`, a language word);
 * the block ends at the first later line that starts with the same three characters; the body starts right
 * after them, past one line break. A bare JSON object ends at the brace that balances its first one.
 */

/** The openings a generator may read: `---` (YAML, or the language named after it), `+++` (TOML), a bare `{` (JSON). */
export type MatterOpening = '---' | '+++' | '{';

export interface OpeningFound {
  readonly opening: MatterOpening;
  /** Offset of the first character of the opening. */
  readonly offset: number;
  /** 0-based file line of the opening. */
  readonly line: number;
  /** Offset where the opening's line starts (before any leading spaces). */
  readonly lineStart: number;
  /** Offset of the opening's line break (the text's length when there is none). */
  readonly lineEnd: number;
  /** What follows `---` or `+++` on its line, trimmed: a language word, or '' (always '' for `{`). */
  readonly language: string;
  readonly eol: '\n' | '\r\n';
}

export type OpeningScan = { readonly kind: 'none'; readonly bodyOffset: number } | ({ readonly kind: 'opening' } & OpeningFound);

export interface BlockEnd {
  readonly kind: 'closed';
  /** Offset of the closing delimiter (for `{`, of the balancing `}`). */
  readonly closeOffset: number;
  /** End of the front-matter text: the start of the closing line, or just after the `}` of a bare object. */
  readonly textEnd: number;
  readonly closeLine: number;
  readonly bodyOffset: number;
  readonly bodyLine: number;
}

export type CloseScan = BlockEnd | { readonly kind: 'unclosed' } | { readonly kind: 'tooLarge' };

function isLeadingSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function eolAt(text: string, lineEnd: number): '\n' | '\r\n' {
  return lineEnd > 0 && lineEnd < text.length && text.charCodeAt(lineEnd - 1) === 0x0d ? '\r\n' : '\n';
}

/** Finds the opening, skipping a BOM and, when `leadingWhitespace`, spaces, tabs and blank lines before it. */
export function findOpening(
  text: string,
  openings: readonly MatterOpening[],
  leadingWhitespace: boolean,
): OpeningScan {
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let at = bodyStart;
  if (leadingWhitespace) while (at < text.length && isLeadingSpace(text.charCodeAt(at))) at++;
  const head = text.slice(at, at + 3);
  const found = (opening: MatterOpening, lineEnd: number, language: string): OpeningScan => ({
    kind: 'opening',
    opening,
    offset: at,
    line: countBreaks(text, bodyStart, at),
    lineStart: Math.max(bodyStart, text.lastIndexOf('\n', at - 1) + 1),
    lineEnd,
    language,
    eol: eolAt(text, lineEnd),
  });
  if ((head === '---' || head === '+++') && openings.includes(head)) {
    // `----` or `++++` opens nothing, for gray-matter and Jekyll alike.
    if (text.charAt(at + 3) === head.charAt(0)) return { kind: 'none', bodyOffset: bodyStart };
    const lineEnd = firstBreak(text, at);
    return found(head, lineEnd, text.slice(at + 3, lineEnd).trim());
  }
  if (text.charCodeAt(at) === 0x7b && openings.includes('{')) return found('{', firstBreak(text, at), '');
  return { kind: 'none', bodyOffset: bodyStart };
}

function firstBreak(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function bodyAfter(text: string, from: number, closeLine: number): { bodyOffset: number; bodyLine: number } {
  let p = from;
  if (text.charCodeAt(p) === 0x0d) p++;
  if (text.charCodeAt(p) === 0x0a) return { bodyOffset: p + 1, bodyLine: closeLine + 1 };
  return { bodyOffset: p, bodyLine: closeLine };
}

/**
 * Finds the line that closes a `---` or `+++` block: the first line after the opening's that starts with the
 * same delimiter (what follows it on that line belongs to the body, as both Hugo and gray-matter read it).
 * A block whose text would pass `maxChars` is `tooLarge`, whether or not it closes later.
 */
export function findDelimitedEnd(text: string, open: OpeningFound, maxChars: number): CloseScan {
  if (open.lineEnd >= text.length) return { kind: 'unclosed' };
  const textOffset = open.lineEnd + 1;
  const found = text.indexOf(`\n${open.opening}`, open.lineEnd);
  const closeOffset = found < 0 ? -1 : found + 1;
  if (closeOffset < 0) return text.length - textOffset > maxChars ? { kind: 'tooLarge' } : { kind: 'unclosed' };
  if (closeOffset - textOffset > maxChars) return { kind: 'tooLarge' };
  const closeLine = open.line + 1 + countBreaks(text, textOffset, closeOffset);
  const body = bodyAfter(text, closeOffset + 3, closeLine);
  return { kind: 'closed', closeOffset, textEnd: closeOffset, closeLine, bodyOffset: body.bodyOffset, bodyLine: body.bodyLine };
}

/**
 * Finds the `}` that closes a bare JSON object by counting braces outside JSON strings (a backslash in a string
 * escapes the next character), as Hugo's lexer does; the body starts after it, past one line break.
 */
export function findObjectEnd(text: string, open: OpeningFound, maxChars: number): CloseScan {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, open.offset + maxChars);
  for (let i = open.offset; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b) {
      depth++;
    } else if (c === 0x7d && --depth === 0) {
      const closeLine = open.line + countBreaks(text, open.offset, i);
      const body = bodyAfter(text, i + 1, closeLine);
      return { kind: 'closed', closeOffset: i, textEnd: i + 1, closeLine, bodyOffset: body.bodyOffset, bodyLine: body.bodyLine };
    }
  }
  return limit < text.length ? { kind: 'tooLarge' } : { kind: 'unclosed' };
}
