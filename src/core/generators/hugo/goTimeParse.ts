/**
 * Go 1.19's time.Parse for the layouts Hugo's date reading uses (spf13/cast 1.5.0's list): literal text must
 * match (a space matches a run of spaces), fields have Go's widths and ranges, the day must exist in its month,
 * and nothing may be left over.
 */
import { DAY_NAMES, MONTH_NAMES, nextStdChunk } from './goTime';

export interface GoParsed {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanosecond: number;
  /** Seconds east of UTC when the text had a numeric offset or Z/UTC; undefined when it had none. */
  readonly offsetSeconds?: number;
  /** A zone abbreviation the text had (e.g. "KST"). */
  readonly zoneName?: string;
}

function skip(value: string, prefix: string): string | undefined {
  let v = value;
  let p = prefix;
  while (p.length > 0) {
    if (p[0] === ' ') {
      if (v.length > 0 && v[0] !== ' ') return undefined;
      p = p.replace(/^ +/, '');
      v = v.replace(/^ +/, '');
      continue;
    }
    if (v.length === 0 || v[0] !== p[0]) return undefined;
    p = p.slice(1);
    v = v.slice(1);
  }
  return v;
}

/** The layouts' chunks, split once: a site's every date goes through the same few layouts. */
const chunks = new Map<string, ReturnType<typeof nextStdChunk>>();

function chunkOf(layout: string): ReturnType<typeof nextStdChunk> {
  let split = chunks.get(layout);
  if (split === undefined) {
    split = nextStdChunk(layout);
    if (chunks.size > 1024) chunks.clear();
    chunks.set(layout, split);
  }
  return split;
}

const isDigit = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;

/** getnum: one or two digits; `fixed` demands two. */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

function lookupName(names: readonly string[], value: string, length?: number): [number, string] | undefined {
  for (let i = 0; i < names.length; i++) {
    const name = length === undefined ? (names[i] ?? '') : (names[i] ?? '').slice(0, length);
    if (value.length >= name.length && value.slice(0, name.length).toLowerCase() === name.toLowerCase()) {
      return [i, value.slice(name.length)];
    }
  }
  return undefined;
}

// Go's parseTimeZone: how long a zone abbreviation at the start of value is (0 = none).
function zoneLength(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) {
    const m = /^GMT([+-]\d{1,2})?/.exec(value);
    const sign = m?.[1];
    if (sign !== undefined && (Number(sign) < -23 || Number(sign) > 23)) return 3;
    return m ? m[0].length : 3;
  }
  if (value[0] === '+' || value[0] === '-') {
    const m = /^[+-]\d{1,2}/.exec(value);
    return m && Math.abs(Number(m[0])) <= 23 ? m[0].length : 0;
  }
  let upper = 0;
  while (upper < 6 && upper < value.length && /[A-Z]/.test(value.charAt(upper))) upper++;
  if (upper === 3) return 3;
  if (upper === 4) return value[3] === 'T' || value.startsWith('WITA') ? 4 : 0;
  if (upper === 5) return value[4] === 'T' ? 5 : 0;
  return 0;
}

/** Days in a month of a (proleptic Gregorian) year. */
export function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseFraction(value: string, length: number): number | undefined {
  if (value[0] !== '.' && value[0] !== ',') return undefined;
  const digits = value.slice(1, Math.min(length, 10));
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits.padEnd(9, '0'));
}

