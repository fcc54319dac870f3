/**
 * Reads one shortcode tag as Hugo 0.111.3's page lexer does (parser/pageparser/pagelexer_shortcode.go): `{{< … >}}`
 * or `{{% … %}}`; a name of letters, digits, `_`, `-` and `/`; positional or named parameters (never both), each
 * a bare word, a "quoted string" (one line, `\"` inside) or a `raw string`; `{{< /name >}}` closes, `{{< name />}}`
 * closes itself; `{{</* … *\/>}}` is an escaped shortcode, shown as the text without the comment markers. Errors are
 * values, with where the lexer gave up. Nothing here runs anything.
 */

export type ShortcodeMarkup = '<' | '%';

export interface ShortcodeTag {
  readonly kind: 'tag';
  readonly markup: ShortcodeMarkup;
  readonly name: string;
  /** `{{< /name >}}`. */
  readonly closing: boolean;
  /** `{{< name />}}`. */
  readonly selfClosing: boolean;
  readonly positional: readonly string[];
  /** Named parameters; undefined when the tag has positional ones or none. */
  readonly named: ReadonlyMap<string, string> | undefined;
  /** Just after the right delimiter. */
  readonly end: number;
}

export interface EscapedShortcode {
  readonly kind: 'escaped';
  /** The shortcode as text: `{{< x >}}` for `{{</* x *\/>}}`. */
  readonly literal: string;
  readonly end: number;
}

export interface ShortcodeError {
  readonly kind: 'error';
  readonly message: string;
  /** Where the lexer gave up (at least past the left delimiter). */
  readonly end: number;
}

export type LexedShortcode = ShortcodeTag | EscapedShortcode | ShortcodeError;

/** `text.indexOf(needle, from)` for calls with non-decreasing `from`: each needle's text is searched once. */
export class ForwardSearch {
  private readonly found = new Map<string, number>();

  constructor(private readonly text: string) {}

  indexOf(needle: string, from: number): number {
    const last = this.found.get(needle);
    if (last !== undefined && (last < 0 || last >= from)) return last;
    const at = this.text.indexOf(needle, from);
    this.found.set(needle, at);
    return at;
  }
}

const NAME_CHAR = /[\p{L}\p{Nd}_\-/]/u;
const WORD_CHAR = /[\p{L}\p{Nd}_\-.]/u;
const SPACE = /\s/;

/** Reads the shortcode whose `{{<` or `{{%` is at `start`. */
export function lexShortcode(text: string, start: number, search: ForwardSearch): LexedShortcode {
  const markup: ShortcodeMarkup = text[start + 2] === '%' ? '%' : '<';
  const right = markup === '%' ? '%}}' : '>}}';
  let pos = start + 3;
  const fail = (message: string, at = pos): ShortcodeError => ({ kind: 'error', message, end: Math.max(at, start + 3) });
  if (text.startsWith('/*', pos)) {
    const close = search.indexOf(`*/${right}`, pos);
    if (close <= pos) return fail('comment must be closed');
    return { kind: 'escaped', literal: `{{${markup}${text.slice(pos + 2, close)}${right}`, end: close + 2 + right.length };
  }
  let name: string | undefined;
  let closing = false;
  let selfClosing = false;
  const positional: string[] = [];
  let named: Map<string, string> | undefined;
  for (;;) {
    if (text.startsWith(right, pos)) {
      if (name === undefined) return fail('shortcode has no name');
      return { kind: 'tag', markup, name, closing, selfClosing, positional, named: named?.size === 0 ? undefined : named, end: pos + right.length };
    }
    const c = text[pos];
    if (c === undefined) return fail('unclosed shortcode action');
    if (SPACE.test(c)) {
      pos++;
    } else if (c === '/') {
      if (name === undefined) closing = true;
      else selfClosing = true;
      pos++;
    } else if (name === undefined) {
      if (!NAME_CHAR.test(c)) return fail(`unrecognized character in shortcode action: ${JSON.stringify(c)}`);
      const from = pos;
      while (pos < text.length && (NAME_CHAR.test(text[pos] ?? '') || (text[pos] === '.' && text.startsWith('.inline', pos)))) pos += text[pos] === '.' ? 7 : 1;
      name = text.slice(from, pos);
      if (closing) {
        // A closing tag has nothing but its name.
        while (pos < text.length && SPACE.test(text[pos] ?? '')) pos++;
        if (!text.startsWith(right, pos)) return fail('unclosed shortcode');
      }
    } else {
      const param = readParam(text, pos, right, search);
      if ('message' in param) return fail(param.message, param.at);
      pos = param.end;
      if (param.key === undefined) {
        if (named !== undefined) return fail('got positional parameter. Cannot mix named and positional parameters');
        positional.push(param.value);
      } else {
        if (positional.length > 0) return fail(`got named parameter '${param.key}'. Cannot mix named and positional parameters`);
        named ??= new Map();
        named.set(param.key, param.value);
      }
    }
  }
}

type Param = { readonly key: string | undefined; readonly value: string; readonly end: number } | { readonly message: string; readonly at: number };

/** A quoted, raw or bare value at `pos`. */
function readValue(text: string, pos: number, right: string, search: ForwardSearch): { value: string; end: number } | { message: string; at: number } {
  const c = text[pos];
  if (c === '`') {
    const close = search.indexOf('`', pos + 1);
    if (close < 0) return { message: 'unterminated raw string in shortcode parameter-argument', at: text.length };
    return { value: text.slice(pos + 1, close), end: close + 1 };
  }
  if (c === '"' || (c === '\\' && text[pos + 1] === '"')) {
    let i = pos + (c === '\\' ? 2 : 1);
    let value = '';
    for (;;) {
      const d = text[i];
      if (d === undefined || d === '\n') return { message: 'unterminated quoted string in shortcode parameter-argument', at: i };
      if (d === '\\' && text[i + 1] === '"') {
        // `\"` inside the value is a quote; a `\"` closing a `\"`-opened value ends it.
        if (c === '\\' && (text[i + 2] === undefined || SPACE.test(text[i + 2] ?? '') || text.startsWith(right, i + 2))) return { value, end: i + 2 };
        value += '"';
        i += 2;
      } else if (d === '"') {
        return { value, end: i + 1 };
      } else {
        value += d;
        i++;
      }
    }
  }
  let i = pos;
  while (i < text.length && !SPACE.test(text[i] ?? '') && !text.startsWith(right, i)) i++;
  return { value: text.slice(pos, i), end: i };
}

function readParam(text: string, pos: number, right: string, search: ForwardSearch): Param {
  const c = text[pos] ?? '';
  if (c === '"' || c === '`' || c === '\\') {
    const v = readValue(text, pos, right, search);
    return 'message' in v ? v : { key: undefined, value: v.value, end: v.end };
  }
  if (!WORD_CHAR.test(c)) return { message: `unrecognized character in shortcode action: ${JSON.stringify(c)}. Note: Parameters with non-alphanumeric args must be quoted`, at: pos };
  let i = pos;
  while (i < text.length && WORD_CHAR.test(text[i] ?? '')) i++;
  const word = text.slice(pos, i);
  if (text[i] !== '=') return { key: undefined, value: word, end: i };
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const v = readValue(text, i, right, search);
  return 'message' in v ? v : { key: word, value: v.value, end: v.end };
}
