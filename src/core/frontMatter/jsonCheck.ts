/**
 * A strict JSON (RFC 8259) checker that says where a text stops being JSON and which object keys repeat.
 * JSON.parse is still what builds the value; this exists because its errors carry no position on some engines
 * (V8's "Unexpected token" messages, "Unexpected end of JSON input") and different wording on each browser, while
 * a front-matter error must point at a line. Iterative, so deeply nested input cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** Offset in the checked text where the first error is. */
  readonly offset: number;
  readonly message: string;
}

export interface JsonDuplicateKey {
  readonly key: string;
  /** Offset of the repeated key's opening quote. */
  readonly offset: number;
}

export interface JsonCheck {
  readonly error: JsonSyntaxError | undefined;
  readonly duplicates: readonly JsonDuplicateKey[];
}

const MAX_DUPLICATES_REPORTED = 20;

type Frame = { readonly kind: 'array' } | { readonly kind: 'object'; readonly keys: Set<string> };

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the JSON ends too early';
  const ch = text.charAt(at);
  return `unexpected ${JSON.stringify(ch)}`;
}

type Step = { readonly end: number } | { readonly error: JsonSyntaxError };

function scanString(text: string, start: number): Step {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { end: i + 1 };
    if (c < 0x20) return { error: { offset: i, message: 'a line break or control character inside a JSON string' } };
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) {
          if (!isHex(text.charCodeAt(i + k))) return { error: { offset: i, message: 'a \\u escape needs four hex digits' } };
        }
        i += 6;
        continue;
      }
      // " \ / b f n r t
      if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        i += 2;
        continue;
      }
      return { error: { offset: i, message: 'an unknown escape in a JSON string' } };
    }
    i++;
  }
  return { error: { offset: start, message: 'a JSON string is never closed' } };
}

function scanDigits(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function scanNumber(text: string, start: number): Step {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) {
    i++;
  } else if (isDigit(text.charCodeAt(i))) {
    i = scanDigits(text, i);
  } else {
    return { error: { offset: i, message: 'a digit must follow "-"' } };
  }
  if (text.charCodeAt(i) === 0x2e) {
    const after = scanDigits(text, i + 1);
    if (after === i + 1) return { error: { offset: i + 1, message: 'a digit must follow the decimal point' } };
    i = after;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    const after = scanDigits(text, i);
    if (after === i) return { error: { offset: i, message: 'a digit must follow the exponent' } };
    i = after;
  }
  return { end: i };
}

function scanLiteral(text: string, start: number): Step {
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, start)) return { end: start + word.length };
  }
  return { error: { offset: start, message: `${describe(text, start)}: a JSON value was expected` } };
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Checks that `text` is exactly one JSON value (whitespace around it allowed). Never throws. */
export function checkJson(text: string): JsonCheck {
  const duplicates: JsonDuplicateKey[] = [];
  const stack: Frame[] = [];
  const fail = (offset: number, message: string): JsonCheck => ({ error: { offset, message }, duplicates });
  let mode: 'value' | 'key' | 'after' = 'value';
  let i = skipWhitespace(text, 0);
  for (;;) {
    if (mode === 'value') {
      const c = text.charCodeAt(i);
      if (c === 0x7b || c === 0x5b) {
        const open = c === 0x7b;
        stack.push(open ? { kind: 'object', keys: new Set() } : { kind: 'array' });
        i = skipWhitespace(text, i + 1);
        if (text.charCodeAt(i) === (open ? 0x7d : 0x5d)) {
          stack.pop();
          i++;
          mode = 'after';
        } else {
          mode = open ? 'key' : 'value';
        }
        continue;
      }
      let step: Step;
      if (c === 0x22) step = scanString(text, i);
      else if (c === 0x2d || isDigit(c)) step = scanNumber(text, i);
      else step = scanLiteral(text, i);
      if ('error' in step) return { error: step.error, duplicates };
      i = step.end;
      mode = 'after';
      continue;
    }
    if (mode === 'key') {
      if (text.charCodeAt(i) !== 0x22) return fail(i, `${describe(text, i)}: a property name in double quotes was expected`);
      const step = scanString(text, i);
      if ('error' in step) return { error: step.error, duplicates };
      const frame = stack[stack.length - 1];
      // The token was just checked, so JSON.parse gives the key as JSON.parse will later store it.
      const key = JSON.parse(text.slice(i, step.end)) as string;
      if (frame?.kind === 'object') {
        if (frame.keys.has(key) && duplicates.length < MAX_DUPLICATES_REPORTED) duplicates.push({ key, offset: i });
        frame.keys.add(key);
      }
      i = skipWhitespace(text, step.end);
      if (text.charCodeAt(i) !== 0x3a) return fail(i, `${describe(text, i)}: ":" was expected after the property name`);
      i = skipWhitespace(text, i + 1);
      mode = 'value';
      continue;
    }
    i = skipWhitespace(text, i);
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      return i < text.length ? fail(i, `${describe(text, i)} after the end of the JSON value`) : { error: undefined, duplicates };
    }
    const c = text.charCodeAt(i);
    const close = frame.kind === 'object' ? 0x7d : 0x5d;
    if (c === 0x2c) {
      i = skipWhitespace(text, i + 1);
      mode = frame.kind === 'object' ? 'key' : 'value';
    } else if (c === close) {
      stack.pop();
      i++;
    } else {
      return fail(i, `${describe(text, i)}: "," or "${frame.kind === 'object' ? '}' : ']'}" was expected`);
    }
  }
}
