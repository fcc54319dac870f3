/** Dates Postcraft writes into posts, in the site's time zone, in the format the file already uses. */
import { wallClockAt, type TimeZone } from '../timeZone';

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

function parts(epochMs: number, zone: TimeZone): { date: string; time: string; offset: (colon: boolean) => string } {
  const w = wallClockAt(epochMs, zone);
  const offset = Math.round(zone.offsetMinutesAt(epochMs));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return {
    date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`,
    offset: (colon) => `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`,
  };
}

/** `YYYY-MM-DD` of the instant in the zone (for post file names). */
export function dayInZone(epochMs: number, zone: TimeZone): string {
  return parts(epochMs, zone).date;
}

/** Jekyll's usual `date:` form, `2024-03-05 10:20:30 +0900`. */
export function jekyllTimestamp(epochMs: number, zone: TimeZone): string {
  const p = parts(epochMs, zone);
  return `${p.date} ${p.time} ${p.offset(false)}`;
}

/**
 * The instant written like `existing` (a date only; ISO with `T`; a space and `+0900` or `+09:00`), or ISO 8601
 * (`2025-02-03T14:20:00+09:00`, as Minimal Mistakes documents `last_modified_at`) when there is nothing to follow.
 * The offset is always written: without one Jekyll would read the time as UTC.
 */
export function timestampLike(existing: string | undefined, epochMs: number, zone: TimeZone): string {
  const p = parts(epochMs, zone);
  const e = existing?.trim() ?? '';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(e)) return p.date;
  const offsetColon = /[+-]\d{2}:\d{2}\s*$/.test(e) || !/[+-]\d{4}\s*$/.test(e);
  const time = /\d{1,2}:\d{2}:\d{2}/.test(e) || e === '' ? p.time : p.time.slice(0, 5);
  if (e !== '' && !/\d[Tt]\d/.test(e)) return `${p.date} ${time} ${p.offset(offsetColon && /:\d{2}\s*$/.test(e))}`;
  return `${p.date}T${time}${p.offset(offsetColon)}`;
}
