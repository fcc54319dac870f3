/**
 * Lossless edits of a post's `categories` / `tags`: a flow list `[a, b]`, a block list `- a`, or a space-separated
 * string stay in the style they were written in; only the items that change are touched.
 */
import { isScalar, isSeq, type Node, type Scalar, type YAMLSeq } from 'yaml';
import { classifyPlainScalar } from '../psychScalar';
import { rubyToS } from '../taxonomy';
import { afterColon, lineStart, nextLineStart, rangeOf, type FrontMatterDoc, type KeyEntry } from './frontMatterDoc';
import { quoteStyleOf } from './setValue';
import { formatScalar, type QuoteStyle } from './yamlQuote';
import type { ListHabits } from './listHabits';
import { accept, refuse, type EditRefusal, type EditResult, type TextEdit } from './textEdit';

export type TaxonomyKind = 'category' | 'tag';

/** What to do to a list of names. A rename is a merge of one name. */
export type ListChange =
  /** `habits`: how to write the key when the post has none yet (a plain block list otherwise). */
  | { readonly kind: 'add'; readonly names: readonly string[]; readonly habits?: ListHabits }
  | { readonly kind: 'remove'; readonly names: readonly string[] }
  | { readonly kind: 'merge'; readonly from: readonly string[]; readonly to: string };

export const taxonomyKeys: Readonly<Record<TaxonomyKind, { readonly plural: string; readonly singular: string }>> = {
  category: { plural: 'categories', singular: 'category' },
  tag: { plural: 'tags', singular: 'tag' },
};