/** Parses `value` with a Go layout; undefined where Go returns an error. */
export function parseGoLayout(layout: string, value: string): GoParsed | undefined {
  let v = value;
  let rest = layout;
  let year = 0;
  let month = -1;
  let day = -1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanosecond = 0;
  let pm: boolean | undefined;
  let offsetSeconds: number | undefined;
  let zoneName: string | undefined;
  // A literal Z or a "UTC" zone name puts the time in UTC whatever offset was also written.
  let utc = false;
  for (;;) {
    const split = chunkOf(rest);
    const after = skip(v, split.prefix);
    if (after === undefined) return undefined;
    v = after;
    if (split.chunk === undefined) break;
    rest = split.suffix;
    let n: [number, string] | undefined;
    switch (split.chunk) {
      case '2006':
        if (v.length < 4 || !isDigit(v, 0) || !/^\d{4}/.test(v)) return undefined;
        year = Number(v.slice(0, 4));
        v = v.slice(4);
        continue;
      case '06':
        if (!/^\d{2}/.test(v)) return undefined;
        year = Number(v.slice(0, 2));
        year += year >= 69 ? 1900 : 2000;
        v = v.slice(2);
        continue;
      case 'Jan':
      case 'January':
        n = lookupName(MONTH_NAMES, v, split.chunk === 'Jan' ? 3 : undefined);
        if (!n) return undefined;
        month = n[0] + 1;
        v = n[1];
        continue;
      case 'Mon':
      case 'Monday':
        n = lookupName(DAY_NAMES, v, split.chunk === 'Mon' ? 3 : undefined);
        if (!n) return undefined;
        v = n[1];
        continue;
      case '01':
      case '1':
        n = getnum(v, split.chunk === '01');
        if (!n || n[0] < 1 || n[0] > 12) return undefined;
        [month, v] = n;
        continue;
      case '02':
      case '_2':
      case '2':
        if (split.chunk === '_2' && v[0] === ' ') v = v.slice(1);
        n = getnum(v, split.chunk === '02');
        if (!n || n[0] > 31) return undefined;
        [day, v] = n;
        continue;
      case '15':
        n = getnum(v, false);
        if (!n || n[0] > 23) return undefined;
        [hour, v] = n;
        continue;
      case '3':
      case '03':
        n = getnum(v, split.chunk === '03');
        if (!n || n[0] > 12) return undefined;
        [hour, v] = n;
        continue;
      case '04':
      case '4':
        n = getnum(v, split.chunk === '04');
        if (!n || n[0] > 59) return undefined;
        [minute, v] = n;
        continue;
      case '05':
      case '5': {
        n = getnum(v, split.chunk === '05');
        if (!n || n[0] > 59) return undefined;
        [second, v] = n;
        // A fraction the layout does not mention is still read.
        const next = chunkOf(rest);
        if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1) && !(next.prefix === '' && (next.chunk === 'frac0' || next.chunk === 'frac9'))) {
          let end = 2;
          while (isDigit(v, end)) end++;
          nanosecond = parseFraction(v, end) ?? 0;
          v = v.slice(end);
        }
        continue;
      }
      case 'PM':
      case 'pm': {
        const word = v.slice(0, 2);
        const [am, p] = split.chunk === 'PM' ? ['AM', 'PM'] : ['am', 'pm'];
        if (word !== am && word !== p) return undefined;
        pm = word === p;
        v = v.slice(2);
        continue;
      }
      case 'frac0': {
        const digits = split.digits ?? 0;
        if (v.length < digits + 1) return undefined;
        const f = parseFraction(v, digits + 1);
        if (f === undefined) return undefined;
        nanosecond = f;
        v = v.slice(digits + 1);
        continue;
      }
      case 'frac9': {
        if (v.length < 2 || (v[0] !== '.' && v[0] !== ',') || !isDigit(v, 1)) continue;
        let i = 0;
        while (i < 9 && isDigit(v, i + 1)) i++;
        nanosecond = parseFraction(v, i + 1) ?? 0;
        v = v.slice(i + 1);
        continue;
      }
      case 'MST': {
        if (v.startsWith('UTC')) {
          utc = true;
          zoneName = 'UTC';
          v = v.slice(3);
          continue;
        }
        const length = zoneLength(v);
        if (length === 0) return undefined;
        zoneName = v.slice(0, length);
        v = v.slice(length);
        continue;
      }
      case '__2':
      case '002':
        // Day-of-year layouts are not among the formats Hugo tries.
        return undefined;
      case '-070000':
      case '-07:00:00':
      case '-0700':
      case '-07:00':
      case '-07':
      case 'Z070000':
      case 'Z07:00:00':
      case 'Z0700':
      case 'Z07:00':
      case 'Z07': {
        // Numeric zones: -0700, -07:00, -07 (and Z… forms, which also take a literal Z).
        const chunk = split.chunk;
        if (chunk.startsWith('Z') && v[0] === 'Z') {
          utc = true;
          v = v.slice(1);
          continue;
        }
        const shape = chunk.slice(1).replace(/\d/g, 'd');
        if (v.length < shape.length + 1 || (v[0] !== '+' && v[0] !== '-')) return undefined;
        const text = v.slice(1, shape.length + 1);
        for (let i = 0; i < shape.length; i++) {
          if (shape[i] === ':' ? text[i] !== ':' : !isDigit(text, i)) return undefined;
        }
        const digits = text.replace(/:/g, '');
        const seconds = Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || '0') * 60 + Number(digits.slice(4, 6) || '0');
        offsetSeconds = v[0] === '-' ? -seconds : seconds;
        v = v.slice(shape.length + 1);
        continue;
      }
    }
  }
  if (v !== '') return undefined;
  if (pm === true && hour < 12) hour += 12;
  else if (pm === false && hour === 12) hour = 0;
  if (month < 0) month = 1;
  if (day < 0) day = 1;
  if (day < 1 || day > daysIn(month, year)) return undefined;
  if (utc) offsetSeconds = 0;
  const base = { year, month, day, hour, minute, second, nanosecond };
  if (offsetSeconds === undefined && zoneName === undefined) return base;
  if (offsetSeconds === undefined) return { ...base, zoneName: zoneName ?? '' };
  return zoneName === undefined ? { ...base, offsetSeconds } : { ...base, offsetSeconds, zoneName };
}
