/**
 * The TOML counterpart of frontMatterScan: keys (bare, quoted or dotted), `[table]` headers, scalar values and
 * the items of arrays written on one line or over several, with their character positions. Multi-line strings
 * and inline tables are left out rather than guessed. Also the dispatcher that scans a block of either syntax.
 */
import { findDelimitedEnd, findOpening } from '../frontMatter/matterScan';
import { MAX_FRONT_MATTER_CHARS } from '../frontMatterSplit';
import { listItems, scalarAt, scanFrontMatter, textLines, trimEnd, unquote, valueEnd, type FrontMatterScan, type ScannedEntry, type ScannedValue } from './frontMatterScan';

const KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`;
const KEY = new RegExp(String.raw`^([ \t]*)(${KEY_PART}(?:[ \t]*\.[ \t]*${KEY_PART})*)[ \t]*=[ \t]*`);
const TABLE = new RegExp(String.raw`^([ \t]*)(\[\[?)[ \t]*(${KEY_PART}(?:[ \t]*\.[ \t]*${KEY_PART})*)[ \t]*\]\]?`);
const PART = new RegExp(KEY_PART, 'g');
const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** The parts of a dotted TOML key, unquoted. */
export function tomlKeyParts(key: string): string[] {
  // A bare key (nearly every one) is its only part.
  if (BARE_KEY.test(key)) return [key];
  return [...key.matchAll(PART)].map((m) => unquote(m[0]).text);
}

/** The lines of the `+++` block: its opening and closing lines; undefined when there is no closed TOML block. */
export function tomlBlock(text: string): { startLine: number; endLine: number } | undefined {
  const open = findOpening(text, ['---', '+++', '{'], true);
  if (open.kind !== 'opening' || open.opening !== '+++' || open.language !== '') return undefined;
  const end = findDelimitedEnd(text, open, MAX_FRONT_MATTER_CHARS);
  return end.kind === 'closed' ? { startLine: open.line, endLine: end.closeLine } : undefined;
}

/** The scan of a `+++` TOML block; a caller that has the text's lines (textLines) already passes them. */
export function scanTomlFrontMatter(text: string, madeLines?: readonly string[]): FrontMatterScan | undefined {
  const block = tomlBlock(text);
  if (block === undefined) return undefined;
  const lines = madeLines ?? textLines(text);
  const entries: ScannedEntry[] = [];
  let table: string[] = [];
  // An array whose `[` opened on an earlier line, collecting its items until `]`.
  let open: { index: number; items: ScannedValue[] } | undefined;
  for (let n = block.startLine + 1; n < block.endLine; n++) {
    const line = lines[n] ?? '';
    if (open !== undefined) {
      const end = valueEnd(line, 0);
      const close = line.lastIndexOf(']', end);
      const to = close >= 0 ? close : end;
      let from = 0;
      while (from < to && /[ \t,]/.test(line[from] ?? '')) from++;
      const items = listItems(line, n, from, trimEnd(line, to));
      for (const item of items ?? []) if (item.text !== '' || item.quoted) open.items.push(item);
      if (close >= 0) {
        const entry = entries[open.index];
        if (entry !== undefined) entries[open.index] = { ...entry, items: open.items, flow: true };
        open = undefined;
      }
      continue;
    }
    if (/^\s*(#.*)?$/.test(line)) continue;
    const header = TABLE.exec(line);
    if (header?.[3] !== undefined && !KEY.test(line)) {
      table = tomlKeyParts(header[3]);
      const start = (header[1]?.length ?? 0) + (header[2]?.length ?? 0);
      const raw = header[3];
      const at = line.indexOf(raw, start);
      const key = table[table.length - 1] ?? '';
      entries.push({ key, parents: table.slice(0, -1), indent: header[1]?.length ?? 0, keyRange: { line: n, startChar: at, endChar: at + raw.length }, flow: false });
      continue;
    }
    const m = KEY.exec(line);
    if (m?.[2] === undefined) continue;
    const indent = m[1]?.length ?? 0;
    const parts = tomlKeyParts(m[2]);
    const key = parts[parts.length - 1] ?? '';
    const keyRange = { line: n, startChar: indent, endChar: indent + m[2].length };
    const parents = parts.length === 1 ? table.slice() : [...table, ...parts.slice(0, -1)];
    const valueStart = m[0].length;
    const end = valueEnd(line, valueStart);
    if (line[valueStart] === '[') {
      const close = line[end - 1] === ']' ? end - 1 : -1;
      const items = listItems(line, n, valueStart + 1, close >= 0 ? close : end) ?? [];
      const kept = items.filter((i) => i.text !== '' || i.quoted);
      // Object literals, not spreads of a shared base (see frontMatterScan.ts).
      entries.push({ key, parents, indent, keyRange, items: kept, flow: true });
      if (close < 0) open = { index: entries.length - 1, items: kept };
      continue;
    }
    // Multi-line strings and inline tables are not read here.
    const raw = line.slice(valueStart, end);
    const value = raw.startsWith('"""') || raw.startsWith("'''") || raw.startsWith('{') ? undefined : scalarAt(line, n, valueStart, end);
    entries.push(value === undefined ? { key, parents, indent, keyRange, flow: false } : { key, parents, indent, keyRange, value, flow: false });
  }
  return { syntax: 'toml', startLine: block.startLine, endLine: block.endLine, lines, entries };
}

/** The scan of a post's front matter in whichever syntax it is written (YAML `---` or TOML `+++`). */
export function scanAnyFrontMatter(text: string): FrontMatterScan | undefined {
  return scanFrontMatter(text) ?? scanTomlFrontMatter(text);
}
