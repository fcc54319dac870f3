/**
 * Reads literal values out of JavaScript or TypeScript source text without running it: a small tokenizer
 * (strings, template literals, comments, regular expressions, numbers, names, punctuation) and a reader of
 * object and array literals whose every value is either a literal (string, number, boolean, null, a template
 * without `${}`, a regular expression's source) or marked `computed` with its source text. A config file that is
 * code is only ever read this way: nothing in it is evaluated, imported or required.
 */

export type JsToken =
  | { readonly kind: 'punct'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'name'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'template'; readonly value: string | undefined; readonly start: number; readonly end: number }
  | { readonly kind: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: 'regex'; readonly value: string; readonly start: number; readonly end: number };

/** A value read from the text: a literal, or the source text of something only running the code could tell. */
export type JsValue =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null | undefined }
  | { readonly kind: 'regex'; readonly source: string }
  | { readonly kind: 'array'; readonly items: readonly JsValue[] }
  | { readonly kind: 'object'; readonly entries: readonly JsEntry[]; readonly start: number }
  | { readonly kind: 'computed'; readonly text: string };

export interface JsEntry {
  /** The key, or undefined for a spread (`...base`) or a computed key (`[name]`). */
  readonly key: string | undefined;
  readonly value: JsValue;
}

const PUNCTS = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '**'];
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'export', 'default']);
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

function unescape(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_m, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.length > 1 && (e.startsWith('u') || e.startsWith('x'))) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n' || e === '\r' || e === '\u2028' || e === '\u2029') return '';
    return ESCAPES[e] ?? e;
  });
}

/** The end of a template literal starting at `start` (its backtick), and whether it holds `${…}`. */
function scanTemplate(text: string, start: number): { end: number; substitutions: boolean } {
  let i = start + 1;
  let substitutions = false;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '`') return { end: i + 1, substitutions };
    else if (ch === '$' && text[i + 1] === '{') {
      substitutions = true;
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        const c = text[i];
        if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '`') {
          i = scanTemplate(text, i).end - 1;
        } else if (c === '"' || c === "'") {
          i++;
          while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
        }
        i++;
      }
    } else i++;
  }
  return { end: text.length, substitutions };
}

/** Splits source text into tokens; comments and white space are dropped. Never throws. */
export function tokenizeJs(text: string): JsToken[] {
  const tokens: JsToken[] = [];
  let i = 0;
  const regexAllowed = (): boolean => {
    const last = tokens[tokens.length - 1];
    if (last === undefined) return true;
    if (last.kind === 'punct') return last.value !== ')' && last.value !== ']' && last.value !== '}';
    return last.kind === 'name' && KEYWORDS_BEFORE_EXPRESSION.has(last.value);
  };
  while (i < text.length) {
    const ch = text.charAt(i);
    const start = i;
    if (/\s/.test(ch)) {
      i++;
    } else if (text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, text.length);
      tokens.push({ kind: 'string', value: unescape(text.slice(start + 1, i - 1)), start, end: i });
    } else if (ch === '`') {
      const { end, substitutions } = scanTemplate(text, i);
      i = end;
      tokens.push({ kind: 'template', value: substitutions ? undefined : unescape(text.slice(start + 1, end - 1)), start, end });
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text.charAt(i + 1)))) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d*(?:[eE][+-]?\d+)?)n?/.exec(text.slice(i));
      const raw = m?.[0] || ch;
      i += raw.length;
      tokens.push({ kind: 'number', value: Number(raw.replace(/_/g, '').replace(/n$/, '')), start, end: i });
    } else if (/[A-Za-z_$\u0080-\uffff]/.test(ch)) {
      const m = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(text.slice(i));
      i += m?.[0].length ?? 1;
      tokens.push({ kind: 'name', value: text.slice(start, i), start, end: i });
    } else if (ch === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < text.length && text[i] !== '\n') {
        const c = text[i];
        if (c === '\\') i++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        i++;
      }
      const source = text.slice(start + 1, i);
      i++;
      while (/[a-z]/.test(text.charAt(i))) i++;
      tokens.push({ kind: 'regex', value: source, start, end: i });
    } else {
      const p = PUNCTS.find((q) => text.startsWith(q, i)) ?? ch;
      i += p.length;
      tokens.push({ kind: 'punct', value: p, start, end: i });
    }
  }
  return tokens;
}

const OPEN: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** The index just past the expression starting at `from`: up to a `,` or a closing bracket at depth 0. */
export function skipExpression(tokens: readonly JsToken[], from: number): number {
  const stack: string[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'punct') continue;
    const close = OPEN[t.value];
    if (close !== undefined) stack.push(close);
    else if (t.value === ')' || t.value === ']' || t.value === '}') {
      if (stack.length === 0) return i;
      stack.pop();
    } else if ((t.value === ',' || t.value === ';') && stack.length === 0) return i;
  }
  return tokens.length;
}

function isPunct(t: JsToken | undefined, value: string): boolean {
  return t?.kind === 'punct' && t.value === value;
}

