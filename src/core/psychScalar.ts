/**
 * What Ruby's Psych 4 (YAML 1.1, used by Jekyll) makes of a plain, untagged scalar.
 * A port of the rules in psych/scalar_scanner.rb `tokenize`, written for this project.
 * Timestamps stay strings, written as Ruby's `Time#to_s` / `Date#to_s` would print them, because Jekyll
 * reads `date` back with `Time.parse(value.to_s)`; Jekyll's time zone is applied later (dates.ts).
 */

export type PlainScalar =
  | { readonly type: 'str' }
  | { readonly type: 'null' }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'number'; readonly value: number }
  /** Psych Time: `value` is Ruby's to_s ("2024-03-05 10:20:30 +0900", or "... UTC" when no zone was written). */
  | { readonly type: 'time'; readonly value: string; readonly zoned: boolean }
  /** Psych Date: `value` is "YYYY-MM-DD". */
  | { readonly type: 'date'; readonly value: string }
  /** A Ruby symbol (`:foo`): Jekyll's safe_load refuses the whole file. */
  | { readonly type: 'symbol' };

const STR: PlainScalar = { type: 'str' };
const NULL: PlainScalar = { type: 'null' };
const TRUE: PlainScalar = { type: 'bool', value: true };
const FALSE: PlainScalar = { type: 'bool', value: false };

// Ruby \s is ASCII only; [[:alpha:]] is Unicode Alphabetic.
const WORDISH = /^[^\d.:-]?[\p{Alphabetic}_ \t\r\n\f\v!@#$%^&*(){}<>|/\\~;=]+/u;
const TIME =
  /^-?(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t\r\n\f\v]+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t\r\n\f\v]*(Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const FLOAT = /^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?)$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;

/**
 * True when `s` starts with an ASCII letter or a Hangul syllable, which WORDISH always matches: most plain
 * scalars of front matter (titles, names) are decided without the Unicode property regex.
 */
function startsWordish(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xac00 && c <= 0xd7a3);
}

/** Classifies a plain scalar the way Psych's ScalarScanner does. */
export function classifyPlainScalar(s: string): PlainScalar {
  if (s === '') return NULL;
  if (startsWordish(s) || WORDISH.test(s) || s.includes('\n')) {
    if (s.length > 5) return STR;
    if (/^[^ytonf~]/i.test(s)) return STR;
    if (s === '~' || /^null$/i.test(s)) return NULL;
    if (/^(yes|true|on)$/i.test(s)) return TRUE;
    if (/^(no|false|off)$/i.test(s)) return FALSE;
    return STR;
  }
  const time = TIME.exec(s);
  if (time) return parseTime(s, time) ?? STR;
  const date = DATE.exec(s);
  if (date) return validDate(date) ?? STR;
  if (/^\+?\.inf$/i.test(s)) return { type: 'number', value: Infinity };
  if (/^-\.inf$/i.test(s)) return { type: 'number', value: -Infinity };
  if (/^\.nan$/i.test(s)) return { type: 'number', value: NaN };
  if (/^:./.test(s)) return { type: 'symbol' };
  if (SEXAGESIMAL_INT.test(s)) return { type: 'number', value: sexagesimal(s, (n) => rubyToI(n)) };
  if (SEXAGESIMAL_FLOAT.test(s)) return { type: 'number', value: sexagesimal(s, (n) => rubyToF(n)) };
  if (FLOAT.test(s)) {
    if (/^[-+]?\.$/.test(s)) return STR;
    const value = Number(s.replace(/[,_]|\.([Ee]|$)/g, '$1'));
    return Number.isNaN(value) ? STR : { type: 'number', value };
  }
  if (INTEGER.test(s)) {
    const value = parseRubyInteger(s.replace(/[,_]/g, ''));
    return value === undefined ? STR : { type: 'number', value };
  }
  return STR;
}

// Psych: each part times 60 ** |index - 2| (so "10:30" is 37800, as Psych really computes it).
function sexagesimal(s: string, toNumber: (part: string) => number): number {
  let total = 0;
  s.split(':').forEach((part, index) => {
    total += toNumber(part) * 60 ** Math.abs(index - 2);
  });
  return total;
}

function rubyToI(part: string): number {
  const m = /^[-+]?\d[\d_]*/.exec(part);
  return m ? Number.parseInt(m[0].replace(/_/g, ''), 10) : 0;
}

function rubyToF(part: string): number {
  const m = /^[-+]?\d[\d_]*(\.\d*)?/.exec(part);
  return m ? Number.parseFloat(m[0].replace(/_/g, '')) : 0;
}

function parseRubyInteger(s: string): number | undefined {
  const m = /^([-+]?)(0b|0x|0(?=[0-7])|)(.*)$/i.exec(s);
  if (!m || m[3] === undefined || m[3] === '') return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const prefix = (m[2] ?? '').toLowerCase();
  const radix = prefix === '0b' ? 2 : prefix === '0x' ? 16 : prefix === '0' ? 8 : 10;
  const digits = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : radix === 2 ? /^[01]+$/ : /^\d+$/;
  if (!digits.test(m[3])) return undefined;
  const value = sign * Number.parseInt(m[3], radix);
  return value === 0 ? 0 : value; // Ruby has no -0 integer
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function validDate(m: RegExpExecArray): PlainScalar | undefined {
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || d < 1) return undefined;
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return { type: 'date', value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}` };
}

function parseTime(s: string, m: RegExpExecArray): PlainScalar | undefined {
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number, number, number, number, number, number,
  ];
  // Ruby's Time.utc range checks (Feb 30 rolls over, day 32 does not).
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return undefined;
  if (h === 24 && (mi !== 0 || sec !== 0)) return undefined;
  const negativeYear = s.startsWith('-');
  const zone = m[8];
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const z = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(zone);
    if (!z || z[1] === undefined) return undefined;
    const hours = Number(z[1]);
    const minutes = Number(z[2] ?? 0);
    // Psych adds the minutes unless the hours are negative, so "-00:30" is +00:30 there too.
    offsetMinutes = hours * 60 + (hours < 0 ? -minutes : minutes);
    if (Math.abs(offsetMinutes) >= 24 * 60) return undefined;
  }
  const wall = new Date(Date.UTC(2000, mo - 1, d, h, mi, sec));
  wall.setUTCFullYear(negativeYear ? -y : y);
  const date = `${wall.getUTCFullYear() < 0 ? '-' : ''}${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const clock = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  if (zone === undefined || zone === 'Z') {
    return { type: 'time', value: `${date} ${clock} UTC`, zoned: zone !== undefined };
  }
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return { type: 'time', value: `${date} ${clock} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`, zoned: true };
}
