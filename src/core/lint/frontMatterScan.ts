/**
 * A line scanner over a post's front matter that keeps character positions, which the YAML parser does not
 * give back: keys, scalar values, flow (`[a, b]`) and block (`- a`) list items. It reads the common shapes
 * people write; anything else (block scalars, multi-line flows) is left out rather than guessed.
 */
import { splitFrontMatter, type FrontMatterSplit } from '../frontMatterSplit';

/** A 0-based line and a half-open range of UTF-16 characters on it. */
export interface TextRange {
  readonly line: number;
  readonly startChar: number;
  readonly endChar: number;
}

export interface ScannedValue {
  /** The value as YAML would read a simple scalar (quotes removed, '' and \" unescaped). */
  readonly text: string;
  /** The characters of the value as written, quotes included. */
  readonly range: TextRange;
  readonly quoted: boolean;
}

export interface ScannedEntry {
  readonly key: string;
  /** Keys of the enclosing mappings, outermost first (`header.image` has path ['header']). */
  readonly parents: readonly string[];
  readonly indent: number;
  readonly keyRange: TextRange;
  /** A scalar on the key's line. */
  readonly value?: ScannedValue;
  /** Items of a one-line `[a, b]` list, or of a `- a` list under the key. */
  readonly items?: readonly ScannedValue[];
  readonly flow: boolean;
}

export interface FrontMatterScan {
  /** The block's syntax: YAML between `---` lines, or TOML between `+++` lines (`key = value`). */
  readonly syntax: 'yaml' | 'toml';
  /** Line of the opening marker (0 unless white space comes before it, which Hugo allows). */
  readonly startLine: number;
  /** Line of the closing marker; the block's lines are startLine + 1 .. endLine - 1. */
  readonly endLine: number;
  readonly lines: readonly string[];
  readonly entries: readonly ScannedEntry[];
}

const KEY_LINE = /^( *)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)[ \t]*/;
const ITEM_LINE = /^( *)-(?=[ \t]|$)[ \t]*/;

/** The lines of a text without their line breaks (a CR before LF is dropped). */
export function textLines(text: string): string[] {
  const lines = text.split('\n');
  return text.includes('\r') ? lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)) : lines;
}

export function unquote(raw: string): { text: string; quoted: boolean } {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    return { text: raw.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)), quoted: true };
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) return { text: raw.slice(1, -1).replace(/''/g, "'"), quoted: true };
  return { text: raw, quoted: false };
}

/** Whether `code` is a character JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A blank or tab (YAML's white space). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** End of the value before a ` #` comment that is not inside quotes (read by character code: it runs on every line of every post). */
export function valueEnd(line: string, from: number): number {
  let quote = 0;
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c && quote === 0x22) i++;
      else if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      const before = line.charCodeAt(i - 1);
      // A quote opens a string at the value's start or after white space, `[`, `,` or `{`.
      if (i === from || isSpace(before) || before === 0x5b || before === 0x2c || before === 0x7b) quote = c;
    } else if (c === 0x23 && i > from && isSpace(line.charCodeAt(i - 1))) {
      return trimEnd(line, i);
    }
  }
  return trimEnd(line, line.length);
}

export function trimEnd(line: string, end: number): number {
  let e = end;
  while (e > 0 && isBlank(line.charCodeAt(e - 1))) e--;
  return e;
}

export function scalarAt(line: string, lineNo: number, start: number, end: number): ScannedValue | undefined {
  if (end <= start) return undefined;
  const raw = line.slice(start, end);
  // Block scalars, and flows that go on over more lines, are not read here.
  if (/^[|>[{]/.test(raw)) return undefined;
  const { text, quoted } = unquote(raw);
  return { text, quoted, range: { line: lineNo, startChar: start, endChar: end } };
}

/** Items of `[a, "b, c", d]` written on one line; undefined when the list does not close there. */
function flowItems(line: string, lineNo: number, start: number, end: number): ScannedValue[] | undefined {
  if (line[start] !== '[' || line[end - 1] !== ']') return undefined;
  return listItems(line, lineNo, start + 1, end - 1);
}

/** The comma-separated items between `from` and `to` (no brackets); undefined when quotes or brackets do not close. */
export function listItems(line: string, lineNo: number, from: number, to: number): ScannedValue[] | undefined {
  const items: ScannedValue[] = [];
  let itemStart = from;
  let quote = '';
  let depth = 0;
  const push = (until: number): void => {
    let s = itemStart;
    while (s < until && isBlank(line.charCodeAt(s))) s++;
    const e = trimEnd(line, until);
    const item = scalarAt(line, lineNo, s, Math.max(s, e));
    if (item) items.push(item);
  };
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      itemStart = i + 1;
    }
  }
  if (quote !== '' || depth !== 0) return undefined;
  push(to);
  return items;
}

