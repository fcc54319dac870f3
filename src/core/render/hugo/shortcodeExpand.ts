/**
 * Hugo's shortcode pass over a post's body, before Markdown, as Hugo 0.111.3 does it: each shortcode becomes a
 * placeholder token (`HAHAHUGOSHORTCODEs{n}HBHB`, numbered as Hugo numbers them) that the rendered HTML gets back
 * after Markdown (`{{< >}}`), or its output goes into the Markdown itself (`{{% %}}` that outputs text). An escaped
 * `{{</* x *\/>}}` becomes the text `{{< x >}}`. Unlike Hugo, shortcodes in fenced code and code spans stay text (the
 * caller is told of each, since Hugo would run them). A paired shortcode the preview does not know keeps its inner
 * content in the page; `highlight` takes its inner content as code. Every output line is mapped back to the body
 * line it came from. Linear in the text: hostile input (unclosed tags, deep nesting) ends quickly.
 */
import { rangeCursor, type Range } from './codeRegions';
import { ForwardSearch, lexShortcode, type ShortcodeTag } from './shortcodeLexer';
import type { LineMappedText } from '../liquidLines';

/** What one shortcode gives: HTML put back after Markdown (with its text for attribute values), or Markdown. */
export type ShortcodeOutput =
  | { readonly kind: 'html'; readonly html: string; readonly text: string; readonly problem?: string }
  | { readonly kind: 'markdown'; readonly markdown: string };

export interface ShortcodeHandler {
  /** Whether the shortcode's inner content is its input (highlight), taken up to its closing tag. */
  takesInner(name: string): boolean;
  /** The output of a shortcode; `inner` for those that take it; `line` is the body line of its start. */
  render(tag: ShortcodeTag, inner: string | undefined, line: number): ShortcodeOutput;
  /** The output in place of a shortcode Hugo cannot read (Hugo stops the build). */
  error(message: string, source: string, line: number): ShortcodeOutput;
}

export interface ShortcodeSlot {
  readonly html: string;
  readonly text: string;
  readonly problem?: string;
}

export interface ExpandedBody extends LineMappedText {
  /** Token → what replaces it in the rendered HTML. */
  readonly slots: ReadonlyMap<string, ShortcodeSlot>;
  /** Shortcodes left as text in code, which Hugo would run: body line and source. */
  readonly inCode: readonly { readonly line: number; readonly source: string }[];
}

/** Past this many outputs a page is hostile or generated: further ones are a bare marker, and code is not reported. */
const MAX_FULL_OUTPUTS = 1_000;
const MAX_IN_CODE = 20;
const BARE_OUTPUT = '<span class="pc-shortcode">\u2026</span>';

export function shortcodeToken(ordinal: number): string {
  return `HAHAHUGOSHORTCODEs${ordinal}HBHB`;
}

/** `{{</* x *\/>}}` → `{{< x >}}` everywhere in `text` (for code a shortcode keeps as text). */
function unescapeShortcodes(text: string): string {
  return text.replace(/\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g, '{{$1$2$3}}');
}

