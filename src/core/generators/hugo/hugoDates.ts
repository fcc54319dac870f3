/**
 * Front-matter dates as Hugo 0.111.3 reads them: htime.ToTimeInDefaultLocationE (spf13/cast 1.5.0's formats,
 * a date without an offset read in the site's timeZone) and the `[frontmatter]` chains of
 * resources/page/pagemeta/page_frontmatter.go. A value Hugo cannot read is skipped without a word and the
 * chain goes on; when nothing matches the date is Go's zero time, returned here as undefined.
 *
 * The dates keep the offset Hugo keeps: the written one when the text had an offset (permalink :day uses it),
 * else the site zone's. `iso` is Hugo's RFC3339 rendering (Z for UTC, whole seconds), as `hugo list` prints it.
 */
import { fileTimeMs, type FileTime } from '../../fileTime';
import type { JekyllDate } from '../../dates';
import { wallToUtcMs } from '../../timeZone';
import type { TimeZone } from '../../timeZone';
import { formatRfc3339 } from './goTime';
import { parseGoLayout } from './goTimeParse';
import { parseGoRfc3339 } from './goRfc3339';
import type { GoParsed } from './goTimeParse';
import { goKeysLowered } from './goValues';
import type { HugoValueFormat } from './goValues';
import type { HugoFrontMatterChains } from './hugoSettings';

/** Go's zero time, 0001-01-01T00:00:00Z. */
export const GO_ZERO_EPOCH_MS = -62_135_596_800_000;

type Zoning = 'none' | 'named' | 'numeric' | 'timeOnly';

// spf13/cast 1.5.0 timeFormats, in order, with how each treats zones.
const CAST_FORMATS: readonly (readonly [string, Zoning])[] = [
  ['2006-01-02T15:04:05Z07:00', 'numeric'],
  ['2006-01-02T15:04:05', 'none'],
  ['Mon, 02 Jan 2006 15:04:05 -0700', 'numeric'],
  ['Mon, 02 Jan 2006 15:04:05 MST', 'named'],
  ['02 Jan 06 15:04 -0700', 'numeric'],
  ['02 Jan 06 15:04 MST', 'named'],
  ['Monday, 02-Jan-06 15:04:05 MST', 'named'],
  ['2006-01-02 15:04:05.999999999 -0700 MST', 'numeric'],
  ['2006-01-02T15:04:05-0700', 'numeric'],
  ['2006-01-02 15:04:05Z0700', 'numeric'],
  ['2006-01-02 15:04:05', 'none'],
  ['Mon Jan _2 15:04:05 2006', 'none'],
  ['Mon Jan _2 15:04:05 MST 2006', 'named'],
  ['Mon Jan 02 15:04:05 -0700 2006', 'numeric'],
  ['2006-01-02 15:04:05Z07:00', 'numeric'],
  ['2006-01-02', 'none'],
  ['02 Jan 2006', 'none'],
  ['2006-01-02 15:04:05 -07:00', 'numeric'],
  ['2006-01-02 15:04:05 -0700', 'numeric'],
  ['3:04PM', 'timeOnly'],
  ['Jan _2 15:04:05', 'timeOnly'],
  ['Jan _2 15:04:05.000', 'timeOnly'],
  ['Jan _2 15:04:05.000000', 'timeOnly'],
  ['Jan _2 15:04:05.000000000', 'timeOnly'],
];

/** Longer strings are never dates; the cap keeps hostile input cheap. */
const MAX_DATE_CHARS = 100;

function dateAt(epochMs: number, offsetMinutes: number): JekyllDate {
  return { epochMs, offsetMinutes, iso: formatRfc3339(epochMs, offsetMinutes) };
}

function wallMs(p: Pick<GoParsed, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'nanosecond'>): number {
  // Date.UTC reads years 0..99 as 1900..1999; from 100 on it is wallToUtcMs without a Date.
  if (p.year >= 100) return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, Math.floor(p.nanosecond / 1e6));
  return wallToUtcMs({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second, millisecond: Math.floor(p.nanosecond / 1e6) });
}

/** Go's time.Date in a location: the offset at the wall time taken as UTC, corrected once. */
function inZone(asUtc: number, zone: TimeZone): JekyllDate {
  let offset = zone.offsetMinutesAt(asUtc);
  const corrected = zone.offsetMinutesAt(asUtc - offset * 60_000);
  if (corrected !== offset) offset = corrected;
  const epochMs = asUtc - Math.round(offset * 60_000);
  return dateAt(epochMs, zone.offsetMinutesAt(epochMs));
}

