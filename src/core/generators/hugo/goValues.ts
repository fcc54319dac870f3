/**
 * How Hugo 0.111.3 turns front-matter and config values into strings, booleans, numbers and lists: the
 * conversions of spf13/cast 1.5.0 and Go's strings package, over the plain values our parsers give.
 * Hugo's answer can depend on the format the value came from (a YAML integer is an `int`, a TOML one an
 * `int64`, a JSON one a `float64`), so callers say which format they parsed.
 */

import { setOwn } from '../../ownProperty';

/** The format a value was parsed from; YAML is the common case and the default. */
export type HugoValueFormat = 'yaml' | 'toml' | 'json' | 'org';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Go's strings.ToLower: rune by rune, no context (a final sigma stays σ), İ becomes i. */
export function goLower(s: string): string {
  // JavaScript lowers every rune on its own and to one rune, as Go does, except İ (to two) and Σ (by context).
  if (!LOWERS_APART.test(s)) return s.toLowerCase();
  return goLowerByRune(s);
}

const LOWERS_APART = /[\u0130\u03a3]/;

/** goLower rune by rune: what goLower answers for every string (a unit test holds the two equal). */
export function goLowerByRune(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\u0130') out += 'i';
    else {
      const lower = ch.toLowerCase();
      // A rune never becomes two in Go; keep the rune when JavaScript would expand it.
      out += [...lower].length === 1 ? lower : ch;
    }
  }
  return out;
}

/** The last front matter lowered: a page's dates, draft, title, slug, url and terms each ask for the same one in turn. */
let lastLowered: { readonly frontMatter: object; readonly map: ReadonlyMap<string, unknown> } | undefined;

/**
 * A front matter's top-level keys as Hugo reads them (Go's strings.ToLower; a later spelling of a key wins), as a
 * map that must not be changed: it is shared with the next caller that asks for the same object.
 */
export function goKeysLowered(frontMatter: Readonly<Record<string, unknown>>): ReadonlyMap<string, unknown> {
  if (lastLowered?.frontMatter === frontMatter) return lastLowered.map;
  const map = new Map<string, unknown>();
  if (typeof frontMatter !== 'object' || frontMatter === null) return map;
  for (const key in frontMatter) if (Object.prototype.hasOwnProperty.call(frontMatter, key)) map.set(goLower(key), frontMatter[key]);
  lastLowered = { frontMatter, map };
  return map;
}

/** strconv.FormatFloat(f, 'f', -1, 64): the shortest digits, never an exponent. */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  const s = String(f);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exponent = Number(m[4]);
  const point = 1 + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function isTomlDateLike(value: unknown): value is Date & { isLocal(): boolean; isDate(): boolean; isTime(): boolean } {
  return value instanceof Date && typeof (value as unknown as Record<string, unknown>)['isLocal'] === 'function';
}

/** cast.ToStringE: undefined when Go would fail (maps, lists). */
export function castToStringE(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) < 2 ** 63) return BigInt(value).toString();
    return formatGoFloat(value);
  }
  if (value === null || value === undefined) return '';
  if (isTomlDateLike(value)) return value.toISOString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return undefined;
}

/** cast.ToString: failures give "". */
export function castToString(value: unknown): string {
  return castToStringE(value) ?? '';
}

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/**
 * cast.ToBoolE: undefined when Go fails. Only a Go `int` (a YAML integer) counts as a number; TOML's int64
 * and JSON's float64 fail, so `draft = 1` in TOML is not a draft (verified with hugo 0.111.3 for YAML).
 */
export function castToBoolE(value: unknown, format: HugoValueFormat = 'yaml'): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return format === 'yaml' && Number.isInteger(value) ? value !== 0 : undefined;
  if (typeof value === 'string') {
    if (TRUE_WORDS.has(value)) return true;
    if (FALSE_WORDS.has(value)) return false;
    return undefined;
  }
  return undefined;
}

export function castToBool(value: unknown, format: HugoValueFormat = 'yaml'): boolean {
  return castToBoolE(value, format) ?? false;
}

/** strconv.ParseInt(s, 0, 64) after cast's trimming of a ".0…" tail; undefined when Go fails. */
function parseGoInt(text: string): number | undefined {
  const s = /^([+-]?\d+)\.0*$/.test(text) ? text.slice(0, text.indexOf('.')) : text;
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (!m || m[2] === undefined) return undefined;
  let body = m[2];
  // Underscores are only allowed with a base prefix, between digits.
  if (body.includes('_') && (!/^0[xXbBoO]?/.test(body) || /__|_$/.test(body) || /^[1-9]/.test(body))) return undefined;
  body = body.replace(/_/g, '');
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) n = parseInt(body.slice(1), 8);
  else n = parseInt(body, 10);
  if (!Number.isFinite(n) || n >= 2 ** 63) return undefined;
  return m[1] === '-' ? -n : n;
}

/** cast.ToInt: numbers are truncated, strings parsed as Go integers; failures give 0. */
export function castToInt(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseGoInt(value) ?? 0;
  return 0;
}

/** strings.Fields: split on Unicode white space. */
export function goFields(s: string): string[] {
  return s.split(/\p{White_Space}+/u).filter((part) => part !== '');
}

/** cast.ToStringSlice: lists convert item by item, a string splits on white space, a scalar is one item. */
export function castToStringSlice(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => castToString(item));
  if (typeof value === 'string') return goFields(value);
  if (value === null || value === undefined) return [];
  const one = castToStringE(value);
  return one === undefined ? [] : [one];
}

/** Hugo's types.ToStringSlicePreserveString: a string is one item (taxonomy terms). */
export function toStringSlicePreserveString(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map((item) => castToString(item));
  const one = castToStringE(value);
  return one === undefined ? undefined : [one];
}

/**
 * A copy with ordinary objects and arrays (parsers may give prototype-less tables), map keys lower-cased as
 * Hugo's maps.PrepareParams does: in nested maps, not inside lists. Deep nesting throws (callers catch).
 */
export function lowerKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) setOwn(out, goLower(key), isPlainObject(v) ? lowerKeys(v) : plainCopy(v));
  return out;
}

function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) setOwn(out, key, plainCopy(v));
    return out;
  }
  return value;
}

/** Go's path.Clean for a slash-separated path ("" becomes "."). */
export function goPathClean(p: string): string {
  // Already clean (no empty, `.` or `..` segment, no trailing slash): most paths a page's URL is joined from.
  if (p !== '' && !UNCLEAN_PATH.test(p) && (p === '/' || !p.endsWith('/'))) return p;
  return goPathCleanBySegment(p);
}

const UNCLEAN_PATH = /\/\/|(?:^|\/)\.\.?(?:\/|$)/;

/** goPathClean segment by segment: what goPathClean answers for every path (a unit test holds the two equal). */
export function goPathCleanBySegment(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/**
 * A Go (RE2) regular expression as a JavaScript one, or undefined when it cannot be compiled. A leading `(?i)`
 * (or `(?s)`, `(?m)`) becomes a flag; other RE2-only syntax is not translated.
 */
export function toJsRegExp(pattern: string): RegExp | undefined {
  let body = pattern;
  let flags = 'u';
  const lead = /^\(\?([ims]+)\)/.exec(body);
  if (lead?.[1] !== undefined) {
    for (const f of new Set(lead[1])) flags += f;
    body = body.slice(lead[0].length);
  }
  for (const f of [flags, flags.replace('u', '')]) {
    try {
      return new RegExp(body, f);
    } catch {
      // Unicode mode refuses some escapes RE2 allows; try without it.
    }
  }
  return undefined;
}
