/**
 * The fast path of Go's time.Parse for RFC 3339, the shape nearly every front-matter date has; the layouts' general
 * parser is goTimeParse.ts.
 */
import { daysIn, type GoParsed } from './goTimeParse';

/**
 * parseGoLayout('2006-01-02T15:04:05Z07:00', value) for the shape nearly every front-matter date has (two-digit
 * fields, an optional fraction, `Z` or `±hh:mm`), without walking the layout; undefined for anything else, which
 * the caller then gives to parseGoLayout. A unit test holds the two equal over many strings.
 */
export function parseGoRfc3339(value: string): GoParsed | undefined {
  // `YYYY-MM-DDTHH:MM:SS`, read by character codes (a match and its ten captures cost more than the rest).
  const length = value.length;
  if (length < 20 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d || value.charCodeAt(10) !== 0x54 || value.charCodeAt(13) !== 0x3a || value.charCodeAt(16) !== 0x3a) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let at = 19;
  let nanosecond = 0;
  const mark = value.charCodeAt(at);
  if (mark === 0x2e || mark === 0x2c) {
    let end = at + 1;
    while (end < length && isDigitCode(value.charCodeAt(end))) end++;
    if (end === at + 1) return undefined;
    nanosecond = Number(value.slice(at + 1, Math.min(end, at + 10)).padEnd(9, '0'));
    at = end;
  }
  if (at === length - 1 && value.charCodeAt(at) === 0x5a) return { year, month, day, hour, minute, second, nanosecond, offsetSeconds: 0 };
  const sign = value.charCodeAt(at);
  if (at !== length - 6 || (sign !== 0x2b && sign !== 0x2d) || value.charCodeAt(at + 3) !== 0x3a) return undefined;
  const offsetHours = digitsAt(value, at + 1, 2);
  const offsetMinutes = digitsAt(value, at + 4, 2);
  if (offsetHours < 0 || offsetMinutes < 0) return undefined;
  // -00:00 is -0, as Number('-0') was: the caller tells it from +00:00 by the text, not the number.
  const offsetSeconds = (sign === 0x2d ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  return { year, month, day, hour, minute, second, nanosecond, offsetSeconds };
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The number `count` ASCII digits at `at` write; -1 when one is not a digit. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const code = value.charCodeAt(i);
    if (!isDigitCode(code)) return -1;
    n = n * 10 + (code - 0x30);
  }
  return n;
}
