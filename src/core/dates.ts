/**
 * Jekyll's dates: `Utils.parse_date(value.to_s)` is Ruby's `Time.parse(...).localtime` with TZ set to the
 * site's zone. A written offset is honoured; no offset (or one Ruby does not understand, such as
 * "+/-0900", "0900" or "KST") means the site's wall clock. Unquoted YAML timestamps without a zone were
 * already made UTC by the YAML layer (psychScalar.ts), as Psych does.
 */
import { wallClockAt, wallToInstant, wallToUtcMs } from './timeZone';
import type { TimeZone, WallClock } from './timeZone';

export interface JekyllDate {
  readonly epochMs: number;
  /** Offset of the site's zone at that instant, in minutes. */
  readonly offsetMinutes: number;
  /** ISO 8601 in the site's zone, e.g. "2024-03-05T10:20:30+09:00" (milliseconds only when not zero). */
  readonly iso: string;
}

export type DateResult = { readonly ok: true; readonly date: JekyllDate } | { readonly ok: false; readonly message: string };

// Ruby's Time::ZoneOffset (time.rb), without the military letters other than Z.
const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const NUMERIC_DATE = /^(-?\d{2,4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])(.*)$/s;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})(.*)$/s;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/s;
const TIME_PART = /^(?:[Tt]|\s*)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?(.*)$/s;
const NUMERIC_ZONE = /^([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/;

function pad(n: number, width = 2): string {
  return String(Math.abs(Math.trunc(n))).padStart(width, '0');
}

/** "00" to "99": most fields of a date take their two digits from here instead of making them. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function pad2(n: number): string {
  return TWO_DIGITS[n] ?? pad(n);
}

/** ISO 8601 of an instant shown at a given offset. */
export function formatIso(epochMs: number, offsetMinutes: number): string {
  const roundedOffset = Math.round(offsetMinutes);
  const d = new Date(epochMs + roundedOffset * 60_000);
  const year = d.getUTCFullYear();
  const ms = d.getUTCMilliseconds();
  const sign = roundedOffset < 0 ? '-' : '+';
  const abs = Math.abs(roundedOffset);
  return (
    `${year < 0 ? '-' : ''}${year >= 1000 && year <= 9999 ? String(year) : pad(year, 4)}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

/** The JekyllDate of an instant in the site's zone (used for drafts dated by mtime). */
export function jekyllDateAt(epochMs: number, zone: TimeZone): JekyllDate {
  const offsetMinutes = zone.offsetMinutesAt(epochMs);
  return { epochMs, offsetMinutes, iso: formatIso(epochMs, offsetMinutes) };
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function expandYear(text: string): number {
  const y = Number(text);
  // Ruby's Date._parse completes two-digit years: 69..99 -> 19xx, 00..68 -> 20xx.
  if (/^\d{2}$/.test(text)) return y >= 69 ? 1900 + y : 2000 + y;
  return y;
}

function readZone(rest: string): number | undefined {
  const t = rest.trim();
  if (t === '') return undefined;
  const numeric = NUMERIC_ZONE.exec(t);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const word = /^[A-Za-z]+/.exec(t);
  if (word) return ZONE_ABBREVIATIONS[word[0].toUpperCase()];
  return undefined;
}

/** Parses a Jekyll date value (front matter `date`, file-name date) in the site's zone. */
export function parseJekyllDate(input: string, zone: TimeZone): DateResult {
  const text = input.trim();
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const numeric = NUMERIC_DATE.exec(text);
  const dmy = numeric ? null : DAY_MONTH_YEAR.exec(text);
  const mdy = numeric || dmy ? null : MONTH_DAY_YEAR.exec(text);
  if (numeric) {
    year = expandYear(numeric[1] ?? '');
    month = Number(numeric[2]);
    day = Number(numeric[3]);
    rest = numeric[4] ?? '';
  } else if (dmy) {
    day = Number(dmy[1]);
    month = monthIndex(dmy[2] ?? '');
    year = Number(dmy[3]);
    rest = dmy[4] ?? '';
  } else if (mdy) {
    month = monthIndex(mdy[1] ?? '');
    day = Number(mdy[2]);
    year = Number(mdy[3]);
    rest = mdy[4] ?? '';
  } else {
    return { ok: false, message: `"${input}" is not a date Jekyll can read (use YYYY-MM-DD HH:MM:SS +0900)` };
  }
  return dateFromFields(input, year, month, day, rest, zone);
}

/** The rest of parseJekyllDate once the day is read: the time and zone that may follow it, then the instant. */
function dateFromFields(input: string, year: number, month: number, day: number, rest: string, zone: TimeZone): DateResult {
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  const time = rest === '' ? null : TIME_PART.exec(rest);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    millisecond = Math.floor(Number(`0.${time[4] ?? '0'}`) * 1000);
    rest = time[5] ?? '';
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
    return { ok: false, message: `"${input}" is not a valid date (a field is out of range)` };
  }
  const offset = rest === '' ? undefined : readZone(rest);
  if (offset !== undefined && Math.abs(offset) >= 24 * 60) {
    return { ok: false, message: `"${input}" has an offset out of range` };
  }
  const wall: WallClock = { year, month, day, hour, minute, second, millisecond };
  const epochMs = offset === undefined ? wallToInstant(wall, zone) : wallToUtcMs(wall) - offset * 60_000;
  if (!Number.isFinite(epochMs)) return { ok: false, message: `"${input}" is out of range` };
  return { ok: true, date: jekyllDateAt(epochMs, zone) };
}

// Jekyll's Document::DATE_FILENAME_MATCHER.
const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$/s;

export interface FileNameDate {
  /** The date as written, e.g. "2024-1-2". */
  readonly date: string;
  /** The rest of the name without the extension (Jekyll's slug before clean-up). */
  readonly slug: string;
  /** The extension with its dot. */
  readonly ext: string;
}

/** Whether a post path has a date in its name (matchDatedFileName without making the parts). */
export function hasDatedFileName(path: string): boolean {
  return DATE_FILENAME.test(path);
}

/**
 * parseJekyllDate of a file name's date (FileNameDate.date, digits and two hyphens): the same result without
 * matching the text against every form a date may be written in.
 */
export function parseFileNameDate(date: string, zone: TimeZone): DateResult {
  const first = date.indexOf('-');
  const second = date.indexOf('-', first + 1);
  const yearText = date.slice(0, first);
  return dateFromFields(date, expandYear(yearText), Number(date.slice(first + 1, second)), Number(date.slice(second + 1)), '', zone);
}

/** Splits a post path the way Jekyll's DATE_FILENAME_MATCHER does; undefined when the name has no date. */
export function matchDatedFileName(path: string): FileNameDate | undefined {
  const m = DATE_FILENAME.exec(path);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return undefined;
  return { date: m[1], slug: m[2], ext: m[3] };
}

/** The wall clock of a JekyllDate in the site's zone (for permalinks). */
export function wallClockOf(date: JekyllDate, zone: TimeZone): WallClock {
  return wallClockAt(date.epochMs, zone);
}
