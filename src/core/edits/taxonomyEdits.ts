/**
 * Adds, removes, renames and merges a taxonomy's names in one post: Jekyll's categories / tags over
 * `categories`/`category` or `tags`/`tag`, or any taxonomy's key by a NamesSpec, in YAML or (when the dialect reads
 * it) TOML front matter.
 */
import { isAlias, isScalar, isSeq, type Node } from 'yaml';
import { rubySplit } from '../taxonomy';
import { findKeys, insertKeyLines, isRefusal, lineStart, openFrontMatter, rangeOf, type FrontMatterDoc, type KeyEntry } from './frontMatterDoc';
import { blockItemPrefix, itemName, plan, seqEdits, type ListChange, type TaxonomyKind } from './listEdits';
import { kindSpec, type NamesSpec } from './namesSpec';
import { defaultEditDialect, type EditDialect } from './editDialect';
import { isTomlRefusal, openToml, opensToml } from './tomlDoc';
import { tomlEditNames, tomlWrittenNames } from './tomlNames';
import { entryEnd, quoteStyleOf } from './setValue';
import { formatScalar } from './yamlQuote';
import { newListLines } from './listHabits';
import { accept, refuse, type EditRefusal, type EditResult, type TextEdit } from './textEdit';

function blockLines(fm: FrontMatterDoc, names: readonly string[]): string[] {
  const prefix = blockItemPrefix(fm);
  return names.map((n) => prefix + formatScalar(n));
}

/** A string value: Jekyll splits the plural key on spaces and keeps the singular key whole; a spec may keep it whole. */
function scalarEdits(fm: FrontMatterDoc, entry: KeyEntry, singular: boolean, spec: NamesSpec, change: ListChange): EditResult {
  const node = entry.value;
  if (node === undefined || !isScalar(node)) return refuse('notNames', entry.key);
  const source = itemName(node);
  const names = source === undefined ? [] : singular || !spec.split ? [source] : rubySplit(source);
  const { steps, append } = plan(names, change, spec.keyOf);
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
  // A name with a space cannot live in a space-separated string, nor two names in a one-name string: the value
  // becomes a flow list.
  if (spec.split ? next.some((n) => /\s/.test(n)) : next.length > 1) {
    return accept([{ start, end, newText: `[${next.map((n) => formatScalar(n, { flow: true })).join(', ')}]` }]);
  }
  return accept([{ start, end, newText: formatScalar(next.join(' '), { style: quoteStyleOf(node) }) }]);
}

function entryEdits(fm: FrontMatterDoc, entry: KeyEntry, singular: boolean, spec: NamesSpec, change: ListChange): EditResult {
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
  if (isSeq(value)) return seqEdits(fm, entry, value, change, spec.keyOf);
  if (isScalar(value)) return scalarEdits(fm, entry, singular, spec, change);
  return refuse('namesInMapping', entry.key);
}

/** The names a post's own front matter lists for a taxonomy, as written (not from folders or `defaults:`). */
export function writtenNames(text: string, taxonomy: TaxonomyKind): string[] | EditRefusal {
  return writtenNamesFor(text, kindSpec(taxonomy));
}

/** The names a post's own front matter writes under a spec's keys. */
export function writtenNamesFor(text: string, spec: NamesSpec, dialect: EditDialect = defaultEditDialect): string[] | EditRefusal {
  const refused = dialect.refusal?.(text);
  if (refused !== undefined) return refused;
  if (dialect.toml && opensToml(text)) {
    const doc = openToml(text, dialect.foldKeyCase);
    return isTomlRefusal(doc) ? doc : tomlWrittenNames(doc, spec);
  }
  const fm = openFrontMatter(text);
  if (isRefusal(fm)) return fm;
  return writtenNamesOf(findKeys(fm, specKeys(spec), spec.foldKeyCase), spec);
}

function specKeys(spec: NamesSpec): string[] {
  return spec.singular === undefined ? [spec.key] : [spec.key, spec.singular];
}

function isSingular(spec: NamesSpec, key: string): boolean {
  return spec.singular !== undefined && (spec.foldKeyCase ? key.toLowerCase() === spec.singular.toLowerCase() : key === spec.singular);
}

/**
 * Edits one post's names. `add` goes to the plural key (created in block style when missing); the other changes
 * apply wherever the name is written. A name that is not written in the file (a folder category, a default) is
 * left alone: the result then has no edits.
 */
export function editTaxonomy(text: string, taxonomy: TaxonomyKind, change: ListChange): EditResult {
  return editNames(text, kindSpec(taxonomy), change);
}

/** {@link editTaxonomy} for any taxonomy's key, in the front matter the dialect reads. */
export function editNames(text: string, spec: NamesSpec, change: ListChange, dialect: EditDialect = defaultEditDialect): EditResult {
  const refused = dialect.refusal?.(text);
  if (refused !== undefined) return refused;
  if (dialect.toml && opensToml(text)) {
    const doc = openToml(text, dialect.foldKeyCase);
    return isTomlRefusal(doc) ? doc : tomlEditNames(doc, spec, change);
  }
  const fm = openFrontMatter(text);
  if (isRefusal(fm)) return fm;
  const entries = findKeys(fm, specKeys(spec), spec.foldKeyCase);
  if (change.kind === 'add') {
    const present = new Set(writtenNamesOf(entries, spec).map(spec.keyOf));
    const names = [...new Set(change.names)].filter((n) => !present.has(spec.keyOf(n)) && n.trim() !== '');
    if (names.length === 0) return accept([]);
    const plural = entries.filter((e) => !isSingular(spec, e.key)).at(-1);
    if (plural !== undefined) return entryEdits(fm, plural, false, spec, { kind: 'add', names });
    if (entries.length > 0 && spec.singular !== undefined) return refuse('singularKey', spec.singular, spec.key);
    const lines = change.habits === undefined
      ? [`${spec.key}:`, ...blockLines(fm, names)]
      : newListLines({ plural: spec.key, singular: spec.singular }, names, change.habits, blockItemPrefix(fm));
    return accept([insertKeyLines(fm, lines)]);
  }
  const edits: TextEdit[] = [];
  for (const entry of entries) {
    const result = entryEdits(fm, entry, isSingular(spec, entry.key), spec, change);
    if (!result.ok) return result;
    edits.push(...result.edits);
  }
  return accept(edits);
}

function writtenNamesOf(entries: readonly KeyEntry[], spec: NamesSpec): string[] {
  return entries.flatMap((entry) => {
    const value = entry.value;
    if (value === undefined) return [];
    if (isSeq(value)) return value.items.flatMap((i) => (i === null ? [] : [itemName(i as Node)].filter((n): n is string => n !== undefined)));
    if (!isScalar(value)) return [];
    const name = itemName(value);
    return name === undefined ? [] : isSingular(spec, entry.key) || !spec.split ? [name] : rubySplit(name);
  });
}
