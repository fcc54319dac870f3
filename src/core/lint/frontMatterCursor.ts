/** Where a cursor is inside a post's front matter, for completion and hovers: on a key, or in a key's value. */
import { splitFrontMatter } from '../frontMatterSplit';
import { textLines } from './frontMatterScan';
import { wallClockAt } from '../timeZone';
import type { TimeZone } from '../timeZone';

export type CursorPlace =
  | {
      readonly kind: 'key';
      /** Enclosing keys, outermost first. */
      readonly parents: readonly string[];
      readonly prefix: string;
      /** Character where the typed prefix starts (the replaced range is prefixStart..cursor). */
      readonly prefixStart: number;
      /** Keys already written at this level. */
      readonly siblings: readonly string[];
    }
  | {
      readonly kind: 'value';
      /** Dotted key the value belongs to (`header.teaser`). */
      readonly key: string;
      readonly prefix: string;
      readonly prefixStart: number;
      /** In a `[a, b]` list or a `- a` item. */
      readonly inList: boolean;
      /** Inside quotes: insert the text as is. */
      readonly quoted: boolean;
    };

const KEY_AT = /^( *)([^\s#:'"[\]{},-][^:#]*?)[ \t]*:(?:[ \t]+(.*))?$/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Keys of the lines above `line` that enclose a line indented by `indent`, outermost first. */
function parentsAbove(lines: readonly string[], line: number, indent: number): { parents: string[]; siblingsFrom: number } {
  const parents: string[] = [];
  let want = indent;
  let siblingsFrom = 1;
  for (let n = line - 1; n >= 1 && want > 0; n--) {
    const text = lines[n] ?? '';
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const m = KEY_AT.exec(text);
    const i = indentOf(text);
    if (m?.[2] !== undefined && i < want && (m[3] === undefined || m[3].trim() === '')) {
      parents.unshift(m[2]);
      if (want === indent) siblingsFrom = n + 1;
      want = i;
    }
  }
  return { parents, siblingsFrom };
}

function siblingKeys(lines: readonly string[], from: number, to: number, indent: number, skip: number): string[] {
  const out: string[] = [];
  for (let n = from; n < to; n++) {
    const text = lines[n] ?? '';
    if (n === skip || indentOf(text) !== indent) continue;
    const m = KEY_AT.exec(text);
    if (m?.[2] !== undefined) out.push(m[2]);
  }
  return out;
}

/**
 * The place of a cursor (0-based line and character) in `text`, or undefined outside the front matter. A string
 * value of a `wordKeys` key is a space-separated list (Jekyll's tags and categories): only its last word is typed.
 */
export function cursorPlace(text: string, line: number, character: number, wordKeys: readonly string[] = ['tags', 'categories']): CursorPlace | undefined {
  const split = splitFrontMatter(text);
  if (split.kind !== 'yaml' || line < 1 || line >= split.endLine) return undefined;
  const lines = textLines(text);
  const full = lines[line] ?? '';
  const before = full.slice(0, character);
  const keyTyping = /^( *)([^\s#:'"[\]{},-][^:#]*)?$/.exec(before);
  if (keyTyping) {
    const indent = keyTyping[1]?.length ?? 0;
    const { parents, siblingsFrom } = parentsAbove(lines, line, indent);
    return { kind: 'key', parents, prefix: keyTyping[2] ?? '', prefixStart: indent, siblings: siblingKeys(lines, siblingsFrom, split.endLine, indent, line) };
  }
  const item = /^( *)- +(["']?)([^,]*)$/.exec(before);
  if (item) {
    const indent = item[1]?.length ?? 0;
    // The list belongs to the nearest key above with an empty value, at this indent or less.
    for (let n = line - 1; n >= 1; n--) {
      const text = lines[n] ?? '';
      if (/^\s*(-|#|$)/.test(text)) continue;
      const m = KEY_AT.exec(text);
      if (m?.[2] === undefined || indentOf(text) > indent) return undefined;
      const { parents } = parentsAbove(lines, n, indentOf(text));
      const quote = item[2] ?? '';
      return { kind: 'value', key: [...parents, m[2]].join('.'), prefix: item[3] ?? '', prefixStart: character - (item[3] ?? '').length, inList: true, quoted: quote !== '' };
    }
    return undefined;
  }
  const m = KEY_AT.exec(before);
  if (m?.[2] === undefined || m[3] === undefined) {
    // `key:` with the cursor right after the colon: a value with nothing typed yet.
    if (!/:\s*$/.test(before) || m?.[2] === undefined) return undefined;
  }
  const indent = indentOf(before);
  const { parents } = parentsAbove(lines, line, indent);
  const key = [...parents, m[2]].join('.');
  const value = m[3] ?? '';
  const flow = /^\[(.*)$/.exec(value);
  // A space-separated `tags: a b` string: only its last word is being typed.
  const words = wordKeys.includes(key);
  const raw = flow ? (/(?:^|,)\s*(["']?)([^,]*)$/.exec(flow[1] ?? '') ?? undefined) : words ? /(?:^|\s)()(\S*)$/.exec(value) : /^(["']?)(.*)$/.exec(value);
  const prefix = raw?.[2] ?? '';
  return { kind: 'value', key, prefix, prefixStart: character - prefix.length, inList: flow !== null, quoted: (raw?.[1] ?? '') !== '' };
}

/** "2024-03-05 21:30:00 +0900": now, in the site's zone, the way a post's `date:` is best written. */
export function frontMatterNow(nowMs: number, zone: TimeZone): string {
  const w = wallClockAt(nowMs, zone);
  const offset = Math.round(zone.offsetMinutesAt(nowMs));
  const p = (n: number): string => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}:${p(w.second)} ${sign}${p(Math.floor(abs / 60))}${p(abs % 60)}`;
}
