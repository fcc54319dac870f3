/** Adds, removes, renames and merges category / tag names in one post, over `categories`/`category` or `tags`/`tag`. */
import { isAlias, isScalar, isSeq, type Node } from 'yaml';
import { rubySplit } from '../taxonomy';
import { findKeys, insertKeyLines, isRefusal, lineStart, openFrontMatter, rangeOf, type FrontMatterDoc, type KeyEntry } from './frontMatterDoc';
import { blockItemPrefix, itemName, plan, seqEdits, taxonomyKeys, type ListChange, type TaxonomyKind } from './listEdits';
import { entryEnd, quoteStyleOf } from './setValue';
import { formatScalar } from './yamlQuote';
import { accept, refuse, type EditRefusal, type EditResult, type TextEdit } from './textEdit';

function blockLines(fm: FrontMatterDoc, names: readonly string[]): string[] {
  const prefix = blockItemPrefix(fm);
  return names.map((n) => prefix + formatScalar(n));
}

/** A string value: Jekyll splits the plural key on spaces and keeps the singular key whole. */
function scalarEdits(fm: FrontMatterDoc, entry: KeyEntry, singular: boolean, change: ListChange): EditResult {
  const node = entry.value;
  if (node === undefined || !isScalar(node)) return refuse('notNames', entry.key);
  const source = itemName(node);
  const names = source === undefined ? [] : singular ? [source] : rubySplit(source);
  const { steps, append } = plan(names, change);
  const next = [...names.flatMap((n, i) => {
    const step = steps[i];
    return step?.kind === 'delete' ? [] : step?.kind === 'replace' ? [step.name] : [n];
  }), ...append];
  if (next.length === names.length && next.every((n, i) => n === names[i])) return accept([]);
  const [start, end] = rangeOf(fm, node);
  if (singular) {
    if (next.length === 0) {
      const key = entry.pair.key as Node;
      return accept([{ start: lineStart(fm.text, rangeOf(fm, key)[0]), end: entryEnd(fm, key, node), newText: '' }]);
    }
    return accept([{ start, end, newText: formatScalar(next.join(' '), { style: quoteStyleOf(node) }) }]);
  }
  if (next.length === 0) return accept([{ start, end, newText: '[]' }]);
  // A name with a space cannot live in a space-separated string: the value becomes a flow list.
  if (next.some((n) => /\s/.test(n))) {
    return accept([{ start, end, newText: `[${next.map((n) => formatScalar(n, { flow: true })).join(', ')}]` }]);
  }
  return accept([{ start, end, newText: formatScalar(next.join(' '), { style: quoteStyleOf(node) }) }]);
}

function entryEdits(fm: FrontMatterDoc, entry: KeyEntry, singular: boolean, change: ListChange): EditResult {
  const value = entry.value;
  if (value === undefined) {
    if (change.kind !== 'add' || change.names.length === 0) return accept([]);
    const eol = fm.eol;
    const at = rangeOf(fm, entry.pair.key as Node)[1];
    const lineEnd = fm.text.indexOf('\n', at);
    const insertAt = lineEnd < 0 ? fm.text.length : lineEnd + 1;
    return accept([{ start: insertAt, end: insertAt, newText: blockLines(fm, [...new Set(change.names)]).map((l) => l + eol).join('') }]);
  }
  if (isAlias(value)) return refuse('alias', entry.key);
  if (isSeq(value)) return seqEdits(fm, entry, value, change);
  if (isScalar(value)) return scalarEdits(fm, entry, singular, change);
  return refuse('namesInMapping', entry.key);
}

/** The names a post's own front matter lists for a taxonomy, as written (not from folders or `defaults:`). */
export function writtenNames(text: string, taxonomy: TaxonomyKind): string[] | EditRefusal {
  const fm = openFrontMatter(text);
  if (isRefusal(fm)) return fm;
  const keys = taxonomyKeys[taxonomy];
  return writtenNamesOf(findKeys(fm, [keys.plural, keys.singular]), keys.singular);
}

/**
 * Edits one post's names. `add` goes to the plural key (created in block style when missing); the other changes
 * apply wherever the name is written. A name that is not written in the file (a folder category, a default) is
 * left alone: the result then has no edits.
 */
export function editTaxonomy(text: string, taxonomy: TaxonomyKind, change: ListChange): EditResult {
  const fm = openFrontMatter(text);
  if (isRefusal(fm)) return fm;
  const keys = taxonomyKeys[taxonomy];
  const entries = findKeys(fm, [keys.plural, keys.singular]);
  if (change.kind === 'add') {
    const present = new Set(writtenNamesOf(entries, keys.singular));
    const names = [...new Set(change.names)].filter((n) => !present.has(n) && n.trim() !== '');
    if (names.length === 0) return accept([]);
    const plural = entries.filter((e) => e.key === keys.plural).at(-1);
    if (plural !== undefined) return entryEdits(fm, plural, false, { kind: 'add', names });
    if (entries.length > 0) return refuse('singularKey', keys.singular, keys.plural);
    return accept([insertKeyLines(fm, [`${keys.plural}:`, ...blockLines(fm, names)])]);
  }
  const edits: TextEdit[] = [];
  for (const entry of entries) {
    const result = entryEdits(fm, entry, entry.key === keys.singular, change);
    if (!result.ok) return result;
    edits.push(...result.edits);
  }
  return accept(edits);
}

function writtenNamesOf(entries: readonly KeyEntry[], singular: string): string[] {
  return entries.flatMap((entry) => {
    const value = entry.value;
    if (value === undefined) return [];
    if (isSeq(value)) return value.items.flatMap((i) => (i === null ? [] : [itemName(i as Node)].filter((n): n is string => n !== undefined)));
    if (!isScalar(value)) return [];
    const name = itemName(value);
    return name === undefined ? [] : entry.key === singular ? [name] : rubySplit(name);
  });
}
