/** Sets, removes and reads one top-level value of TOML front matter, touching only that value's bytes. */
import { checkedEdits, isTomlRefusal, tomlEntries, tomlInsertLines, type TomlDoc } from './tomlDoc';
import { tomlKey, tomlValue } from './tomlFormat';
import { readToml } from '../frontMatter/tomlRead';
import { accept, refuse, type EditResult } from './textEdit';
import type { ScalarValue } from './yamlQuote';

/** What the reader should make of a value written for `value` (a timestamp is a date, read back as text). */
function expectation(value: ScalarValue): (read: unknown) => boolean {
  if (typeof value === 'object') return (read) => typeof read === 'string';
  return (read) => read === value || (typeof value === 'number' && Number.isNaN(value) && Number.isNaN(read));
}

/** Sets `key = value`: the last entry of the key is replaced in place (a literal string stays literal), or a line is added. */
export function tomlSetValue(doc: TomlDoc, key: string, value: ScalarValue): EditResult {
  const entries = tomlEntries(doc, key);
  if (isTomlRefusal(entries)) return entries;
  const entry = entries.at(-1);
  if (entry === undefined) {
    const edit = tomlInsertLines(doc, [`${tomlKey(key)} = ${tomlValue(value)}`]);
    return checkedEdits(doc, [edit], new Map([[key, expectation(value)]]), key);
  }
  const token = entry.value;
  if (token.kind === 'array' || token.kind === 'table') return refuse('notSingleValue', entry.key);
  const style = token.kind === 'string' && token.style === 'literal' ? 'literal' : 'basic';
  const newText = tomlValue(value, style);
  if (doc.text.slice(token.start, token.end) === newText) return accept([]);
  return checkedEdits(doc, [{ start: token.start, end: token.end, newText }], new Map([[entry.key, expectation(value)]]), entry.key);
}

/** Removes every top-level line of `key` (a comment on the same line goes with it). */
export function tomlRemoveKey(doc: TomlDoc, key: string): EditResult {
  const entries = tomlEntries(doc, key);
  if (isTomlRefusal(entries)) return entries;
  const edits = entries.map((e) => ({ start: e.lineStart, end: e.lineEnd, newText: '' }));
  return checkedEdits(doc, edits, new Map(entries.map((e) => [e.key, (read: unknown): boolean => read === undefined])), key);
}

/** The written text of the last top-level `key` when it is a one-line string, number, boolean or date (quotes removed). */
export function tomlScalarSource(doc: TomlDoc, key: string): string | undefined {
  const entries = tomlEntries(doc, key);
  const entry = isTomlRefusal(entries) ? undefined : entries.at(-1);
  const token = entry?.value;
  if (token === undefined || (token.kind !== 'bare' && !(token.kind === 'string' && token.style !== 'multiline'))) return undefined;
  const written = doc.text.slice(token.start, token.end);
  if (token.kind === 'bare') return written;
  const read = readToml(`v = ${written}`);
  return read.ok && typeof read.value['v'] === 'string' ? read.value['v'] : undefined;
}
