/**
 * Lossless edits of a taxonomy's names in TOML front matter: an array on one line, or over several lines with one
 * item a line, stays as it was written; only the items that change are touched. A string value is one name (or
 * names split on spaces when the spec says so, which TOML front matter never needs: such a value is refused).
 */
import { checkedEdits, isTomlRefusal, tomlEntries, tomlInsertLines, type TomlDoc } from './tomlDoc';
import { tomlKey, tomlString, type TomlStringStyle } from './tomlFormat';
import { plan, type ListChange } from './listEdits';
import { accept, refuse, type EditRefusal, type EditResult, type TextEdit } from './textEdit';
import type { NamesSpec } from './namesSpec';
import type { TomlEntry, TomlToken } from './tomlScan';

interface Item {
  readonly token: TomlToken;
  readonly name: string;
}

/** The name a value read by the TOML reader stands for (numbers, booleans and dates as text); undefined for tables and arrays. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

function styleOf(token: TomlToken): TomlStringStyle {
  return token.kind === 'string' && token.style === 'literal' ? 'literal' : 'basic';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function nextLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** Whether items of a multi-line array, `first` to `last`, are alone on their line (a comma and a comment may follow). */
function aloneOnLine(text: string, first: TomlToken, last: TomlToken = first): boolean {
  const before = text.slice(lineStartOf(text, first.start), first.start);
  const after = text.slice(last.end, nextLine(text, last.end));
  return /^[ \t]*$/.test(before) && /^[ \t]*,?[ \t]*(#.*)?\r?\n?$/.test(after);
}

interface EntryPlan {
  readonly edits: TextEdit[];
  /** The names the entry holds afterwards. */
  readonly next: string[];
}

function arrayEdits(doc: TomlDoc, entry: TomlEntry, array: TomlToken & { kind: 'array' }, spec: NamesSpec, change: ListChange): EntryPlan | EditRefusal {
  const raw = doc.data[entry.key];
  if (!Array.isArray(raw) || raw.length !== array.items.length) return refuse('tomlUnchecked', entry.key);
  const items: Item[] = [];
  for (const [i, token] of array.items.entries()) {
    const name = nameOf(raw[i]);
    if (name === undefined || token.kind === 'array' || token.kind === 'table') return refuse('nestedValues', entry.key);
    items.push({ token, name });
  }
  const { steps, append } = plan(items.map((i) => i.name), change, spec.keyOf);
  const next = [...items.flatMap((item, i) => {
    const step = steps[i];
    return step?.kind === 'delete' ? [] : step?.kind === 'replace' ? [step.name] : [item.name];
  }), ...append];
  const text = doc.text;
  const multiline = text.slice(array.start, array.end).includes('\n');
  const kept = steps.map((s) => s.kind !== 'delete');
  const edits: TextEdit[] = [];
  const style: TomlStringStyle = items.length > 0 && items.every((i) => styleOf(i.token) === 'literal') ? 'literal' : 'basic';
  // Items are deleted per line (a one-line array is one line): a line left with none loses its line (the whole
  // inside of a one-line array), else an item goes with the separator after it, or before it when it is the last kept.
  const lineOf = (i: number): number => (multiline ? lineStartOf(text, items[i]?.token.start ?? 0) : array.start);
  for (const [i, step] of steps.entries()) {
    const item = items[i];
    if (item === undefined || step.kind === 'keep') continue;
    const { start, end } = item.token;
    if (step.kind === 'replace') {
      edits.push({ start, end, newText: tomlString(step.name, styleOf(item.token)) });
      continue;
    }
    const group = items.map((_, j) => j).filter((j) => lineOf(j) === lineOf(i));
    const firstOfLine = items[group[0] ?? i]?.token ?? item.token;
    const lastOfLine = items[group.at(-1) ?? i]?.token ?? item.token;
    if (!group.some((j) => kept[j] === true)) {
      if (i !== group[0]) continue;
      if (!multiline) {
        edits.push({ start: array.start + 1, end: array.end - 1, newText: '' });
      } else if (aloneOnLine(text, firstOfLine, lastOfLine)) {
        edits.push({ start: lineStartOf(text, firstOfLine.start), end: nextLine(text, lastOfLine.end), newText: '' });
      } else {
        return refuse('unhandledStyle', entry.key);
      }
    } else if (group.some((j) => j > i && kept[j] === true)) {
      edits.push({ start, end: items[i + 1]?.token.start ?? end, newText: '' });
    } else {
      edits.push({ start: items[i - 1]?.token.end ?? start, end, newText: '' });
    }
  }
  if (append.length > 0) {
    const last = items.at(-1);
    const written = append.map((n) => tomlString(n, style));
    if (last === undefined) {
      if (multiline || !/^\[[ \t]*\]$/.test(text.slice(array.start, array.end))) return refuse('unhandledStyle', entry.key);
      edits.push({ start: array.start + 1, end: array.end - 1, newText: written.join(', ') });
    } else if (!multiline || !aloneOnLine(text, last.token)) {
      // After the last item on its line, separated as the first two items are when they share a line.
      const first = items[0];
      const second = items[1];
      const between = first !== undefined && second !== undefined ? text.slice(first.token.end, second.token.start) : '';
      const sep = /^[ \t]*,[ \t]*$/.test(between) ? between : ', ';
      edits.push({ start: last.token.end, end: last.token.end, newText: written.map((w) => sep + w).join('') });
    } else {
      const indent = text.slice(lineStartOf(text, last.token.start), last.token.start);
      const after = text.slice(last.token.end, nextLine(text, last.token.end));
      const trailingComma = /^[ \t]*,/.test(after);
      const at = nextLine(text, last.token.end);
      if (!trailingComma) edits.push({ start: last.token.end, end: last.token.end, newText: ',' });
      const lines = written.map((w, i) => `${indent}${w}${trailingComma || i < written.length - 1 ? ',' : ''}${doc.eol}`);
      edits.push({ start: at, end: at, newText: lines.join('') });
    }
  }
  return { edits, next };
}

function stringEdits(doc: TomlDoc, entry: TomlEntry, token: TomlToken & { kind: 'string' }, spec: NamesSpec, change: ListChange): EntryPlan | EditRefusal {
  const value = doc.data[entry.key];
  if (typeof value !== 'string' || token.style === 'multiline' || spec.split) return refuse('unhandledStyle', entry.key);
  const names = value === '' ? [] : [value];
  const { steps, append } = plan(names, change, spec.keyOf);
  const next = [...names.flatMap((n, i) => {
    const step = steps[i];
    return step?.kind === 'delete' ? [] : step?.kind === 'replace' ? [step.name] : [n];
  }), ...append];
  if (next.length === names.length && next.every((n, i) => n === names[i])) return { edits: [], next };
  const newText = next.length === 1 && next[0] !== undefined
    ? tomlString(next[0], styleOf(token))
    : `[${next.map((n) => tomlString(n, styleOf(token))).join(', ')}]`;
  return { edits: [{ start: token.start, end: token.end, newText }], next };
}

function entryPlan(doc: TomlDoc, entry: TomlEntry, spec: NamesSpec, change: ListChange): EntryPlan | EditRefusal {
  const token = entry.value;
  if (token.kind === 'array') return arrayEdits(doc, entry, token, spec, change);
  if (token.kind === 'string') return stringEdits(doc, entry, token, spec, change);
  if (token.kind === 'table') return refuse('namesInMapping', entry.key);
  return refuse('notNames', entry.key);
}

function namesRead(expected: readonly string[]): (value: unknown) => boolean {
  return (value) => {
    const names = Array.isArray(value) ? value.map(nameOf) : typeof value === 'string' ? [value] : undefined;
    return names !== undefined && names.length === expected.length && names.every((n, i) => n === expected[i]);
  };
}

/**
 * Edits one post's names in TOML front matter. `add` goes to the last entry of the key (a new `key = [...]` line
 * when there is none); the other changes apply to every entry of the key.
 */
export function tomlEditNames(doc: TomlDoc, spec: NamesSpec, change: ListChange): EditResult {
  const entries = tomlEntries(doc, spec.key);
  if (isTomlRefusal(entries)) return entries;
  if (change.kind === 'add') {
    const names = change.names.filter((n) => n.trim() !== '');
    const last = entries.at(-1);
    if (last === undefined) {
      if (names.length === 0) return accept([]);
      const { append } = plan([], { kind: 'add', names }, spec.keyOf);
      const edit = tomlInsertLines(doc, [`${tomlKey(spec.key)} = [${append.map((n) => tomlString(n)).join(', ')}]`]);
      return checkedEdits(doc, [edit], new Map([[spec.key, namesRead(append)]]), spec.key);
    }
    const planned = entryPlan(doc, last, spec, { kind: 'add', names });
    if ('ok' in planned) return planned;
    return checkedEdits(doc, planned.edits, new Map([[last.key, namesRead(planned.next)]]), spec.key);
  }
  const edits: TextEdit[] = [];
  const expected = new Map<string, (value: unknown) => boolean>();
  for (const entry of entries) {
    const planned = entryPlan(doc, entry, spec, change);
    if ('ok' in planned) return planned;
    edits.push(...planned.edits);
    expected.set(entry.key, namesRead(planned.next));
  }
  return checkedEdits(doc, edits, expected, spec.key);
}

/** The names a post's TOML front matter writes for a taxonomy. */
export function tomlWrittenNames(doc: TomlDoc, spec: NamesSpec): string[] | EditRefusal {
  const entries = tomlEntries(doc, spec.key);
  if (isTomlRefusal(entries)) return entries;
  return entries.flatMap((entry) => {
    const value = doc.data[entry.key];
    if (Array.isArray(value)) return value.map(nameOf).filter((n): n is string => n !== undefined);
    return typeof value === 'string' && value !== '' ? [value] : [];
  });
}
