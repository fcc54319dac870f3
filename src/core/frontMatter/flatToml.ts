/**
 * The common TOML front matter read without the TOML parser: `key = value` lines of strings with nothing to
 * unescape, booleans, small integers, dates and date-times (valid ones, without fractions), and one-line arrays
 * of those. Anything else (tables, dotted or quoted keys, floats, escapes, multi-line values, comments after a
 * value, duplicate keys…) is not answered here, and the caller parses the text with smol-toml, which stays the
 * authority. Where this module answers, it answers what `readToml` answers (dates as `tomlDateText` writes them);
 * test/unit/frontMatter/flatToml.test.ts compares them.
 */

const FAIL = Symbol('not flat');

const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(Z|[+-](\d{2}):(\d{2}))?)?$/;
// Control characters (TOML refuses most; tabs and CR are left to the parser), line and paragraph separators, and
// what this module never reads.
// eslint-disable-next-line no-control-regex
const UNREAD = /[\x00-\x09\x0b-\x1f\x7f\u2028\u2029\ud800-\udfff]/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date or date-time with every field in range, as `tomlDateText` writes it; FAIL otherwise. */
function dateText(m: RegExpExecArray): unknown {
  const [, y, mo, d, h, mi, s, zone, zh, zm] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return FAIL;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return FAIL;
  if (zh !== undefined && (Number(zh) > 23 || Number(zm) > 59)) return FAIL;
  return `${date}T${h}:${mi}:${s}${zone ?? ''}`;
}

function scalar(text: string): unknown {
  const c = text.charAt(0);
  if (c === '"') {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !inner.includes('"') && !inner.includes('\\') ? inner : FAIL;
  }
  if (c === "'") {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith("'") && !inner.includes("'") ? inner : FAIL;
  }
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (INTEGER.test(text)) return Number(text);
  const m = DATE_TIME.exec(text);
  return m === null ? FAIL : dateText(m);
}

/** `[a, b]` on one line, a trailing comma allowed as TOML allows it; FAIL otherwise. */
function array(text: string): unknown {
  if (!text.endsWith(']')) return FAIL;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const parts = inner.split(',');
  if (parts.length > 1 && (parts[parts.length - 1] ?? '').trim() === '') parts.pop();
  const items: unknown[] = [];
  for (const part of parts) {
    const item = part.trim();
    // Commas inside a string, nested arrays and inline tables are the parser's.
    if (item === '' || /^[[{]/.test(item)) return FAIL;
    const value = scalar(item);
    if (value === FAIL) return FAIL;
    items.push(value);
  }
  return items;
}

/** Whether `code` may start a bare key this module reads (`A-Z a-z _`). */
function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

/** Whether `code` may follow in a bare key this module reads (`A-Z a-z 0-9 _ -`). */
function isKeyChar(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** The table a flat TOML block holds; undefined when the block is not one this module reads. */
export function readFlatToml(text: string): Record<string, unknown> | undefined {
  if (UNREAD.test(text)) return undefined;
  const result: Record<string, unknown> = {};
  let keys = 0;
  // Line by line without a list of lines: each is `key = value`, blank, or a comment.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(start) !== 0x23) {
      if (!isKeyStart(text.charCodeAt(start))) return undefined;
      let at = start + 1;
      while (at < end && isKeyChar(text.charCodeAt(at))) at++;
      if (end - at < 3 || text.charCodeAt(at) !== 0x20 || text.charCodeAt(at + 1) !== 0x3d || text.charCodeAt(at + 2) !== 0x20) return undefined;
      const key = text.slice(start, at);
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
      const raw = text.slice(at + 3, end);
      const value = raw.charCodeAt(0) === 0x5b ? array(raw) : scalar(raw);
      if (value === FAIL) return undefined;
      result[key] = value;
      keys++;
    }
    start = end + 1;
  }
  return keys === 0 ? undefined : result;
}