/** Hugo's `.InnerDeindent` trimmed of leading and trailing line breaks, as the highlight shortcode takes it. */
function deindent(inner: string): string {
  const lines = inner.replace(/^[\r\n]+|[\r\n]+$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n');
}

export function expandShortcodes(body: string, code: readonly Range[], handler: ShortcodeHandler): ExpandedBody {
  const search = new ForwardSearch(body);
  const inCodeAt = rangeCursor(code);
  const parts: string[] = [];
  const lineMap: number[] = [0];
  const slots = new Map<string, ShortcodeSlot>();
  const inCode: { line: number; source: string }[] = [];
  /** Unknown shortcodes waiting for their closing tag, and how many of each name wait. */
  const open: string[] = [];
  const waiting = new Map<string, number>();
  let line = 0;
  let copied = 0;
  let ordinal = 0;

  /** The first line break at or after `copied` (-1: none): found once, so long lines cost nothing more. */
  let newline = body.indexOf('\n');
  /** Moves `copied` to `to`, calling `each` for every line break passed. */
  const advance = (to: number, each: () => void): void => {
    while (newline >= 0 && newline < to) {
      each();
      newline = body.indexOf('\n', newline + 1);
    }
    copied = to;
  };
  /** Copies the body up to `to` as it is. */
  const copyTo = (to: number): void => {
    const from = copied;
    advance(to, () => lineMap.push(++line));
    parts.push(body.slice(from, to));
  };
  /** Replaces the body from `copied` to `to` by `text`, whose lines all map to the replaced text's first line. */
  const replace = (to: number, text: string): void => {
    const first = line;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineMap.push(first);
    parts.push(text);
    advance(to, () => line++);
  };
  const closings = new ClosingSearch(body);
  /** What a shortcode Hugo cannot read gives; past the limit, no more reasons are written out. */
  const failed = (message: string, source: string, at: number): ShortcodeOutput =>
    slots.size < MAX_FULL_OUTPUTS ? handler.error(message, source, at) : { kind: 'html', html: BARE_OUTPUT, text: '#' };
  /** What stands in the Markdown for the shortcode just counted. */
  const place = (output: ShortcodeOutput): string => {
    if (output.kind === 'markdown') return output.markdown;
    const token = shortcodeToken(ordinal - 1);
    const html = slots.size < MAX_FULL_OUTPUTS ? output.html : BARE_OUTPUT;
    slots.set(token, { html, text: output.text, ...(output.problem === undefined ? {} : { problem: output.problem }) });
    return token;
  };

  for (let at = body.indexOf('{{'); at >= 0; at = body.indexOf('{{', at)) {
    const delimiter = body[at + 2];
    if (delimiter !== '<' && delimiter !== '%') {
      at += 1;
      continue;
    }
    const lexed = lexShortcode(body, at, search);
    copyTo(at);
    const startLine = line;
    if (inCodeAt(at)) {
      if (lexed.kind === 'escaped') replace(lexed.end, lexed.literal);
      else if (lexed.kind === 'tag') {
        if (!lexed.closing) ordinal++;
        if (inCode.length < MAX_IN_CODE) inCode.push({ line: startLine, source: body.slice(at, Math.min(lexed.end, at + 200)) });
      }
      at = lexed.kind === 'error' ? at + 3 : lexed.end;
      continue;
    }
    if (lexed.kind === 'escaped') {
      replace(lexed.end, lexed.literal);
      at = lexed.end;
      continue;
    }
    if (lexed.kind === 'error') {
      // A tag the lexer gave up on past its own line stands for that line only; the rest is read again.
      const lineEnd = newline; // the first line break after `at`, as copyTo left it
      const end = lineEnd >= 0 && lexed.end > lineEnd ? lineEnd : lexed.end;
      ordinal++;
      replace(end, place(failed(lexed.message, body.slice(at, end), startLine)));
      at = end;
      continue;
    }
    if (lexed.closing) {
      const count = waiting.get(lexed.name) ?? 0;
      if (count === 0) {
        ordinal++;
        replace(lexed.end, place(failed(`closing tag for shortcode '${lexed.name}' does not match start tag`, body.slice(at, lexed.end), startLine)));
      } else {
        // Inner shortcodes left open close with it.
        for (let name = open.pop(); name !== undefined; name = open.pop()) {
          waiting.set(name, (waiting.get(name) ?? 1) - 1);
          if (name === lexed.name) break;
        }
        replace(lexed.end, '');
      }
      at = lexed.end;
      continue;
    }
    ordinal++;
    let end = lexed.end;
    let inner: string | undefined;
    if (handler.takesInner(lexed.name) && !lexed.selfClosing) {
      const close = closings.find(lexed.name, lexed.end);
      if (close === undefined) {
        replace(end, place(failed(`shortcode '${lexed.name}' has no closing tag`, body.slice(at, end), startLine)));
        at = end;
        continue;
      }
      inner = deindent(unescapeShortcodes(body.slice(lexed.end, close.start)));
      end = close.end;
    } else if (!lexed.selfClosing && !handler.takesInner(lexed.name)) {
      open.push(lexed.name);
      waiting.set(lexed.name, (waiting.get(lexed.name) ?? 0) + 1);
    }
    replace(end, place(handler.render(lexed, inner, startLine)));
    at = end;
  }
  copyTo(body.length);
  return { text: parts.join(''), lineMap, slots, inCode };
}

/** Finds closing tags by name; calls for one name come with non-decreasing positions, so each text is searched once. */
class ClosingSearch {
  private readonly last = new Map<string, { start: number; end: number } | null>();

  constructor(private readonly body: string) {}

  find(name: string, from: number): { start: number; end: number } | undefined {
    const known = this.last.get(name);
    if (known === null) return undefined;
    if (known !== undefined && known.start >= from) return known;
    const pattern = new RegExp(`\\{\\{[<%]\\s*/\\s*${name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}\\s*[>%]\\}\\}`, 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(this.body);
    const hit = m === null ? null : { start: m.index, end: m.index + m[0].length };
    this.last.set(name, hit);
    return hit ?? undefined;
  }
}
