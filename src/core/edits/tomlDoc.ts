/**
 * A post's TOML (`+++`) front matter as written, for lossless edits: where each top-level key sits (tomlScan),
 * and what the project's TOML reader makes of the block. Every edit is checked by reading the edited block again:
 * it must parse, every other key must read as before, and the edited key as intended; otherwise it is refused.
 */
import { sameValue } from '../sameValue';
import { findDelimitedEnd, findOpening } from '../frontMatter/matterScan';
import { readToml } from '../frontMatter/tomlRead';
import { MAX_FRONT_MATTER_CHARS } from '../frontMatterSplit';
import { sameKey } from './editDialect';
import { scanToml, type TomlEntry } from './tomlScan';
import { accept, refuse, type EditRefusal, type EditResult, type TextEdit } from './textEdit';

export interface TomlDoc {
  readonly text: string;
  /** Offset of the block's first line (after the opening `+++` line). */
  readonly blockStart: number;
  /** Offset of the closing `+++` line. */
  readonly blockEnd: number;
  readonly eol: '\n' | '\r\n';
  readonly entries: readonly TomlEntry[];
  /** Where the top-level keys end: the first table header's line, or the block's end. */
  readonly topEnd: number;
  /** The block as the TOML reader reads it. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly foldKeyCase: boolean;
}

/** Whether the file's front matter opens with `+++` (after a BOM and blank lines, as Hugo reads it). */
export function opensToml(text: string): boolean {
  const open = findOpening(text, ['---', '+++', '{'], true);
  return open.kind === 'opening' && open.opening === '+++';
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Reads the TOML block of `text` (which must open with `+++`); a broken block is a refusal with its reason. */
export function openToml(text: string, foldKeyCase: boolean): TomlDoc | EditRefusal {
  const open = findOpening(text, ['+++'], true);
  if (open.kind !== 'opening') return refuse('tomlError', 1, 'no +++ line');
  if (open.language !== '') return refuse('tomlError', open.line + 1, `text after +++: ${open.language}`);
  const close = findDelimitedEnd(text, open, MAX_FRONT_MATTER_CHARS);
  if (close.kind === 'tooLarge') return refuse('frontMatterTooLarge');
  if (close.kind !== 'closed') return refuse('tomlUnclosed');
  const blockStart = Math.min(open.lineEnd + 1, close.textEnd);
  const block = text.slice(blockStart, close.textEnd);
  const read = readToml(block);
  if (!read.ok) return refuse('tomlError', lineOf(text, blockStart) + read.line + 1, read.message);
  const scan = scanToml(text, blockStart, close.textEnd);
  if (!scan.ok) return refuse('tomlUnhandled', lineOf(text, scan.offset) + 1);
  return { text, blockStart, blockEnd: close.textEnd, eol: open.eol, entries: scan.entries, topEnd: scan.topEnd, data: read.value, foldKeyCase };
}

export function isTomlRefusal<T extends object>(v: T | EditRefusal): v is EditRefusal {
  return 'ok' in v;
}

/** The top-level entries of `key` (in file order), or a refusal when the key is a table or written with dots. */
export function tomlEntries(doc: TomlDoc, key: string): TomlEntry[] | EditRefusal {
  const entries = doc.entries.filter((e) => sameKey(doc, e.key, key));
  const dotted = entries.find((e) => e.dotted);
  if (dotted !== undefined) return refuse('tomlInTable', dotted.key);
  for (const [k, v] of Object.entries(doc.data)) {
    if (sameKey(doc, k, key) && v !== null && typeof v === 'object' && !Array.isArray(v) && !entries.some((e) => e.key === k)) return refuse('tomlInTable', k);
  }
  return entries;
}

/** Where new top-level lines go: after the last top-level key when a table follows, else at the block's end. */
export function tomlInsertAt(doc: TomlDoc): number {
  if (doc.topEnd === doc.blockEnd) return doc.blockEnd;
  return doc.entries.at(-1)?.lineEnd ?? doc.blockStart;
}

/** An edit adding `lines` as top-level keys. */
export function tomlInsertLines(doc: TomlDoc, lines: readonly string[]): TextEdit {
  const at = tomlInsertAt(doc);
  return { start: at, end: at, newText: lines.map((l) => l + doc.eol).join('') };
}

/**
 * Accepts `edits` only when the edited block reads back with every key other than those in `expected` as
 * before, and each key in `expected` (by its exact spelling; undefined for a key that must be gone) passing its check.
 */
export function checkedEdits(doc: TomlDoc, edits: readonly TextEdit[], expected: ReadonlyMap<string, (value: unknown) => boolean>, what: string): EditResult {
  if (edits.length === 0) return accept([]);
  let block = '';
  let at = doc.blockStart;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    if (e.start < at || e.end > doc.blockEnd) return refuse('tomlUnchecked', what);
    block += doc.text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  block += doc.text.slice(at, doc.blockEnd);
  const read = readToml(block);
  if (!read.ok) return refuse('tomlUnchecked', what);
  const keys = new Set([...Object.keys(doc.data), ...Object.keys(read.value)]);
  for (const key of keys) {
    const after = Object.prototype.hasOwnProperty.call(read.value, key) ? read.value[key] : undefined;
    const check = expected.get(key);
    const ok = check === undefined ? sameValue(doc.data[key], after) : check(after);
    if (!ok) return refuse('tomlUnchecked', what);
  }
  return accept(edits);
}
