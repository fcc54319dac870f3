/** Sets or removes one top-level scalar of a post's front matter, touching nothing but that value. */
import { isScalar, type Node } from 'yaml';
import { afterColon, findKeys, insertKeyLines, isRefusal, lineStart, openFrontMatter, rangeOf, type FrontMatterDoc } from './frontMatterDoc';
import { formatScalar, type QuoteStyle, type ScalarValue } from './yamlQuote';
import { accept, refuse, type EditResult } from './textEdit';
import { defaultEditDialect, type EditDialect } from './editDialect';
import { isTomlRefusal, openToml, opensToml } from './tomlDoc';
import { tomlRemoveKey, tomlScalarSource, tomlSetValue } from './tomlEdits';

export function quoteStyleOf(node: Node | undefined): QuoteStyle {
  if (node !== undefined && isScalar(node)) {
    if (node.type === 'QUOTE_DOUBLE') return 'double';
    if (node.type === 'QUOTE_SINGLE') return 'single';
  }
  return 'plain';
}

/** The written text of a top-level scalar (quotes removed), or undefined when the key is missing or not a scalar. */
export function readScalarSource(text: string, key: string, dialect: EditDialect = defaultEditDialect): string | undefined {
  if (dialect.toml && opensToml(text)) {
    const doc = openToml(text, dialect.foldKeyCase);
    return isTomlRefusal(doc) ? undefined : tomlScalarSource(doc, key);
  }
  const fm = openFrontMatter(text);
  if (isRefusal(fm)) return undefined;
  const entry = findKeys(fm, [key], dialect.foldKeyCase).at(-1);
  const value = entry?.value;
  return value !== undefined && isScalar(value) && typeof value.source === 'string' ? value.source : undefined;
}

/** Edits that set `key: value` in `fm` (the last occurrence wins, as in Jekyll). */
export function setValueIn(fm: FrontMatterDoc, key: string, value: ScalarValue, foldKeyCase = false): EditResult {
  const entry = findKeys(fm, [key], foldKeyCase).at(-1);
  if (entry === undefined) {
    return accept([insertKeyLines(fm, [`${formatScalar(key)}: ${formatScalar(value)}`])]);
  }
  if (entry.value === undefined) {
    const at = afterColon(fm, entry);
    return accept([{ start: at, end: at, newText: ` ${formatScalar(value)}` }]);
  }
  if (!isScalar(entry.value)) return refuse('notSingleValue', key);
  const [start, end] = rangeOf(fm, entry.value);
  const style = entry.value.type === 'BLOCK_LITERAL' || entry.value.type === 'BLOCK_FOLDED' ? 'double' : quoteStyleOf(entry.value);
  const newText = formatScalar(value, { style });
  if (fm.text.slice(start, end) === newText) return accept([]);
  // A block scalar's range runs to the end of its last line; keep that line break.
  const trimmedEnd = style === 'double' && entry.value.type !== 'QUOTE_DOUBLE' ? trimLineBreak(fm.text, start, end) : end;
  return accept([{ start, end: trimmedEnd, newText }]);
}

function trimLineBreak(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return e;
}

/**
 * Sets a top-level scalar: the value is replaced in place (quoting kept as written), or a key line is added. In
 * TOML front matter when the dialect reads it.
 */
export function setValue(text: string, key: string, value: ScalarValue, dialect: EditDialect = defaultEditDialect): EditResult {
  const refused = dialect.refusal?.(text);
  if (refused !== undefined) return refused;
  if (dialect.toml && opensToml(text)) {
    const doc = openToml(text, dialect.foldKeyCase);
    return isTomlRefusal(doc) ? doc : tomlSetValue(doc, key, value);
  }
  const fm = openFrontMatter(text);
  return isRefusal(fm) ? fm : setValueIn(fm, key, value, dialect.foldKeyCase);
}

/** Removes every top-level `key` line (with its nested lines and a comment on the same line). */
export function removeKey(text: string, key: string, dialect: EditDialect = defaultEditDialect): EditResult {
  const refused = dialect.refusal?.(text);
  if (refused !== undefined) return refused;
  if (dialect.toml && opensToml(text)) {
    const doc = openToml(text, dialect.foldKeyCase);
    return isTomlRefusal(doc) ? doc : tomlRemoveKey(doc, key);
  }
  const fm = openFrontMatter(text);
  if (isRefusal(fm)) return fm;
  return accept(findKeys(fm, [key], dialect.foldKeyCase).map((entry) => {
    const start = lineStart(fm.text, rangeOf(fm, entry.pair.key as Node)[0]);
    return { start, end: entryEnd(fm, entry.pair.key as Node, entry.value), newText: '' };
  }));
}

/** Offset after the last line of a top-level entry. */
export function entryEnd(fm: FrontMatterDoc, key: Node, value: Node | undefined): number {
  const base = fm.block?.yamlOffset ?? 0;
  const last = value?.range?.[2] ?? key.range?.[2] ?? 0;
  let end = base + last;
  // The node's end may stop before the line break (a flow value) or after it (a block value): end at a line start.
  if (end > 0 && fm.text[end - 1] !== '\n') {
    const nl = fm.text.indexOf('\n', end);
    end = nl < 0 ? fm.text.length : nl + 1;
  }
  return end;
}