/** Reads the value starting at token `i`; returns it and the index just past it. */
export function readJsValue(text: string, tokens: readonly JsToken[], i: number): { value: JsValue; next: number } {
  const t = tokens[i];
  const end = skipExpression(tokens, i);
  const computed = (): { value: JsValue; next: number } => ({
    value: { kind: 'computed', text: text.slice(t?.start ?? 0, tokens[end - 1]?.end ?? t?.end ?? 0).trim() },
    next: end,
  });
  if (t === undefined) return computed();
  // A literal followed by anything (`"a" + b`, `x as const`) is an expression, except a TypeScript `as`/`satisfies`.
  const single = (value: JsValue, after: number): { value: JsValue; next: number } => {
    const n = tokens[after];
    if (after === end || (n?.kind === 'name' && (n.value === 'as' || n.value === 'satisfies'))) return { value, next: end };
    return computed();
  };
  if (t.kind === 'string') return single({ kind: 'literal', value: t.value }, i + 1);
  if (t.kind === 'template') return t.value === undefined ? computed() : single({ kind: 'literal', value: t.value }, i + 1);
  if (t.kind === 'number') return single({ kind: 'literal', value: t.value }, i + 1);
  if (t.kind === 'regex') return single({ kind: 'regex', source: t.value }, i + 1);
  if (t.kind === 'name') {
    const words: Readonly<Record<string, JsValue>> = {
      true: { kind: 'literal', value: true },
      false: { kind: 'literal', value: false },
      null: { kind: 'literal', value: null },
      undefined: { kind: 'literal', value: undefined },
    };
    const word = words[t.value];
    return word === undefined ? computed() : single(word, i + 1);
  }
  if (isPunct(t, '-') && tokens[i + 1]?.kind === 'number') {
    const n = tokens[i + 1];
    return single({ kind: 'literal', value: -(n?.kind === 'number' ? n.value : 0) }, i + 2);
  }
  if (isPunct(t, '[')) {
    const items: JsValue[] = [];
    let j = i + 1;
    while (j < tokens.length && !isPunct(tokens[j], ']')) {
      if (isPunct(tokens[j], ',')) {
        j++;
        continue;
      }
      if (isPunct(tokens[j], '...')) return computed();
      const item = readJsValue(text, tokens, j);
      items.push(item.value);
      j = item.next;
    }
    return single({ kind: 'array', items }, j + 1);
  }
  if (isPunct(t, '{')) {
    const object = readJsObject(text, tokens, i);
    return single(object.value, object.next);
  }
  // `({ … })`, as Docusaurus's templates wrap the preset's options for a JSDoc type cast.
  if (isPunct(t, '(')) {
    const inner = readJsValue(text, tokens, i + 1);
    if (inner.value.kind !== 'computed' && isPunct(tokens[inner.next], ')')) return single(inner.value, inner.next + 1);
  }
  return computed();
}

/** Reads the object literal whose `{` is token `i`. */
export function readJsObject(text: string, tokens: readonly JsToken[], i: number): { value: JsValue & { kind: 'object' }; next: number } {
  const entries: JsEntry[] = [];
  let j = i + 1;
  while (j < tokens.length && !isPunct(tokens[j], '}')) {
    const k = tokens[j];
    if (isPunct(k, ',')) {
      j++;
      continue;
    }
    if (isPunct(k, '...')) {
      const end = skipExpression(tokens, j + 1);
      entries.push({ key: undefined, value: { kind: 'computed', text: text.slice(k?.start ?? 0, tokens[end - 1]?.end ?? 0) } });
      j = end;
      continue;
    }
    let key: string | undefined;
    if (k?.kind === 'name' || k?.kind === 'string' || (k?.kind === 'template' && k.value !== undefined)) key = String(k.value);
    else if (k?.kind === 'number') key = String(k.value);
    const after = tokens[j + 1];
    if (key !== undefined && isPunct(after, ':')) {
      const value = readJsValue(text, tokens, j + 2);
      entries.push({ key, value: value.value });
      j = value.next;
    } else if (key !== undefined && (isPunct(after, ',') || isPunct(after, '}'))) {
      // Shorthand `{ blog }`: the value of a variable.
      entries.push({ key, value: { kind: 'computed', text: key } });
      j += 1;
    } else {
      // A method, a getter, an `async` member or a computed key: only running the code tells.
      const end = skipExpression(tokens, j);
      const named = key !== undefined && k?.kind === 'name' && !['async', 'get', 'set'].includes(key) ? key : undefined;
      entries.push({ key: named, value: { kind: 'computed', text: text.slice(k?.start ?? 0, tokens[end - 1]?.end ?? 0) } });
      j = end;
    }
  }
  return { value: { kind: 'object', entries, start: tokens[i]?.start ?? 0 }, next: j + 1 };
}

/** The last entry of an object with this key (a later key wins in JavaScript), or undefined. */
export function entryOf(object: JsValue & { kind: 'object' }, key: string): JsValue | undefined {
  let found: JsValue | undefined;
  for (const entry of object.entries) if (entry.key === key) found = entry.value;
  return found;
}

/** A plain value of a literal tree (arrays and objects of literals), or undefined when any part is computed. */
export function plainValue(value: JsValue): unknown {
  switch (value.kind) {
    case 'literal':
      return value.value;
    case 'regex':
      return undefined;
    case 'computed':
      return undefined;
    case 'array': {
      const items = value.items.map(plainValue);
      return items.some((v, n) => v === undefined && value.items[n]?.kind !== 'literal') ? undefined : items;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const entry of value.entries) {
        if (entry.key === undefined) return undefined;
        const v = plainValue(entry.value);
        if (v === undefined && entry.value.kind !== 'literal') return undefined;
        out[entry.key] = v;
      }
      return out;
    }
  }
}
