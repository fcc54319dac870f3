/**
 * An IANA time zone, backed by Intl. Created once by the caller (the clock and zone are passed in,
 * never read from the machine here) and handed to whatever needs wall-clock fields.
 */

export interface TimeZone {
  readonly name: string;
  /** Offset from UTC in minutes at the instant (may be fractional for old local mean times). */
  offsetMinutesAt(epochMs: number): number;
}

export interface WallClock {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

export type TimeZoneResult =
  | { readonly ok: true; readonly zone: TimeZone }
  | { readonly ok: false; readonly zone: TimeZone; readonly message: string };

// Zone transitions fall on quarter hours of UTC.
const BUCKET_MS = 900_000;
/**
 * About 12.4 days. A span whose start, middle and end share one offset is taken to have it throughout: two
 * transitions that cancel out within 6 days do not occur in the time zone database.
 */
const SPAN_MS = 2 ** 30;

class IntlTimeZone implements TimeZone {
  private readonly format: Intl.DateTimeFormat;
  // Offsets are constant for long stretches: remember them per span, and per quarter hour around a transition.
  private readonly cache = new Map<number, number>();
  private readonly spans = new Map<number, number | null>();
  private lastSpan = Number.NaN;
  private lastSteady: number | null = null;

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  offsetMinutesAt(epochMs: number): number {
    const span = Math.floor(epochMs / SPAN_MS);
    // Posts come in date order more often than not, and a post's date is asked about several times: the last span
    // answers most questions without a map lookup.
    if (span === this.lastSpan) return this.lastSteady ?? this.offsetAtQuarter(epochMs);
    let steady = this.spans.get(span);
    if (steady === undefined) {
      const start = span * SPAN_MS;
      const first = this.offsetAtQuarter(start);
      steady = this.offsetAtQuarter(start + SPAN_MS / 2) === first && this.offsetAtQuarter(start + SPAN_MS) === first ? first : null;
      if (this.spans.size > 50_000) this.spans.clear();
      this.spans.set(span, steady);
    }
    this.lastSpan = span;
    this.lastSteady = steady;
    return steady ?? this.offsetAtQuarter(epochMs);
  }

  private offsetAtQuarter(epochMs: number): number {
    const hourKey = Math.floor(epochMs / BUCKET_MS);
    const cached = this.cache.get(hourKey);
    if (cached !== undefined) return cached;
    const probe = hourKey * BUCKET_MS;
    const fields: Record<string, number> = {};
    let bc = false;
    for (const part of this.format.formatToParts(new Date(probe))) {
      if (part.type === 'era') bc = part.value.startsWith('B');
      else if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const year = bc ? 1 - (fields['year'] ?? 0) : (fields['year'] ?? 1970);
    const wall = wallToUtcMs({
      year,
      month: fields['month'] ?? 1,
      day: fields['day'] ?? 1,
      hour: fields['hour'] ?? 0,
      minute: fields['minute'] ?? 0,
      second: fields['second'] ?? 0,
      millisecond: 0,
    });
    const offset = (wall - probe) / 60_000;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(hourKey, offset);
    return offset;
  }
}

const UTC_ZONE: TimeZone = { name: 'UTC', offsetMinutesAt: () => 0 };

/** Makes a zone from an IANA name; an unknown name gives UTC and a message (Jekyll's TZ would also fall back to UTC). */
export function createTimeZone(name: string): TimeZoneResult {
  if (name === 'UTC' || name === 'Etc/UTC') return { ok: true, zone: UTC_ZONE };
  try {
    return { ok: true, zone: new IntlTimeZone(name) };
  } catch {
    return { ok: false, zone: UTC_ZONE, message: `unknown time zone "${name}"; UTC is used` };
  }
}

/** The wall clock of an instant in a zone. */
export function wallClockAt(epochMs: number, zone: TimeZone): WallClock {
  const offset = zone.offsetMinutesAt(epochMs);
  const d = new Date(epochMs + Math.round(offset * 60_000));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Wall fields as if UTC (fields may overflow: day 30 of February rolls into March, as Ruby's Time does). */
export function wallToUtcMs(w: WallClock): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

/**
 * The instant of a wall-clock time in a zone. In a gap (spring forward) the offset from before the gap
 * is used, so 02:30 becomes 03:30; in an overlap (fall back) the later instant wins. Both are what
 * Jekyll 4.3.1 (Ruby Time.local with TZ set) was seen to do.
 */
export function wallToInstant(w: WallClock, zone: TimeZone): number {
  const asUtc = wallToUtcMs(w);
  const before = zone.offsetMinutesAt(asUtc - 86_400_000);
  const after = zone.offsetMinutesAt(asUtc + 86_400_000);
  // The later of the instants that the neighbour offsets give and that keep their offset (no lists: every
  // dated post comes here).
  const byBefore = asUtc - Math.round(before * 60_000);
  const byAfter = asUtc - Math.round(after * 60_000);
  const beforeFits = zone.offsetMinutesAt(byBefore) === before;
  const afterFits = before !== after && zone.offsetMinutesAt(byAfter) === after;
  if (beforeFits || afterFits) return beforeFits && afterFits ? Math.max(byBefore, byAfter) : beforeFits ? byBefore : byAfter;
  // Neither neighbour offset fits: either a gap, or the offset changed within the day.
  const direct = asUtc - Math.round(zone.offsetMinutesAt(asUtc) * 60_000);
  return zone.offsetMinutesAt(direct) === zone.offsetMinutesAt(asUtc) ? direct : byBefore;
}
