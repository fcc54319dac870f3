/**
 * The structure of a Jekyll page's Liquid as Jekyll 4.3's Liquid (5.4 on this machine; GitHub Pages runs 4.0, whose
 * parser agrees on everything here) parses it before rendering anything: the tokenizer's split into text, `{% %}`
 * and `{{ }}`, and the block structure, up to the first error that stops the parse and with it `jekyll build`
 * (an unterminated tag or output, an unknown tag, an end tag of the wrong block, a block never closed). The tags a
 * check looks at are handed back with where they are and whether they render: inside a comment never, inside a
 * condition or a loop only maybe. Linear in the text: every search goes forward from where the last one stopped.
 */
import { ForwardSearch } from '../../render/hugo/shortcodeLexer';
import { assignValue } from './jekyllFilters';

/** A tag of the page, as Liquid read it. */
export interface LiquidTag {
  readonly name: string;
  /** The tag's text after its name, untrimmed (Liquid hands it to the tag so). */
  readonly markup: string;
  /** Offsets of `{%` and just after `%}` in the text. */
  readonly start: number;
  readonly end: number;
  /** Whether the tag renders whenever the page does (never inside a comment; maybe inside a condition or loop). */
  readonly renders: 'always' | 'maybe' | 'never';
}

export type LiquidErrorKind =
  | 'tagUnterminated'
  | 'variableUnterminated'
  | 'unknownTag'
  | 'unexpectedOuter'
  | 'unexpectedElse'
  | 'invalidDelimiter'
  | 'neverClosed'
  | 'rawArguments'
  | 'highlightSyntax';

/** The error that stops Liquid's parse, at the token it names. */
export interface LiquidError {
  readonly kind: LiquidErrorKind;
  /** Offsets in the text of the token the error is about (for neverClosed: the block's opening tag). */
  readonly start: number;
  readonly end: number;
  /** The offset whose line Liquid reports (a block never closed: the end of the text, or a raw's own tag). */
  readonly reportedAt: number;
  /** Words of Liquid's message: the tag, the block, the expected delimiter, the token. */
  readonly args: readonly string[];
}

/** A value Liquid renders through Variable, with its filters: an output `{{ … }}`, an `echo` or an `assign`'s value. */
export interface LiquidVariable {
  /** The markup Variable reads, and its offset in the text. */
  readonly markup: string;
  readonly at: number;
  /** The offset whose line Liquid reports for an error while rendering it. */
  readonly reportedAt: number;
  readonly renders: 'always' | 'maybe' | 'never';
}

export interface LiquidStructure {
  readonly tags: readonly LiquidTag[];
  readonly variables: readonly LiquidVariable[];
  readonly error: LiquidError | undefined;
}

/** Which tags the site's Liquid knows, beyond Liquid's and Jekyll's own. */
export interface LiquidTagSet {
  /** Tags of the site's plugins that Postcraft knows. */
  readonly extra: ReadonlySet<string>;
  /** Whether plugins Postcraft does not know may add tags: then an unknown name is never called an error. */
  readonly open: boolean;
}

const BLOCKS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'ifchanged', 'highlight']);
const SIMPLE = new Set(['assign', 'break', 'continue', 'cycle', 'decrement', 'increment', 'echo', 'include', 'include_relative', 'render', '#', 'post_url', 'link', 'liquid']);
/** The tags each block takes inside it besides its end (Liquid's unknown_tag overrides). */
const INNER: Readonly<Record<string, readonly string[]>> = { if: ['elsif', 'else'], unless: ['elsif', 'else'], for: ['else'], case: ['when', 'else'] };
/** Blocks whose body renders only on a condition or once per item. */
const MAYBE = new Set(['if', 'unless', 'case', 'for', 'tablerow']);

