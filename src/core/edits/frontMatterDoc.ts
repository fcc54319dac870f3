/**
 * The front matter of a post as written, for lossless edits: the YAML parsed with `yaml` (which keeps every node's
 * source range), offsets made absolute in the whole text. A broken block is a refusal with a reason.
 */
import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { splitFrontMatter, type FrontMatterYaml } from '../frontMatterSplit';
import { refuse, type EditRefusal } from './textEdit';

export interface FrontMatterDoc {
  readonly text: string;
  /** Undefined when the file has no front matter at all. */
  readonly block: FrontMatterYaml | undefined;
  /** Offset where content may be inserted when the file has no block (after a BOM). */
  readonly bodyOffset: number;
  readonly eol: '\n' | '\r\n';
  /** The top-level mapping; undefined for an empty block. */
  readonly map: YAMLMap | undefined;
}

/** A top-level key's pair and where it sits, in offsets of the whole text. */
export interface KeyEntry {
  readonly pair: Pair;
  readonly key: string;
  /** The value node, or undefined for `key:` with nothing after it. */
  readonly value: Node | undefined;
}

function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 0x0d ? '\r\n' : '\n';
}

/** Parses the front matter of `text` (the whole file). */
export function openFrontMatter(text: string): FrontMatterDoc | EditRefusal {
  const split = splitFrontMatter(text);
  if (split.kind === 'error') {
    return split.code === 'language' ? refuse('frontMatterLanguage', split.language ?? '') : refuse(split.code === 'unclosed' ? 'frontMatterUnclosed' : 'frontMatterTooLarge');
  }
  if (split.kind === 'incomplete') return refuse('frontMatterIncomplete');
  if (split.kind === 'none') {
    // A TOML (`+++`) or JSON (`{`) block, or a YAML one after blank lines, is front matter to Hugo: a new YAML
    // block above it would break the post, so such a file is not edited at all.
    const other = /^\uFEFF?\s*(\+\+\+|\{|---)/.exec(text)?.[1];
    if (other !== undefined) return refuse('frontMatterNotYaml', other === '+++' ? 'TOML' : other === '{' ? 'JSON' : 'YAML after blank lines (read by Hugo, not by Jekyll)');
    return { text, block: undefined, bodyOffset: split.bodyOffset, eol: detectEol(text), map: undefined };
  }
  const doc = parseDocument(split.yaml, { version: '1.1', keepSourceTokens: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = split.yamlStartLine + (error.linePos?.[0]?.line ?? 1);
    return refuse('yamlError', line, error.message.split('\n')[0] ?? '');
  }
  const contents = doc.contents;
  if (contents !== null && !(isScalar(contents) && contents.source === '') && !isMap(contents)) {
    return refuse('notMapping');
  }
  return { text, block: split, bodyOffset: split.bodyOffset, eol: split.eol, map: isMap(contents) ? contents : undefined };
}

export function isRefusal(v: FrontMatterDoc | EditRefusal): v is EditRefusal {
  return 'ok' in v;
}

/** Absolute [start, valueEnd] of a node. */
export function rangeOf(fm: FrontMatterDoc, node: Node): readonly [number, number] {
  const base = fm.block?.yamlOffset ?? 0;
  const r = node.range ?? [0, 0, 0];
  return [base + r[0], base + r[1]];
}

/** The top-level entries named one of `keys` (in file order); with `foldKeyCase`, `Tags` is `tags`. */
export function findKeys(fm: FrontMatterDoc, keys: readonly string[], foldKeyCase = false): KeyEntry[] {
  const out: KeyEntry[] = [];
  const wanted = foldKeyCase ? keys.map((k) => k.toLowerCase()) : keys;
  for (const pair of fm.map?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.source ?? pair.key.value) : undefined;
    if (key === undefined || !wanted.includes(foldKeyCase ? key.toLowerCase() : key)) continue;
    const value = pair.value as Node | null;
    out.push({ pair, key, value: value === null || (isScalar(value) && value.source === '' && value.type === 'PLAIN') ? undefined : value });
  }
  return out;
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break ending the line holding `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** Where a new top-level key goes: at the end of the block (before the closing `---`). */
export function endOfBlock(fm: FrontMatterDoc): number {
  return fm.block === undefined ? fm.bodyOffset : fm.block.yamlOffset + fm.block.yaml.length;
}

/** Offset just after the `:` that follows a key. */
export function afterColon(fm: FrontMatterDoc, entry: KeyEntry): number {
  const keyEnd = rangeOf(fm, entry.pair.key as Node)[1];
  const colon = fm.text.indexOf(':', keyEnd);
  return colon < 0 ? keyEnd : colon + 1;
}

/** Text that adds `lines` as new top-level lines, creating the block when the file has none. */
export function insertKeyLines(fm: FrontMatterDoc, lines: readonly string[]): { readonly start: number; readonly end: number; readonly newText: string } {
  const eol = fm.eol;
  const body = lines.map((l) => l + eol).join('');
  if (fm.block === undefined) {
    return { start: fm.bodyOffset, end: fm.bodyOffset, newText: `---${eol}${body}---${eol}` };
  }
  const at = endOfBlock(fm);
  // An empty block's closing marker may follow the opening one directly.
  return { start: at, end: at, newText: body };
}