/**
 * Scans the front matter of `text`; undefined when there is no well-formed YAML block. A caller that has split
 * the text already (its front matter and its lines, as splitFrontMatter and textLines make them) passes them.
 */
export function scanFrontMatter(text: string, made?: { readonly split: FrontMatterSplit; readonly lines: readonly string[] }): FrontMatterScan | undefined {
  const split = made?.split ?? splitFrontMatter(text);
  if (split.kind !== 'yaml') return undefined;
  const lines = made?.lines ?? textLines(text);
  const entries: ScannedEntry[] = [];
  const stack: { indent: number; key: string }[] = [];
  // The entry whose value is still open (`key:` with nothing after it), to take the `- item` lines below it.
  let open: { entry: ScannedEntry; items: ScannedValue[]; index: number } | undefined;
  const closeOpen = (): void => {
    // An open entry has nothing on its key's line (no value, no flow list): its items are the lines below.
    if (open && open.items.length > 0) {
      const { key, parents, indent, keyRange, flow } = open.entry;
      entries[open.index] = { key, parents, indent, keyRange, flow, items: open.items };
    }
    open = undefined;
  };
  for (let n = 1; n < split.endLine; n++) {
    const line = lines[n] ?? '';
    if (/^\s*(#.*)?$/.test(line)) continue;
    const item = ITEM_LINE.exec(line);
    if (item && open && (item[1]?.length ?? 0) >= open.entry.indent) {
      const start = item[0].length;
      const value = scalarAt(line, n, start, valueEnd(line, start));
      if (value && !KEY_LINE.test(line.slice(start))) open.items.push(value);
      continue;
    }
    const m = KEY_LINE.exec(line);
    if (!m || m[2] === undefined) {
      // A continuation line or a shape we do not read; an item line deeper than the open key keeps it open.
      if (!(open && /^\s/.test(line))) closeOpen();
      continue;
    }
    closeOpen();
    const indent = m[1]?.length ?? 0;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    const keyStart = indent;
    const key = unquote(m[2]).text;
    const keyRange = { line: n, startChar: keyStart, endChar: keyStart + m[2].length };
    const valueStart = m[0].length;
    const end = valueEnd(line, valueStart);
    const parents = stack.map((s) => s.key);
    const flow = flowItems(line, n, valueStart, end);
    // Object literals, not spreads of a shared base: a spread costs more than the rest of the line's scan.
    let entry: ScannedEntry;
    if (flow) entry = { key, parents, indent, keyRange, items: flow, flow: true };
    else {
      const value = scalarAt(line, n, valueStart, end);
      entry = value ? { key, parents, indent, keyRange, value, flow: false } : { key, parents, indent, keyRange, flow: false };
    }
    entries.push(entry);
    stack.push({ indent, key });
    if (end <= valueStart) open = { entry, items: [], index: entries.length - 1 };
  }
  closeOpen();
  return { syntax: 'yaml', startLine: 0, endLine: split.endLine, lines, entries };
}

/** The top-level entry named `key` that YAML keeps (the last one). */
export function topEntry(scan: FrontMatterScan, key: string): ScannedEntry | undefined {
  let found: ScannedEntry | undefined;
  for (const e of scan.entries) if (e.indent === 0 && e.key === key) found = e;
  return found;
}

/** The characters of a line without its indentation and trailing blanks (a whole-line range). */
export function lineContentRange(lines: readonly string[], line: number): TextRange {
  const text = lines[line] ?? '';
  const start = text.length - text.trimStart().length;
  const end = trimEnd(text, text.length);
  return end > start ? { line, startChar: start, endChar: end } : { line, startChar: 0, endChar: text.length };
}
