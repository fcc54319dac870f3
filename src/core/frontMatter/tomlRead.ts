/**
 * TOML through smol-toml, made plain: its tables have no prototype and its dates are TomlDate objects (a Date
 * subclass whose kind lives in private fields). The model keeps plain objects and strings, as the YAML reader
 * does for Jekyll, so TOML dates become strings that keep what TOML said about them.
 */
// smol-toml is an ES module with a CommonJS build ("require" export) that Node and esbuild load; its one .d.ts is
// typed as ESM, which this project's `module: Node16` refuses to `require` (TS1479) although it runs. Only this
// file imports it; once the project compiles with `module: node20` (require of ESM), the expectation below is
// unused and tsc says so, which is the cue to delete it.
// @ts-expect-error TS1479: smol-toml's types are ESM-only, its CommonJS build is what runs (see above).
import { parse, TomlDate, TomlError } from 'smol-toml';
import { readFlatToml } from './flatToml';
import { setOwn } from '../ownProperty';

/** TOML parsed into plain values, or the first error at a 0-based line and column of the text. */
export type TomlRead =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number | undefined };

/**
 * A TOML date or time as a string, in RFC 3339 form, with milliseconds only when they are not zero:
 * - offset date-time: `2024-01-02T10:00:00+09:00` or `2024-01-02T10:00:00Z`, the offset as written (not moved
 *   to UTC), because the written offset decides the calendar day of a permalink;
 * - local date-time: `2024-01-02T10:00:00` (no offset: Hugo reads it in the site's `timeZone`);
 * - local date: `2024-01-02`;
 * - local time: `10:00:00`.
 * A space between date and time in the source becomes `T`.
 */
export function tomlDateText(date: TomlDate): string {
  // smol-toml prints each kind as authored (with milliseconds always); only the zero fraction is dropped.
  return date.toISOString().replace(/\.000(?=$|Z|[+-])/, '');
}

/**
 * Copies smol-toml's result into plain objects and arrays with dates as {@link tomlDateText}. Iterative, so the
 * depth of the input cannot overflow the stack.
 */
export function plainToml(value: unknown): unknown {
  const convert = (v: unknown): { copy: unknown; source?: object } => {
    if (v instanceof TomlDate) return { copy: tomlDateText(v) };
    if (Array.isArray(v)) return { copy: new Array<unknown>(v.length), source: v };
    if (v !== null && typeof v === 'object') return { copy: {}, source: v };
    return { copy: v };
  };
  const root = convert(value);
  const work: { source: object; copy: Record<string, unknown> | unknown[] }[] = [];
  if (root.source !== undefined) work.push({ source: root.source, copy: root.copy as Record<string, unknown> | unknown[] });
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const { source, copy } = item;
    const entries: [string | number, unknown][] = Array.isArray(source)
      ? source.map((v: unknown, i): [number, unknown] => [i, v])
      : Object.keys(source).map((k): [string, unknown] => [k, (source as Record<string, unknown>)[k]]);
    for (const [key, v] of entries) {
      const child = convert(v);
      // A `__proto__` key stays data, as smol-toml (and JSON.parse, js-yaml) keep it, never a prototype.
      setOwn(copy, key, child.copy);
      if (child.source !== undefined) work.push({ source: child.source, copy: child.copy as Record<string, unknown> | unknown[] });
    }
  }
  return root.copy;
}

/** Parses TOML into plain values (see {@link plainToml}). Never throws. */
export function readToml(text: string): TomlRead {
  // Most front matter is flat `key = value` lines: read without the parser, to the same values.
  const flat = readFlatToml(text);
  if (flat !== undefined) return { ok: true, value: flat };
  try {
    return { ok: true, value: plainToml(parse(text)) as Record<string, unknown> };
  } catch (e) {
    if (e instanceof TomlError) {
      // TomlError's line and column are 1-based; its message repeats the source after a blank line.
      const message = (e.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
      return { ok: false, message, line: e.line - 1, column: e.column - 1 };
    }
    return { ok: false, message: e instanceof Error ? e.message : String(e), line: 0, column: undefined };
  }
}
