/**
 * Where each top-level `key = value` of a TOML front-matter block sits, byte for byte, for lossless edits. Only
 * the lines before the first table header are top-level; values are skipped by their syntax (strings of the four
 * kinds, arrays over several lines with comments, inline tables), so a line inside a multi-line string or array
 * is never taken for a key. Anything the scanner does not recognise ends the scan with an error: the edit is then
 * refused, never guessed.
 */

/** A value as written: its kind and its offsets in the whole text. */
export type TomlToken =
  | { readonly kind: 'string'; readonly style: 'basic' | 'literal' | 'multiline'; readonly start: number; readonly end: number }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: readonly TomlToken[] }
  | { readonly kind: 'table'; readonly start: number; readonly end: number }
  | { readonly kind: 'bare'; readonly start: number; readonly end: number };

export interface TomlEntry {
  /** The key as TOML reads it (quotes and escapes removed); for a dotted key, its first part. */
  readonly key: string;
  readonly dotted: boolean;
  /** Start of the line the key is on. */
  readonly lineStart: number;
  readonly keyStart: number;
  readonly value: TomlToken;
  /** Just after the line break that ends the entry's last line (the text's end when there is none). */
  readonly lineEnd: number;
}

export type TomlScan =
  | { readonly ok: true; readonly entries: readonly TomlEntry[]; readonly topEnd: number }
  | { readonly ok: false; readonly offset: number };

class ScanError extends Error {
  constructor(readonly offset: number) {
    super(`TOML not understood at ${offset}`);
  }
}

const DATE_THEN_TIME = /^\d{4}-\d{2}-\d{2}$/;

/** Scans `text` from `from` to `to` (the block's lines, without its `+++` markers). Never throws. */
export function scanToml(text: string, from: number, to: number): TomlScan {
  const s = new Scanner(text, to);
  try {
    return { ok: true, ...s.top(from) };
  } catch (e) {
    if (e instanceof ScanError) return { ok: false, offset: e.offset };
    throw e;
  }
}