// Ruby's \s is ASCII whitespace; JavaScript's would take Unicode spaces too.
const FULL_TAG = /^\{%-?([ \t\r\n\f\v]*)(#|\w+)([ \t\r\n\f\v]*)([\s\S]*?)-?%\}$/;
const FULL_VARIABLE = /^\{\{-?[\s\S]*?-?\}\}$/;
const BLANK = /^[ \t\r\n\f\v]*$/;
/** Jekyll's HighlightBlock::SYNTAX, whose ^ and $ are Ruby's: any line of the trimmed markup may match. */
const HIGHLIGHT = /^([a-zA-Z0-9.+#_-]+)(([ \t\r\n\f\v]+\w+(=(\w+|"([0-9]+[ \t\r\n\f\v])*[0-9]+"))?)*)$/m;

interface Frame {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Reads `text` from `from` (the start of the body, after the front matter) as Liquid parses it. */
export function liquidStructure(text: string, from: number, tagSet: LiquidTagSet): LiquidStructure {
  const search = new ForwardSearch(text);
  const tags: LiquidTag[] = [];
  const variables: LiquidVariable[] = [];
  const stack: Frame[] = [];
  let maybe = 0;
  let comments = 0;
  const fail = (kind: LiquidErrorKind, start: number, end: number, args: readonly string[], reportedAt = start): LiquidStructure => ({
    tags,
    variables,
    error: { kind, start, end, reportedAt, args },
  });
  const renders = (): 'always' | 'maybe' | 'never' => (comments > 0 ? 'never' : maybe > 0 ? 'maybe' : 'always');
  const known = (name: string): boolean => BLOCKS.has(name) || SIMPLE.has(name) || tagSet.extra.has(name);
  let at = from;
  for (;;) {
    const token = nextToken(text, at, search);
    if (token === undefined) break;
    at = token.end;
    const raw = text.slice(token.start, token.end);
    if (token.kind === 'variable') {
      if (!token.closed || !FULL_VARIABLE.test(raw)) return fail('variableUnterminated', token.start, token.end, [raw]);
      const open = raw[2] === '-' ? 3 : 2;
      const close = raw.endsWith('-}}') && raw.length - 3 >= open ? 3 : 2;
      variables.push({ markup: raw.slice(open, raw.length - close), at: token.start + open, reportedAt: token.start, renders: renders() });
      continue;
    }
    const m = token.closed ? FULL_TAG.exec(raw) : null;
    if (m === null) return fail('tagUnterminated', token.start, token.end, [raw]);
    const name = m[2] ?? '';
    const markup = m[4] ?? '';
    // Liquid counts a tag's line from its name: the newlines before the name move it.
    const nameAt = token.start + raw.indexOf(name, 2);
    const markupAt = nameAt + name.length + (m[3]?.length ?? 0);
    if (name === 'liquid') {
      const error = liquidTagLines(markup, markupAt, token.end);
      if (error !== undefined) return error;
      continue;
    }
    const step = onTag(name, markup, markupAt, token.start, token.end, nameAt, undefined);
    if (step === 'raw') {
      const closed = endOfRaw(text, at, search);
      if (closed === undefined) return fail('neverClosed', token.start, token.end, ['raw'], nameAt);
      at = closed;
      continue;
    }
    if (step !== undefined) return step;
  }
  const open = stack[stack.length - 1];
  // Liquid notices a block is never closed when the text runs out, and reports the line it is on then.
  if (open !== undefined) return fail('neverClosed', open.start, open.end, [open.name], text.length);
  return { tags, variables, error: undefined };

  /**
   * One tag, of the text or of a `{% liquid %}` tag's lines (`liquid` then names that tag's frame depth: Liquid
   * reports a tag its blocks do not take as the liquid tag's, and a raw there is never closed). Gives the error that
   * stops the parse, 'raw' for a raw of the text whose body the caller skips, or undefined.
   */
  function onTag(name: string, markup: string, markupAt: number, start: number, end: number, nameAt: number, liquid: number | undefined): LiquidStructure | 'raw' | undefined {
    const top = stack.length > (liquid ?? 0) ? stack[stack.length - 1] : undefined;
    if (known(name)) {
      if (name === 'liquid') return undefined;
      tags.push({ name, markup, start, end, renders: renders() });
      if (name === 'echo') variables.push({ markup, at: markupAt, reportedAt: nameAt, renders: renders() });
      if (name === 'assign') {
        const value = assignValue(markup);
        if (value !== undefined) variables.push({ markup: value.value, at: markupAt + value.at, reportedAt: nameAt, renders: renders() });
      }
      if (name === 'raw') {
        if (!BLANK.test(markup)) return fail('rawArguments', start, end, []);
        return liquid === undefined ? 'raw' : fail('neverClosed', start, end, ['raw'], nameAt);
      }
      if (name === 'highlight' && !HIGHLIGHT.test(markup.trim())) return fail('highlightSyntax', start, end, [markup], nameAt);
      if (BLOCKS.has(name)) {
        stack.push({ name, start, end });
        if (MAYBE.has(name)) maybe++;
        if (name === 'comment') comments++;
      }
      return undefined;
    }
    if (top !== undefined && name === `end${top.name}`) {
      stack.pop();
      if (MAYBE.has(top.name)) maybe--;
      if (top.name === 'comment') comments--;
      return undefined;
    }
    if (top !== undefined && (INNER[top.name] ?? []).includes(name)) return undefined;
    // A comment takes any tag it does not know; an unknown name may be a tag of a plugin Postcraft does not know.
    if (top?.name === 'comment') return undefined;
    if (tagSet.open && !couldOnlyBeAnError(name)) return undefined;
    if (top === undefined && liquid !== undefined) {
      if (name === 'else') return fail('unexpectedElse', start, end, ['liquid'], nameAt);
      if (name.startsWith('end')) return fail('invalidDelimiter', start, end, [name, 'liquid', '%}'], nameAt);
      return fail('unknownTag', start, end, [name], nameAt);
    }
    if (top === undefined) {
      return name === 'else' || name === 'end' ? fail('unexpectedOuter', start, end, [name], nameAt) : fail('unknownTag', start, end, [name], nameAt);
    }
    if (name === 'else') return fail('unexpectedElse', start, end, [top.name], nameAt);
    if (name.startsWith('end')) return fail('invalidDelimiter', start, end, [name, top.name, `end${top.name}`], nameAt);
    return fail('unknownTag', start, end, [name], nameAt);
  }

  /**
   * A `{% liquid %}` tag (Liquid 5's; 4.0.3's too): each line of its markup is a tag, parsed as the text's tags are,
   * and blocks opened in it must close in it. Liquid reports a block left open at the line after its last line.
   */
  function liquidTagLines(markup: string, markupAt: number, tagEnd: number): LiquidStructure | undefined {
    const depth = stack.length;
    const lines = markup.split('\n');
    // Ruby's split drops the empty lines at the end.
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    let lineAt = markupAt;
    for (const line of lines) {
      const m = LIQUID_LINE.exec(line);
      const start = lineAt;
      lineAt += line.length + 1;
      if (m === null) {
        if (BLANK.test(line)) continue;
        // Not a tag: Liquid hands the whole line on as a tag's name.
        const step = onTag(line, line, start, start, start + line.length, start, depth);
        if (step !== undefined && step !== 'raw') return step;
        continue;
      }
      const name = m[1] ?? '';
      const nameAt = start + line.indexOf(name);
      const lineMarkup = m[2] ?? '';
      const step = onTag(name, lineMarkup, start + line.length - lineMarkup.length, start, start + line.length, nameAt, depth);
      if (step !== undefined && step !== 'raw') return step;
    }
    const open = stack.length > depth ? stack[stack.length - 1] : undefined;
    if (open !== undefined) return fail('neverClosed', open.start, open.end, [open.name], Math.min(lineAt, tagEnd));
    return undefined;
  }
}

/** BlockBody's LiquidTagToken: a line of a `{% liquid %}` tag ("\s" of Ruby: ASCII spaces). */
const LIQUID_LINE = /^[ \t\r\n\f\v]*(#|\w+)[ \t\r\n\f\v]*(.*?)$/s;

/** Names no plugin would register: a block's inner tags and the end tags of Liquid's own blocks. */
function couldOnlyBeAnError(name: string): boolean {
  return name === 'else' || name === 'elsif' || name === 'when' || name === 'end' || (name.startsWith('end') && BLOCKS.has(name.slice(3)));
}

interface Token {
  readonly kind: 'tag' | 'variable';
  readonly start: number;
  readonly end: number;
  /** False for an opener Liquid found no closer for (a token of its own: `{%` or `{{`). */
  readonly closed: boolean;
}

/**
 * The next `{% … %}` or `{{ … }}` token from `from`, as Liquid's TemplateParser splits: a tag runs to the first
 * `%}` after it, an output to the first `}` (and one more `}` if it follows); an opener without a closer is a token.
 */
function nextToken(text: string, from: number, search: ForwardSearch): Token | undefined {
  const tag = search.indexOf('{%', from);
  const output = search.indexOf('{{', from);
  if (tag < 0 && output < 0) return undefined;
  if (tag >= 0 && (output < 0 || tag <= output)) {
    const close = search.indexOf('%}', tag + 2);
    return close < 0 ? { kind: 'tag', start: tag, end: tag + 2, closed: false } : { kind: 'tag', start: tag, end: close + 2, closed: true };
  }
  const close = search.indexOf('}', output + 2);
  if (close < 0) return { kind: 'variable', start: output, end: output + 2, closed: false };
  return { kind: 'variable', start: output, end: text[close + 1] === '}' ? close + 2 : close + 1, closed: true };
}

/**
 * Where a raw block's body ends (just after its `endraw` tag), or undefined when it runs to the end of the text.
 * Liquid's Raw takes the first token whose last `{%` is followed by optional spaces and the word `endraw`: so
 * `{%- endraw %}` (a dash before the name) does not close it.
 */
function endOfRaw(text: string, from: number, search: ForwardSearch): number | undefined {
  const word = /\{%[ \t\r\n\f\v]*(\w+)/y;
  for (let at = from; ; ) {
    const token = nextToken(text, at, search);
    if (token === undefined) return undefined;
    at = token.end;
    // Any token ending in `%}` counts, an output's too (`{{ {% endraw %}` is one token to Liquid).
    if (!token.closed || !text.startsWith('%}', token.end - 2)) continue;
    const last = text.lastIndexOf('{%', token.end - 2);
    if (last < token.start) continue;
    word.lastIndex = last;
    if (word.exec(text)?.[1] === 'endraw') return token.end;
  }
}
