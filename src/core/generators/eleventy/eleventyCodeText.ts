/**
 * What the text of a JavaScript file (an Eleventy config, a `*.11tydata.js` data file, a `---js` front-matter
 * block) says without running it: comments blanked out, and values written as plain literals (a quoted string
 * without `${`, `true`/`false`, an array of such strings). Nothing here evaluates, imports or requires anything;
 * whatever the code computes stays unknown and is said to be so by the caller.
 */

/** A literal found in code text, with the 0-based line of its key. */
export interface CodeLiteral {
  readonly value: string | boolean | readonly string[];
  readonly line: number;
}

/**
 * The text with every comment replaced by spaces (line breaks kept, so offsets and lines still match), strings and
 * template literals left as they are. Regular expression literals are not told from division: good enough for
 * finding keys, which is all the callers do.
 */
export function blankComments(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i] ?? '';
    const next = code[i + 1] ?? '';
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && next === '/') {
      let j = code.indexOf('\n', i);
      if (j < 0) j = code.length;
      out += ' '.repeat(j - i);
      i = j;
    } else if (c === '/' && next === '*') {
      let j = code.indexOf('*/', i + 2);
      j = j < 0 ? code.length : j + 2;
      out += code.slice(i, j).replace(/[^\n]/g, ' ');
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\x60[^\x60$\\]*\x60`;
const STRING_RE = new RegExp(`^(?:${STRING})$`);

/** The value of one JavaScript string literal (simple escapes only); undefined when it is not one. */
export function stringLiteral(text: string): string | undefined {
  const t = text.trim();
  if (!STRING_RE.test(t)) return undefined;
  return t.slice(1, -1).replace(/\\(.)/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}

/** A literal value: a string, a boolean, or an array of strings; undefined for anything computed. */
export function literalValue(text: string): string | boolean | readonly string[] | undefined {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  const s = stringLiteral(t);
  if (s !== undefined) return s;
  if (t.startsWith('[') && t.endsWith(']')) {
    const inner = t.slice(1, -1).trim();
    if (inner === '') return [];
    const items = inner.split(',').map((x) => x.trim()).filter((x, i, all) => x !== '' || i < all.length - 1);
    const values = items.map(stringLiteral);
    return values.every((v): v is string => v !== undefined) ? values : undefined;
  }
  return undefined;
}

/** The 0-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The text of one value after `key:` or `key =` at `from`: up to the next `,`, `;`, `}` or line end at depth 0. */
function valueText(code: string, from: number): string {
  let depth = 0;
  let i = from;
  while (i < code.length) {
    const c = code[i] ?? '';
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === ',' || c === ';' || c === '\n')) break;
    i++;
  }
  return code.slice(from, i);
}

/**
 * Every place `key` is given a value in the code (`key: value`, `"key": value`, `const key = value`), each as its
 * literal or `undefined` when the value is computed. `code` should have its comments blanked.
 */
export function assignmentsOf(code: string, key: string): { readonly literal: CodeLiteral['value'] | undefined; readonly line: number; readonly raw: string }[] {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`(?:^|[{,\s(])(?:(?:const|let|var)\s+${escaped}\s*=(?!=)|["']?${escaped}["']?\s*:(?!:))`, 'g');
  const found: { literal: CodeLiteral['value'] | undefined; line: number; raw: string }[] = [];
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    const start = m.index + m[0].length;
    const raw = valueText(code, start).trim();
    found.push({ literal: literalValue(raw), line: lineAt(code, m.index + (m[0].length - m[0].trimStart().length)), raw });
  }
  return found;
}

/** The only literal `key` is given in the code, when it is given exactly one value and that value is a literal. */
export function soleLiteral(code: string, key: string): CodeLiteral | 'computed' | undefined {
  const all = assignmentsOf(code, key);
  if (all.length === 0) return undefined;
  const first = all[0];
  if (first === undefined || first.literal === undefined) return 'computed';
  const same = all.every((a) => a.literal !== undefined && JSON.stringify(a.literal) === JSON.stringify(first.literal));
  return same ? { value: first.literal, line: first.line } : 'computed';
}

/** The arguments of every call `name(...)` whose first argument is a string literal, with their lines. */
export function callsWithString(code: string, name: string): { readonly arg: string; readonly line: number }[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`\b${escaped}\s*\(\s*(${STRING})`, 'g');
  const out: { arg: string; line: number }[] = [];
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    const arg = stringLiteral(m[1] ?? '');
    if (arg !== undefined) out.push({ arg, line: lineAt(code, m.index) });
  }
  return out;
}

/** The 0-based line of the first match of `re` in the code, or undefined. */
export function lineOf(code: string, re: RegExp): number | undefined {
  const m = re.exec(code);
  return m === null ? undefined : lineAt(code, m.index);
}