/** A front-matter string read with cast's formats; undefined when none fits. */
export function parseHugoDateString(text: string, zone: TimeZone): JekyllDate | undefined {
  if (text.length > MAX_DATE_CHARS) return undefined;
  // The first format, RFC 3339, read without walking its layout when the text has its usual shape.
  const rfc3339 = parseGoRfc3339(text);
  if (rfc3339 !== undefined) {
    const offsetSeconds = rfc3339.offsetSeconds ?? 0;
    const epochMs = wallMs(rfc3339) - offsetSeconds * 1000;
    // Whole seconds with `Z`, or with a non-zero offset of under 60 minutes past the hour: the text is already
    // the RFC3339 Hugo prints.
    if ((text.length === 20 && offsetSeconds === 0) || (text.length === 25 && offsetSeconds !== 0 && text.charCodeAt(23) <= 0x35)) return { epochMs, offsetMinutes: offsetSeconds / 60, iso: text };
    return dateAt(epochMs, offsetSeconds / 60);
  }
  for (const [layout, zoning] of CAST_FORMATS) {
    const p = parseGoLayout(layout, text);
    if (p === undefined) continue;
    const asUtc = wallMs(p);
    if (!Number.isFinite(asUtc)) return undefined;
    if (zoning === 'none' || zoning === 'named') return inZone(asUtc, zone);
    const offsetSeconds = p.offsetSeconds ?? 0;
    return dateAt(asUtc - offsetSeconds * 1000, offsetSeconds / 60);
  }
  return undefined;
}

interface TomlDateLike {
  isLocal(): boolean;
  isDate(): boolean;
  isTime(): boolean;
  toISOString(): string;
}

function isTomlDate(value: unknown): value is Date & TomlDateLike {
  return value instanceof Date && typeof (value as unknown as Record<string, unknown>)['isLocal'] === 'function';
}

/**
 * A front-matter value as a date, as Hugo reads it; undefined when Hugo would skip it. Strings use cast's
 * formats; YAML/TOML integers are Unix seconds (Hugo shows them in the process's zone, here the site's); TOML
 * local dates and date-times are in the site's zone; TOML offset date-times keep their offset but lose their
 * fraction of a second (Hugo round-trips them through RFC3339). JSON numbers, booleans, lists and maps fail.
 */
export function parseHugoDateValue(value: unknown, zone: TimeZone, format: HugoValueFormat = 'yaml'): JekyllDate | undefined {
  if (typeof value === 'string') return parseHugoDateString(value, zone);
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (format === 'json' || (typeof value === 'number' && !Number.isInteger(value))) return undefined;
    const ms = Number(value) * 1000;
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
    return dateAt(ms, zone.offsetMinutesAt(ms));
  }
  if (isTomlDate(value)) {
    if (Number.isNaN(value.getTime()) || value.isTime()) return undefined;
    const iso = value.toISOString();
    if (value.isLocal()) return inZone(value.getTime(), zone);
    const m = /(Z|[+-]\d{2}:\d{2})$/i.exec(iso);
    const sign = m?.[1]?.startsWith('-') === true ? -1 : 1;
    const offset = m && m[1] !== undefined && m[1].toUpperCase() !== 'Z' ? sign * (Number(m[1].slice(1, 3)) * 60 + Number(m[1].slice(4, 6))) : 0;
    return dateAt(Math.floor(value.getTime() / 1000) * 1000, offset);
  }
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? undefined : dateAt(Math.floor(t / 1000) * 1000, 0);
  }
  return undefined;
}

/** Whether a date is Go's zero time (Hugo's "no date"). */
export function isGoZero(date: JekyllDate | undefined): boolean {
  return date === undefined || date.epochMs === GO_ZERO_EPOCH_MS;
}

/** Hugo's dateAndSlugFromBaseFilename: a YYYY-MM-DD start of the (bundle folder or file) base name, and the rest. */
export function dateAndSlugFromBaseName(contentBaseName: string, zone: TimeZone): { date: JekyllDate; slug: string } | undefined {
  const dot = contentBaseName.lastIndexOf('.');
  const withoutExt = dot < 0 ? contentBaseName : contentBaseName.slice(0, dot);
  const head = withoutExt.slice(0, 10);
  // Go slices bytes: a date needs 10 ASCII characters.
  if (head.length < 10 || !/^[\x20-\x7e]{10}$/.test(head)) return undefined;
  const date = parseHugoDateString(head, zone);
  if (date === undefined || isGoZero(date)) return undefined;
  return { date, slug: withoutExt.slice(10).replace(/^[ _-]+|[ _-]+$/g, '') };
}

