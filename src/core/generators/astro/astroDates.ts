/**
 * Dates as an Astro schema makes them: a YAML timestamp (a Date) as it is; a string through `z.coerce.date()`,
 * which is JavaScript's `new Date(string)`: an ISO date alone is UTC midnight, a date-time without an offset is
 * local time (the process's zone; here the site's zone, passed in), anything with `Z` or an offset is that
 * instant; a number is epoch milliseconds. Pure: the zone comes in.
 */
import { wallToInstant, type TimeZone } from '../../timeZone';

const ISO_DATE_ONLY = /^[+-]?\d{4,6}(?:-\d\d(?:-\d\d)?)?$/;
const HAS_ZONE = /(?:\d(?:z)|[+-]\d\d:?\d\d|\b(?:gmt|utc?)\b)\s*(?:\([^)]*\))?\s*$/i;

/** What `new Date(value)` (z.coerce.date) gives, in epoch ms (NaN for an Invalid Date), read in `zone`. */
export function astroCoerceDateMs(value: unknown, zone: TimeZone): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return new Date(value).getTime();
  if (typeof value !== 'string') return Number.NaN;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return Number.NaN;
  const text = value.trim();
  if (ISO_DATE_ONLY.test(text) || HAS_ZONE.test(text)) return parsed;
  // A local time: Date.parse read it in the process's zone; take its wall clock and read that in the site's zone.
  const local = new Date(parsed);
  return wallToInstant(
    {
      year: local.getFullYear(),
      month: local.getMonth() + 1,
      day: local.getDate(),
      hour: local.getHours(),
      minute: local.getMinutes(),
      second: local.getSeconds(),
      millisecond: local.getMilliseconds(),
    },
    zone,
  );
}