class Scanner {
  // Sticky patterns keep their position in lastIndex: each scanner has its own.
  private readonly bareKey = /[A-Za-z0-9_-]+/y;
  private readonly bareValue = /[^\s,\]}#]+/y;
  private readonly timeAfterSpace = / \d{2}:\d{2}/y;

  constructor(private readonly text: string, private readonly end: number) {}

  top(from: number): { entries: TomlEntry[]; topEnd: number } {
    const entries: TomlEntry[] = [];
    let p = from;
    while (p < this.end) {
      const lineStart = p;
      p = this.spaces(p);
      const c = this.text[p];
      if (p >= this.end || c === '\n' || c === '\r' || c === '#') {
        p = this.afterLine(p);
        continue;
      }
      if (c === '[') return { entries, topEnd: lineStart };
      const keyStart = p;
      const first = this.key(p);
      p = this.spaces(first.end);
      let dotted = false;
      while (this.text[p] === '.') {
        dotted = true;
        p = this.spaces(this.key(this.spaces(p + 1)).end);
      }
      if (this.text[p] !== '=') throw new ScanError(p);
      const value = this.value(this.spaces(p + 1));
      p = this.spaces(value.end);
      if (p < this.end && this.text[p] !== '#' && this.text[p] !== '\n' && this.text[p] !== '\r') throw new ScanError(p);
      p = this.afterLine(p);
      entries.push({ key: first.key, dotted, lineStart, keyStart, value, lineEnd: p });
    }
    return { entries, topEnd: this.end };
  }

  private spaces(p: number): number {
    while (p < this.end && (this.text[p] === ' ' || this.text[p] === '\t')) p++;
    return p;
  }

  /** Past the line break ending the line at `p` (a comment on it included). */
  private afterLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 || nl >= this.end ? this.end : nl + 1;
  }

  /** Spaces, line breaks and comments between array items. */
  private gaps(p: number): number {
    for (;;) {
      p = this.spaces(p);
      const c = this.text[p];
      if (p < this.end && (c === '\n' || c === '\r')) p++;
      else if (p < this.end && c === '#') p = this.afterLine(p);
      else return p;
    }
  }

  private key(p: number): { key: string; end: number } {
    const c = this.text[p];
    if (c === '"' || c === "'") {
      const token = this.string(p);
      if (token.style === 'multiline') throw new ScanError(p);
      return { key: decodeQuotedKey(this.text.slice(token.start, token.end)), end: token.end };
    }
    this.bareKey.lastIndex = p;
    const m = this.bareKey.exec(this.text);
    if (m === null || p >= this.end) throw new ScanError(p);
    return { key: m[0], end: p + m[0].length };
  }

  private value(p: number): TomlToken {
    const c = this.text[p];
    if (p >= this.end) throw new ScanError(p);
    if (c === '"' || c === "'") return this.string(p);
    if (c === '[') return this.array(p);
    if (c === '{') return this.table(p);
    this.bareValue.lastIndex = p;
    const m = this.bareValue.exec(this.text);
    if (m === null) throw new ScanError(p);
    let e = Math.min(this.end, p + m[0].length);
    // A date and a time may be separated by a space (`1979-05-27 07:32:00Z`).
    this.timeAfterSpace.lastIndex = e;
    if (DATE_THEN_TIME.test(this.text.slice(p, e)) && this.timeAfterSpace.test(this.text)) {
      this.bareValue.lastIndex = e + 1;
      e = Math.min(this.end, e + 1 + (this.bareValue.exec(this.text)?.[0].length ?? 0));
    }
    return { kind: 'bare', start: p, end: e };
  }

  private string(p: number): TomlToken & { kind: 'string' } {
    const q = this.text[p] ?? '';
    const escapes = q === '"';
    if (this.text.startsWith(q.repeat(3), p)) {
      for (let i = p + 3; i < this.end; i++) {
        if (escapes && this.text[i] === '\\') i++;
        else if (this.text.startsWith(q.repeat(3), i)) {
          // Up to two more quotes may close the string's content.
          let e = i + 3;
          while (e < this.end && e < i + 5 && this.text[e] === q) e++;
          return { kind: 'string', style: 'multiline', start: p, end: e };
        }
      }
      throw new ScanError(p);
    }
    for (let i = p + 1; i < this.end; i++) {
      const c = this.text[i];
      if (c === '\n') break;
      if (escapes && c === '\\') i++;
      else if (c === q) return { kind: 'string', style: escapes ? 'basic' : 'literal', start: p, end: i + 1 };
    }
    throw new ScanError(p);
  }

  private array(p: number): TomlToken {
    const items: TomlToken[] = [];
    let i = this.gaps(p + 1);
    while (this.text[i] !== ']') {
      const item = this.value(i);
      items.push(item);
      i = this.gaps(item.end);
      if (this.text[i] === ',') i = this.gaps(i + 1);
      else if (this.text[i] !== ']') throw new ScanError(i);
      if (i >= this.end) throw new ScanError(i);
    }
    return { kind: 'array', start: p, end: i + 1, items };
  }

  private table(p: number): TomlToken {
    let i = this.spaces(p + 1);
    while (this.text[i] !== '}') {
      i = this.spaces(this.key(i).end);
      while (this.text[i] === '.') i = this.spaces(this.key(this.spaces(i + 1)).end);
      if (this.text[i] !== '=') throw new ScanError(i);
      i = this.spaces(this.value(this.spaces(i + 1)).end);
      if (this.text[i] === ',') i = this.spaces(i + 1);
      else if (this.text[i] !== '}') throw new ScanError(i);
    }
    return { kind: 'table', start: p, end: i + 1 };
  }
}

/** A quoted key's text: a literal key as written, a basic one with its escapes read (JSON's, plus `\UXXXXXXXX`). */
function decodeQuotedKey(quoted: string): string {
  if (quoted.startsWith("'")) return quoted.slice(1, -1);
  const json = quoted.replace(/\\U([0-9A-Fa-f]{8})/g, (_, hex: string) => {
    const cp = parseInt(hex, 16);
    return cp <= 0x10ffff ? JSON.stringify(String.fromCodePoint(cp)).slice(1, -1) : '\\uFFFD';
  });
  try {
    return JSON.parse(json) as string;
  } catch {
    // Not a key this scanner can read; the re-read of the edited text guards every edit anyway.
    return quoted;
  }
}
