/**
 * Writes a new scalar the way a person would: plain when YAML (and Jekyll's YAML 1.1 reader) would read it back as
 * the same string, quoted only when it must be (`: `, ` #`, a leading indicator, `yes`/`no`/numbers/dates, …).
 */
import { classifyPlainScalar } from '../psychScalar';

export type QuoteStyle = 'plain' | 'double' | 'single';
/** A date or time written as YAML reads it (unquoted), e.g. `2024-03-05 10:20:30 +0900`. */
export interface YamlTimestamp {
  readonly timestamp: string;
}

export type ScalarValue = string | number | boolean | YamlTimestamp;

const LEADING_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_INDICATOR = /[,[\]{}]/;

/** Whether `s` can be written as a plain scalar (in a flow collection when `flow`) and read back as the string `s`. */
export function plainSafe(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim()) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return false;
  if (LEADING_INDICATOR.test(s)) {
    // `-x`, `?x`, `:x` are plain in YAML 1.2 but not in every 1.1 reader: quote them.
    return false;
  }
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #')) return false;
  if (flow && (FLOW_INDICATOR.test(s) || s.includes(':'))) return false;
  return classifyPlainScalar(s).type === 'str';
}

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** The text of a scalar: `preferred` when it can hold the value, else the simplest style that can. */
export function formatScalar(value: ScalarValue, options: { readonly style?: QuoteStyle; readonly flow?: boolean } = {}): string {
  if (typeof value === 'object') return value.timestamp;
  if (typeof value !== 'string') return String(value);
  const style = options.style ?? 'plain';
  if (style === 'double') return doubleQuoted(value);
  if (style === 'single' && !/[\n\r\t]/.test(value) && plainPrintable(value)) return `'${value.replace(/'/g, "''")}'`;
  if (plainSafe(value, options.flow ?? false)) return value;
  return doubleQuoted(value);
}

function plainPrintable(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f]/.test(s);
}
