/**
 * The common front matter read without a YAML parser: `key: value` lines, quoted or plain scalars, flow lists of
 * scalars (`[a, b]`), block lists of scalars and nested mappings of the same. Anything else (anchors, tags, block
 * scalars, multi-line scalars, comments after a value, duplicate keys, tabs, CR…) is not answered here: the
 * caller then parses the text with its YAML parser, which stays the one authority. Where this module answers, it
 * answers what js-yaml with the caller's schema answers (test/unit/frontMatter/flatYaml.test.ts compares them on
 * every sample, fixture and generated site), and the plain scalars go through the caller's own resolver.
 */

/** The value a schema gives a plain (unquoted) scalar: a string stays itself, `true`/`12`/`~` become values. */
export type PlainResolver = (scalar: string) => unknown;

/** More nesting than this is left to the parser. */
const MAX_DEPTH = 3;

// What js-yaml refuses anywhere in a document (control characters, BOM inside, non-characters) and what this
// module never reads itself (tabs, CR): any of them sends the text to the parser.
// eslint-disable-next-line no-control-regex
const UNREAD = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;
/** Either of the above may be there: one scan of the text, where most have neither. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]/;
/** A character of a key as most front matter writes it (`[A-Za-z0-9_-]`); a key starts with a letter or `_`. */
function isKeyChar(c: number, first: boolean): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (!first && ((c >= 0x30 && c <= 0x39) || c === 0x2d));
}

/**
 * Where the `:` of `key:` or `key: value` is, for a key starting at `from` as most front matter writes it; -1 for
 * any other line (`<<`, quoted keys and keys with spaces are the parser's). A scan, not a regular expression: it
 * runs on every line of every post, and a match array per line costs more than the rest of reading it. Line and
 * paragraph separators (U+2028, U+2029) in the value are the parser's too.
 */
function keyColon(line: string, from: number): number {
  let at = from;
  while (at < line.length && isKeyChar(line.charCodeAt(at), at === from)) at++;
  if (at === from || line.charCodeAt(at) !== 0x3a) return -1;
  if (at + 1 === line.length) return at;
  if (line.charCodeAt(at + 1) !== 0x20 || line.includes('\u2028', at) || line.includes('\u2029', at)) return -1;
  return at;
}
/** Characters that cannot start a plain scalar, or that this module leaves to the parser there. */
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

interface Lines {
  readonly lines: readonly string[];
  at: number;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 0x20) n++;
  return n;
}

/** Whether a line says nothing: blank, or only a comment. */
function isQuiet(line: string): boolean {
  const rest = line.slice(indentOf(line));
  return rest === '' || rest.charCodeAt(0) === 0x23;
}

function skipQuiet(src: Lines): void {
  while (src.at < src.lines.length && isQuiet(src.lines[src.at] ?? '')) src.at++;
}

const FAIL = Symbol('not flat');
type Read = unknown;

/** A quoted scalar with nothing to unescape, else FAIL. */
function quoted(text: string): Read {
  const q = text.charAt(0);
  if (text.length < 2 || text.charAt(text.length - 1) !== q) return FAIL;
  const inner = text.slice(1, -1);
  if (q === '"') return inner.includes('"') || inner.includes('\\') ? FAIL : inner;
  return inner.includes("'") ? FAIL : inner;
}

/** A scalar in block context (a value after `key: `, or a list item after `- `). */
function blockScalar(text: string, resolve: PlainResolver): Read {
  const c = text.charAt(0);
  if (c === '"' || c === "'") return quoted(text);
  if (text === '' || NOT_PLAIN_START.test(text)) return FAIL;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x20 || last === 0x3a || text.includes(': ') || text.includes(' #')) return FAIL;
  return resolve(text);
}

