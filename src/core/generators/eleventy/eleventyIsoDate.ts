/**
 * Luxon's `DateTime.fromISO(text, { zone: "utc" })` as Eleventy 3.1.8 uses it for a string `date`: calendar
 * (`2024-03-05`, `20240305`, `2024-03`, `2024`, `+002024-03-05`), ordinal (`2024-065`) and week (`2024-W10-2`) dates, an optional
 * `T` time (`10`, `10:20`, `1020`, `10:20:30.5`, `,5`) and offset (`Z`, `+09`, `+0900`, `+09:00`); no offset is UTC.
 * A space in place of the `T` is not ISO to Luxon (Eleventy then stops the build). Measured against Luxon 3.
 */

export type IsoParse = { readonly ok: true; readonly epochMs: number } | { readonly ok: false; readonly reason: 'invalid' | 'timeOnly' };

const ISO = /^(\d{4}|[+-]\d{6})(?:(?:-(\d{2})(?:-(\d{2}))?)|(\d{2})(\d{2})|-(\d{3})|-?W(\d{2})(?:-?(\d))?)?(?:[Tt](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoWeekStart(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * 86_400_000;
}

function offsetMinutes(text: string | undefined): number | undefined {
  if (text === undefined || text === 'Z' || text === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (m === null) return undefined;
  // Luxon takes any two digits here (`+99:99` included).
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Parses `text` as Luxon's fromISO does in UTC. */
export function parseLuxonIso(text: string): IsoParse {
  // A time alone is today's date to Luxon: it depends on the day the site is built.
  if (/^T?\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/.test(text)) return { ok: false, reason: 'timeOnly' };
  const m = ISO.exec(text);
  if (m === null) return { ok: false, reason: 'invalid' };
  const year = Number(m[1]);
  let dayMs: number;
  if (m[6] !== undefined) {
    const ordinal = Number(m[6]);
    const days = Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1);
    if (ordinal < 1 || ordinal > days / 86_400_000) return { ok: false, reason: 'invalid' };
    dayMs = Date.UTC(year, 0, 1) + (ordinal - 1) * 86_400_000;
  } else if (m[7] !== undefined) {
    const week = Number(m[7]);
    const weekday = Number(m[8] ?? '1');
    const weeks = (isoWeekStart(year + 1) - isoWeekStart(year)) / (7 * 86_400_000);
    if (week < 1 || week > weeks || weekday < 1 || weekday > 7) return { ok: false, reason: 'invalid' };
    dayMs = isoWeekStart(year) + ((week - 1) * 7 + weekday - 1) * 86_400_000;
  } else {
    const month = Number(m[2] ?? m[4] ?? '1');
    const day = Number(m[3] ?? m[5] ?? '1');
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'invalid' };
    dayMs = Date.UTC(year, month - 1, day);
    // Date.UTC reads years 0-99 as 1900-1999.
    if (year < 100) dayMs = new Date(dayMs).setUTCFullYear(year);
  }
  const hour = Number(m[9] ?? '0');
  const minute = Number(m[10] ?? '0');
  const second = Number(m[11] ?? '0');
  const ms = m[12] === undefined ? 0 : Math.floor(Number(`0.${m[12]}`) * 1000);
  // 24:00 is the end of the day (the next day's midnight); no other time past 23:59:59.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && ms === 0;
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return { ok: false, reason: 'invalid' };
  const offset = offsetMinutes(m[13]);
  if (offset === undefined) return { ok: false, reason: 'invalid' };
  return { ok: true, epochMs: dayMs + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms };
}