interface Item {
  readonly node: Scalar;
  readonly name: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** The name Jekyll makes of a list item (`to_s` of what Psych read); undefined for nil and nested values. */
export function itemName(node: Node): string | undefined {
  if (!isScalar(node)) return undefined;
  const source = typeof node.source === 'string' ? node.source : rubyToS(node.value);
  if (node.type !== 'PLAIN') return source;
  const c = classifyPlainScalar(source);
  switch (c.type) {
    case 'str': return source;
    case 'null': return undefined;
    case 'bool': case 'number': return rubyToS(c.value);
    case 'time': case 'date': return c.value;
    case 'symbol': return source;
  }
}

type Plan = { readonly kind: 'keep' } | { readonly kind: 'delete' } | { readonly kind: 'replace'; readonly name: string };

const sameName = (name: string): string => name;

/**
 * Per existing name what happens, and which names to append. Names are compared by `keyOf` (a generator's key:
 * the name itself, or a term key under which "Go Lang" and "go-lang" are one name).
 */
export function plan(names: readonly (string | undefined)[], change: ListChange, keyOf: (name: string) => string = sameName): { readonly steps: Plan[]; readonly append: string[] } {
  const keys = names.map((n) => (n === undefined ? undefined : keyOf(n)));
  if (change.kind === 'add') {
    const present = new Set(keys);
    const append: string[] = [];
    for (const n of change.names) {
      const key = keyOf(n);
      if (!present.has(key)) {
        present.add(key);
        append.push(n);
      }
    }
    return { steps: names.map(() => ({ kind: 'keep' })), append };
  }
  if (change.kind === 'remove') {
    const gone = new Set(change.names.map(keyOf));
    return { steps: keys.map((k) => (k !== undefined && gone.has(k) ? { kind: 'delete' } : { kind: 'keep' })), append: [] };
  }
  const sources = new Set(change.from.map(keyOf));
  const targetKey = keyOf(change.to);
  const merged = names.map((n, i) => n !== undefined && n !== change.to && sources.has(keys[i] ?? ''));
  // When the post already writes the target (or, under a key, a name that is the target), every merged name goes;
  // else the first becomes the target and the others go.
  let targetSeen = keys.some((k, i) => k === targetKey && !merged[i]);
  const steps = merged.map((m): Plan => {
    if (!m) return { kind: 'keep' };
    if (targetSeen) return { kind: 'delete' };
    targetSeen = true;
    return { kind: 'replace', name: change.to };
  });
  return { steps, append: [] };
}

function sharedStyle(items: readonly Item[]): QuoteStyle {
  const styles = new Set(items.map((i) => quoteStyleOf(i.node)));
  return styles.size === 1 ? ([...styles][0] ?? 'plain') : 'plain';
}

/** The indentation and dash of block list items in this file (`  - ` unless the file does it another way). */
export function blockItemPrefix(fm: FrontMatterDoc): string {
  for (const pair of fm.map?.items ?? []) {
    const value = pair.value as Node | null;
    if (value !== null && isSeq(value) && !value.flow && value.items[0] !== undefined && value.items[0] !== null) {
      const start = rangeOf(fm, value.items[0] as Node)[0];
      const prefix = fm.text.slice(lineStart(fm.text, start), start);
      if (/^[ \t]*-[ \t]+$/.test(prefix)) return prefix;
    }
  }
  return '  - ';
}

/** Edits of a list value (flow or block) of `entry`. */
export function seqEdits(fm: FrontMatterDoc, entry: KeyEntry, seq: YAMLSeq, change: ListChange, keyOf?: (name: string) => string): EditResult {
  const items: Item[] = [];
  for (const node of seq.items) {
    if (!isScalar(node)) return refuse('nestedValues', entry.key);
    const [start, end] = rangeOf(fm, node);
    items.push({ node, name: itemName(node), start, end });
  }
  const flow = seq.flow === true;
  const { steps, append } = plan(items.map((i) => i.name), change, keyOf);
  const edits: TextEdit[] = [];
  const kept = steps.map((s) => s.kind !== 'delete');
  let refusal: EditRefusal | undefined;
  if (flow && items.length > 0 && !kept.some(Boolean)) {
    const first = items[0];
    const last = items.at(-1);
    if (first !== undefined && last !== undefined) edits.push({ start: first.start, end: last.end, newText: '' });
  }
  steps.forEach((step, i) => {
    const item = items[i];
    if (item === undefined || step.kind === 'keep') return;
    if (step.kind === 'replace') {
      edits.push({ start: item.start, end: item.end, newText: formatScalar(step.name, { style: quoteStyleOf(item.node), flow }) });
      return;
    }
    if (!flow) {
      const from = lineStart(fm.text, item.start);
      if (!/^[ \t]*-[ \t]+$/.test(fm.text.slice(from, item.start))) refusal = refuse('unhandledStyle', entry.key);
      edits.push({ start: from, end: nextLineStart(fm.text, item.end), newText: '' });
    } else if (kept.slice(i + 1).some(Boolean)) {
      edits.push({ start: item.start, end: items[i + 1]?.start ?? item.end, newText: '' });
    } else if (kept.slice(0, i).some(Boolean)) {
      edits.push({ start: items[i - 1]?.end ?? item.start, end: item.end, newText: '' });
    }
  });
  if (refusal !== undefined) return refusal;
  if (!flow && items.length > 0 && !kept.some(Boolean)) {
    const at = afterColon(fm, entry);
    edits.push({ start: at, end: at, newText: ' []' });
  }
  if (append.length > 0) {
    const style = sharedStyle(items);
    const last = items.at(-1);
    if (flow && last !== undefined) {
      const first = items[0];
      const second = items[1];
      const between = first !== undefined && second !== undefined ? fm.text.slice(first.end, second.start) : '';
      const sep = /^[ \t]*,[ \t]*$/.test(between) ? between : ', ';
      edits.push({ start: last.end, end: last.end, newText: append.map((n) => sep + formatScalar(n, { style, flow })).join('') });
    } else if (flow) {
      const [start, end] = rangeOf(fm, seq);
      const inner = fm.text.slice(start + 1, end - 1);
      if (!/^[ \t]*$/.test(inner)) return refuse('unhandledStyle', entry.key);
      edits.push({ start: start + 1, end: end - 1, newText: append.map((n) => formatScalar(n, { style, flow })).join(', ') });
    } else if (last !== undefined) {
      const prefix = fm.text.slice(lineStart(fm.text, last.start), last.start);
      const at = nextLineStart(fm.text, last.end);
      const eolBefore = at === fm.text.length && !fm.text.endsWith('\n') ? fm.eol : '';
      edits.push({ start: at, end: at, newText: eolBefore + append.map((n) => prefix + formatScalar(n, { style }) + fm.eol).join('') });
    }
  }
  return accept(edits);
}