/** `[a, "b", c]` of scalars, else FAIL. */
function flowList(text: string, resolve: PlainResolver): Read {
  if (text.charAt(text.length - 1) !== ']') return FAIL;
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return inner.includes('\n') ? FAIL : [];
  const items: unknown[] = [];
  for (const raw of inner.split(',')) {
    const item = raw.trim();
    const c = item.charAt(0);
    let value: Read;
    if (c === '"' || c === "'") value = quoted(item);
    else if (item === '' || NOT_PLAIN_START.test(item) || /[[\]{}:#"']/.test(item)) value = FAIL;
    else value = resolve(item);
    if (value === FAIL) return FAIL;
    items.push(value);
  }
  return items;
}

/** The lines of a block list at `indent` (`- item` each), else FAIL. */
function blockList(src: Lines, indent: number, resolve: PlainResolver): Read {
  const items: unknown[] = [];
  for (skipQuiet(src); src.at < src.lines.length; skipQuiet(src)) {
    const line = src.lines[src.at] ?? '';
    const own = indentOf(line);
    const item = line.charAt(own) === '-' && line.charAt(own + 1) === ' ';
    // A list may sit at its key's own indent: a key there ends it.
    if (own < indent || (own === indent && !item)) break;
    if (own > indent || !item) return FAIL;
    const value = blockScalar(line.slice(own + 2), resolve);
    if (value === FAIL) return FAIL;
    items.push(value);
    src.at++;
  }
  return items;
}

/** Keys each resolver keeps as strings: a site's posts use a few dozen keys, each resolved once. */
const keptKeys = new WeakMap<PlainResolver, Set<string>>();

/** Whether `key` is read as the string it is (not `true`, `null` or a number) by the resolver. */
function plainKey(key: string, resolve: PlainResolver): boolean {
  let kept = keptKeys.get(resolve);
  if (kept === undefined) keptKeys.set(resolve, (kept = new Set()));
  if (kept.has(key)) return true;
  if (resolve(key) !== key) return false;
  if (kept.size < 4096) kept.add(key);
  return true;
}

/** The mapping whose keys are at `indent`, until a line indented less; FAIL on anything else. */
function mapping(src: Lines, indent: number, depth: number, resolve: PlainResolver): Read {
  const result: Record<string, unknown> = {};
  for (skipQuiet(src); src.at < src.lines.length; skipQuiet(src)) {
    const line = src.lines[src.at] ?? '';
    const own = indentOf(line);
    if (own < indent) break;
    if (own > indent) return FAIL;
    const colon = keyColon(line, own);
    if (colon < 0) return FAIL;
    const key = line.slice(own, colon);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(result, key) || !plainKey(key, resolve)) return FAIL;
    src.at++;
    const rest = colon + 1 === line.length ? undefined : line.slice(colon + 2);
    let value: Read;
    if (rest !== undefined && rest !== '') {
      value = rest.charAt(0) === '[' ? flowList(rest, resolve) : blockScalar(rest, resolve);
    } else {
      if (rest === '' || depth >= MAX_DEPTH) return FAIL;
      // `key:` alone: a nested block, or nothing (null).
      skipQuiet(src);
      const next = src.lines[src.at];
      const nextIndent = next === undefined ? -1 : indentOf(next);
      if (next !== undefined && nextIndent >= indent && next.charAt(nextIndent) === '-') {
        value = blockList(src, nextIndent, resolve);
      } else if (next !== undefined && nextIndent > indent) {
        value = mapping(src, nextIndent, depth + 1, resolve);
      } else {
        value = null;
      }
    }
    if (value === FAIL) return FAIL;
    result[key] = value;
  }
  return result;
}

/**
 * The mapping a flat YAML block holds, with plain scalars resolved by `resolve`; undefined when the block is not
 * one this module reads (then the caller's parser reads it). A block with no key is left to the parser too.
 */
export function readFlatYaml(text: string, resolve: PlainResolver): Record<string, unknown> | undefined {
  if (SUSPECT.test(text) && (UNREAD.test(text) || LONE_SURROGATE.test(text))) return undefined;
  const src: Lines = { lines: text.split('\n'), at: 0 };
  const value = mapping(src, 0, 1, resolve);
  if (value === FAIL || src.at < src.lines.length) return undefined;
  const result = value as Record<string, unknown>;
  for (const _ in result) return result;
  return undefined;
}
