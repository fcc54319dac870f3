/**
 * A Hexo post's date as Hexo 8.1.2 decides it (lib/plugins/processor/post.ts, common.ts; hexo-front-matter 4.2.1):
 * 1. front-matter `date`, when truthy: a YAML timestamp (a Date, parsed as UTC by js-yaml) is taken as the wall clock
 *    of its UTC fields in the machine's zone (hexo-front-matter adds getTimezoneOffset); anything else goes through
 *    JavaScript's `new Date(value)` (ISO date-only strings are UTC, other strings the machine's local time);
 * 2. else the date in the file name, when `new_post_name` has :year, :month/:i_month and :day/:i_day (local midnight);
 * 3. with a date from 1 or 2 and `timezone` set, the instant is moved so that its machine wall clock is read in
 *    `timezone` instead (adjustDateForTimezone);
 * 4. else the file's birth time. An unreadable date (NaN) skips 2 and lands here too.
 * The machine's zone is passed in (Hexo runs in the process's TZ); nothing here reads the clock or the machine.
 */
import { fileTimeMs, type FileTime } from '../../fileTime';
import { wallToInstant, wallToUtcMs, type TimeZone, type WallClock } from '../../timeZone';
import { jsString, jsTruthy } from './hexoValues';

export type HexoDateSource = 'frontMatter' | 'fileName' | 'fileTime';

export interface HexoDate {
  readonly epochMs: number;
  readonly source: HexoDateSource;
  /** The front-matter value JavaScript reads but this reader does not (then the file time stands in). */
  readonly unread?: string;
}

const ISO = /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
// The forms V8's legacy parser is mostly met with in front matter: 2013/7/13 20:46:25, 2019-01-11 22:13, with an
// optional zone (Z, UTC, GMT, +0900, +09:00).
const LEGACY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?[ ]*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/**
 * JavaScript's local time → instant (ES LocalTime): in an overlap the earlier instant, in a gap the time moved
 * forward by the gap (as wallToInstant does too).
 */
export function jsLocalToInstant(wall: WallClock, zone: TimeZone): number {
  const asUtc = wallToUtcMs(wall);
  const fits = [zone.offsetMinutesAt(asUtc - 86_400_000), zone.offsetMinutesAt(asUtc + 86_400_000)]
    .map((offset) => ({ offset, instant: asUtc - Math.round(offset * 60_000) }))
    .filter(({ offset, instant }) => zone.offsetMinutesAt(instant) === offset)
    .map(({ instant }) => instant);
  return fits.length > 0 ? Math.min(...fits) : wallToInstant(wall, zone);
}

function zoneMinutes(text: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (m === null) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function fraction(text: string | undefined): number {
  return text === undefined ? 0 : Math.floor(Number(`0.${text}`) * 1000);
}

/** `new Date(text).getTime()` for the forms above, in the machine's zone; undefined for what is not read here. */
export function jsDateParse(text: string, machine: TimeZone): number | undefined {
  // V8 tries the ES format on the text as it is, and its legacy parser (which skips spaces) after.
  const s = text.trim();
  const iso = ISO.exec(text);
  if (iso !== null) {
    const [, y, mo, d, h, mi, sec, ms, zone] = iso;
    const wall = { year: Number(y), month: Number(mo ?? 1), day: Number(d ?? 1), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(sec ?? 0), millisecond: fraction(ms) };
    if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 24 || wall.minute > 59 || wall.second > 59) return undefined;
    // ES: a date-only form is UTC, a date-time form without an offset is local time.
    if (h === undefined) return wallToUtcMs(wall);
    if (zone !== undefined) return wallToUtcMs(wall) - zoneMinutes(zone) * 60_000;
    return jsLocalToInstant(wall, machine);
  }
  const legacy = LEGACY.exec(s);
  if (legacy !== null) {
    const [, y, mo, d, h, mi, sec, ms, zone] = legacy;
    const wall = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(sec ?? 0), millisecond: fraction(ms) };
    if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 24 || wall.minute > 59 || wall.second > 59) return undefined;
    if (zone !== undefined) return wallToUtcMs(wall) - zoneMinutes(zone) * 60_000;
    return jsLocalToInstant(wall, machine);
  }
  return undefined;
}

/** hexo-front-matter's shift of a top-level YAML Date: its UTC fields become the machine's wall clock. */
function yamlDateInstant(date: Date, machine: TimeZone): number {
  const t = date.getTime();
  return t - Math.round(machine.offsetMinutesAt(t) * 60_000);
}

/** adjustDateForTimezone: moves the instant by the difference of the machine's offset and the zone's, both at it. */
export function adjustForTimezone(ms: number, machine: TimeZone, zone: TimeZone): number {
  const diffMinutes = zone.offsetMinutesAt(ms) - machine.offsetMinutesAt(ms);
  return ms - Math.round(diffMinutes * 60_000);
}

export interface HexoDateInput {
  readonly value: unknown;
  /** The tokens the file name matched `new_post_name` with (year, month, i_month, day, i_day…). */
  readonly fileName: Readonly<Record<string, string>>;
  /** The file's modification time: the seam has no birth time, which is what Hexo uses; see hexoClassify. */
  readonly fileTimeMs: FileTime;
  readonly machine: TimeZone;
  readonly siteZone: TimeZone | undefined;
}

export function hexoPostDate(input: HexoDateInput): HexoDate {
  const { value, fileName, machine, siteZone } = input;
  let ms: number | undefined;
  let source: HexoDateSource = 'frontMatter';
  let unread: string | undefined;
  if (jsTruthy(value)) {
    if (value instanceof Date) ms = Number.isNaN(value.getTime()) ? undefined : yamlDateInstant(value, machine);
    else if (typeof value === 'number' || typeof value === 'boolean') ms = Number(value);
    else if (typeof value === 'string') {
      ms = jsDateParse(value, machine);
      if (ms === undefined) unread = value;
    } else unread = jsString(value);
    if (ms !== undefined && (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)) ms = undefined;
  } else {
    const year = fileName['year'];
    const month = fileName['month'] ?? fileName['i_month'];
    const day = fileName['day'] ?? fileName['i_day'];
    if (jsTruthy(year) && jsTruthy(month) && jsTruthy(day)) {
      // new Date(year, month - 1, day): local midnight, the day and month rolling over as JavaScript's do.
      ms = jsLocalToInstant({ year: Number(year), month: parseInt(month ?? '', 10), day: parseInt(day ?? '', 10), hour: 0, minute: 0, second: 0, millisecond: 0 }, machine);
      source = 'fileName';
      if (Number.isNaN(ms)) ms = undefined;
    }
  }
  if (ms === undefined) return { epochMs: fileTimeMs(input.fileTimeMs), source: 'fileTime', ...(unread === undefined ? {} : { unread }) };
  return { epochMs: siteZone === undefined ? ms : adjustForTimezone(ms, machine, siteZone), source };
}
