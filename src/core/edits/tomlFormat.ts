/** TOML text for the values and keys Postcraft writes: strings escaped as TOML requires, Korean and other letters as is. */
import type { ScalarValue } from './yamlQuote';

export type TomlStringStyle = 'basic' | 'literal';

/** A basic string: `"`, `\` and control characters escaped. */
export function tomlBasicString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A string in `style` when that style can hold it (a literal string has no escapes), else a basic one. */
export function tomlString(s: string, style: TomlStringStyle = 'basic'): string {
  // eslint-disable-next-line no-control-regex
  if (style === 'literal' && !s.includes("'") && !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(s)) return `'${s}'`;
  return tomlBasicString(s);
}

/** A key: bare when TOML allows it, else quoted. */
export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlBasicString(key);
}

/** A value: strings quoted in `style`, numbers and booleans as TOML writes them, a timestamp as given (unquoted). */
export function tomlValue(value: ScalarValue, style: TomlStringStyle = 'basic'): string {
  if (typeof value === 'object') return value.timestamp;
  if (typeof value === 'string') return tomlString(value, style);
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  return String(value);
}