export interface HugoDatesInput {
  /** The page's front matter as parsed (keys in any case). */
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly chains: HugoFrontMatterChains;
  /** The zone of the page's language (timeZone; UTC when empty). */
  readonly zone: TimeZone;
  /** `.File.ContentBaseName`: the bundle folder for `index.*`/`_index.*`, else the name without language and extension. */
  readonly contentBaseName: string;
  /** The file's modification time, for `:fileModTime`. */
  readonly modTimeMs?: FileTime;
  readonly format?: HugoValueFormat;
}

export interface HugoDates {
  /** undefined = Go's zero time (0001-01-01T00:00:00Z). */
  readonly date: JekyllDate | undefined;
  readonly lastmod: JekyllDate | undefined;
  readonly publishDate: JekyllDate | undefined;
  readonly expiryDate: JekyllDate | undefined;
  /** The slug `:filename` took from the name, when it matched and front matter has no `slug` key. */
  readonly filenameSlug?: string;
  /** The chain entry (a lower-cased key, `:filename`, `:filemodtime`) each date came from. */
  readonly sources: Readonly<Record<keyof HugoFrontMatterChains, string | undefined>>;
  /** Front-matter keys of the chains whose values Hugo could not read (and silently skipped). */
  readonly unreadable: readonly string[];
}

/** Resolves the four dates from the `[frontmatter]` chains, as Hugo's FrontMatterHandler.HandleDates does. */
export function resolveHugoDates(input: HugoDatesInput): HugoDates {
  const run: ChainRun = { input, fm: goKeysLowered(input.frontMatter), readIds: [], readDates: [], unreadable: [], filenameSlug: undefined, from: undefined };
  const date = zeroToUndefined(runChain(run, input.chains.date));
  const dateFrom = date === undefined ? undefined : run.from;
  const lastmod = zeroToUndefined(runChain(run, input.chains.lastmod));
  const lastmodFrom = lastmod === undefined ? undefined : run.from;
  const publishDate = zeroToUndefined(runChain(run, input.chains.publishDate));
  const publishDateFrom = publishDate === undefined ? undefined : run.from;
  const expiryDate = zeroToUndefined(runChain(run, input.chains.expiryDate));
  const expiryDateFrom = expiryDate === undefined ? undefined : run.from;
  const sources = { date: dateFrom, lastmod: lastmodFrom, publishDate: publishDateFrom, expiryDate: expiryDateFrom };
  const { unreadable, filenameSlug } = run;
  return filenameSlug === undefined
    ? { date, lastmod, publishDate, expiryDate, sources, unreadable }
    : { date, lastmod, publishDate, expiryDate, sources, unreadable, filenameSlug };
}

/** One page's walk through the chains. */
interface ChainRun {
  readonly input: HugoDatesInput;
  readonly fm: ReadonlyMap<string, unknown>;
  /** The chains share keys (date, then publishDate and lastmod falling back to it): each value is read once. */
  readonly readIds: string[];
  readonly readDates: (JekyllDate | undefined)[];
  /** Keys whose values Hugo could not read, in the order first met. */
  readonly unreadable: string[];
  filenameSlug: string | undefined;
  /** The entry of the last chain its date came from, for hovers. */
  from: string | undefined;
}

function zeroToUndefined(d: JekyllDate | undefined): JekyllDate | undefined {
  return isGoZero(d) ? undefined : d;
}

function valueOf(run: ChainRun, id: string): JekyllDate | undefined {
  const at = run.readIds.indexOf(id);
  if (at >= 0) return run.readDates[at];
  const date = parseHugoDateValue(run.fm.get(id), run.input.zone, run.input.format ?? 'yaml');
  run.readIds.push(id);
  run.readDates.push(date);
  return date;
}

function runChain(run: ChainRun, chain: readonly string[]): JekyllDate | undefined {
  const { input, fm } = run;
  run.from = undefined;
  for (const id of chain) {
    if (id === ':filename') {
      const found = dateAndSlugFromBaseName(input.contentBaseName, input.zone);
      if (found === undefined) continue;
      if (!fm.has('slug')) run.filenameSlug = found.slug;
      run.from = id;
      return found.date;
    }
    if (id === ':filemodtime') {
      const ms = input.modTimeMs === undefined ? undefined : fileTimeMs(input.modTimeMs);
      if (ms === undefined || !Number.isFinite(ms) || ms === GO_ZERO_EPOCH_MS) continue;
      run.from = id;
      return dateAt(ms, input.zone.offsetMinutesAt(ms));
    }
    if (id === ':git' || !fm.has(id)) continue;
    const date = valueOf(run, id);
    if (date === undefined) {
      if (!run.unreadable.includes(id)) run.unreadable.push(id);
      continue;
    }
    run.from = id;
    return date;
  }
  return undefined;
}
