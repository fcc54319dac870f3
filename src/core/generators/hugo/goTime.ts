/**
 * Go's time layouts (the "2006-01-02 15:04:05" reference form) as Go 1.19's time package reads and writes them,
 * for the layouts Hugo uses: spf13/cast's date formats and the date tokens of permalinks. Written for this
 * project from the documented behaviour of time.Parse and time.Format.
 */

export type Chunk =
  | 'January' | 'Jan' | '1' | '01' | 'Monday' | 'Mon' | 'MST'
  | '2' | '_2' | '02' | '__2' | '002' | '15' | '3' | '03' | '4' | '04' | '5' | '05' | '2006' | '06'
  | 'PM' | 'pm' | '-070000' | '-07:00:00' | '-0700' | '-07:00' | '-07'
  | 'Z070000' | 'Z07:00:00' | 'Z0700' | 'Z07:00' | 'Z07' | 'frac0' | 'frac9';

export interface ChunkSplit {
  readonly prefix: string;
  readonly chunk?: Chunk;
  /** Digits of a fractional-second chunk. */
  readonly digits?: number;
  readonly suffix: string;
}

const ZERO_X: readonly Chunk[] = ['01', '02', '03', '04', '05', '06'];
const TZ_CHUNKS: readonly Chunk[] = ['-070000', '-07:00:00', '-0700', '-07:00', '-07'];
const ISO_TZ_CHUNKS: readonly Chunk[] = ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07'];

function lowerNext(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c >= 0x61 && c <= 0x7a;
}

/** Go's nextStdChunk: the text before the first layout element, the element, and the rest. */
export function nextStdChunk(layout: string): ChunkSplit {
  for (let i = 0; i < layout.length; i++) {
    const at = (chunk: Chunk, length: number, prefixEnd = i): ChunkSplit => ({ prefix: layout.slice(0, prefixEnd), chunk, suffix: layout.slice(i + length) });
    const rest = layout.slice(i);
    switch (layout.charAt(i)) {
      case 'J':
        if (rest.startsWith('January')) return at('January', 7);
        if (rest.startsWith('Jan') && !lowerNext(layout, i + 3)) return at('Jan', 3);
        break;
      case 'M':
        if (rest.startsWith('Monday')) return at('Monday', 6);
        if (rest.startsWith('Mon') && !lowerNext(layout, i + 3)) return at('Mon', 3);
        if (rest.startsWith('MST')) return at('MST', 3);
        break;
      case '0': {
        const d = layout.charCodeAt(i + 1) - 0x31;
        const zx = ZERO_X[d];
        if (zx !== undefined && d >= 0) return at(zx, 2);
        if (rest.startsWith('002')) return at('002', 3);
        break;
      }
      case '1':
        return rest.startsWith('15') ? at('15', 2) : at('1', 1);
      case '2':
        return rest.startsWith('2006') ? at('2006', 4) : at('2', 1);
      case '_':
        if (rest.startsWith('_2')) return rest.startsWith('_2006') ? { prefix: layout.slice(0, i + 1), chunk: '2006', suffix: layout.slice(i + 5) } : at('_2', 2);
        if (rest.startsWith('__2')) return at('__2', 3);
        break;
      case '3':
        return at('3', 1);
      case '4':
        return at('4', 1);
      case '5':
        return at('5', 1);
      case 'P':
        if (rest.startsWith('PM')) return at('PM', 2);
        break;
      case 'p':
        if (rest.startsWith('pm')) return at('pm', 2);
        break;
      case '-':
        for (const c of TZ_CHUNKS) if (rest.startsWith(c)) return at(c, c.length);
        break;
      case 'Z':
        for (const c of ISO_TZ_CHUNKS) if (rest.startsWith(c)) return at(c, c.length);
        break;
      case '.':
      case ',': {
        const ch = layout[i + 1];
        if (ch === '0' || ch === '9') {
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          if (!/[0-9]/.test(layout.charAt(j))) {
            return { prefix: layout.slice(0, i), chunk: ch === '0' ? 'frac0' : 'frac9', digits: j - i - 1, suffix: layout.slice(j) };
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return { prefix: layout, suffix: '' };
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The fields Go formats: a wall clock, its weekday and day of year, and its zone. */
export interface GoWall {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanosecond: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** 1..366 */
  readonly yearDay: number;
  readonly offsetSeconds: number;
  /** The zone's abbreviation; empty for a fixed offset read from a string. */
  readonly zoneName: string;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(Math.trunc(n))).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function formatZone(offsetSeconds: number, chunk: Chunk): string {
  if (chunk.startsWith('Z') && offsetSeconds === 0) return 'Z';
  const abs = Math.abs(offsetSeconds);
  const sign = offsetSeconds < 0 ? '-' : '+';
  const hh = pad(Math.trunc(abs / 3600), 2);
  const mm = pad(Math.trunc(abs / 60) % 60, 2);
  const ss = pad(abs % 60, 2);
  const body = chunk.slice(1);
  if (body === '07') return sign + hh;
  if (body === '0700') return sign + hh + mm;
  if (body === '07:00') return `${sign}${hh}:${mm}`;
  if (body === '070000') return sign + hh + mm + ss;
  return `${sign}${hh}:${mm}:${ss}`;
}

function formatChunk(w: GoWall, chunk: Chunk, digits: number): string {
  switch (chunk) {
    case 'January': return MONTH_NAMES[w.month - 1] ?? '';
    case 'Jan': return (MONTH_NAMES[w.month - 1] ?? '').slice(0, 3);
    case '1': return String(w.month);
    case '01': return pad(w.month, 2);
    case 'Monday': return DAY_NAMES[w.weekday] ?? '';
    case 'Mon': return (DAY_NAMES[w.weekday] ?? '').slice(0, 3);
    case 'MST': return w.zoneName !== '' ? w.zoneName : formatZone(w.offsetSeconds, '-0700');
    case '2': return String(w.day);
    case '_2': return w.day < 10 ? ` ${w.day}` : String(w.day);
    case '02': return pad(w.day, 2);
    case '__2': return String(w.yearDay).padStart(3, ' ');
    case '002': return pad(w.yearDay, 3);
    case '15': return pad(w.hour, 2);
    case '3': return String(w.hour % 12 === 0 ? 12 : w.hour % 12);
    case '03': return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, 2);
    case '4': return String(w.minute);
    case '04': return pad(w.minute, 2);
    case '5': return String(w.second);
    case '05': return pad(w.second, 2);
    case '2006': return pad(w.year, 4);
    case '06': return pad(((w.year % 100) + 100) % 100, 2);
    case 'PM': return w.hour >= 12 ? 'PM' : 'AM';
    case 'pm': return w.hour >= 12 ? 'pm' : 'am';
    case 'frac0':
    case 'frac9': {
      let frac = pad(w.nanosecond, 9).slice(0, digits);
      if (chunk === 'frac9') frac = frac.replace(/0+$/, '');
      return frac === '' ? '' : `.${frac}`;
    }
    case '-070000':
    case '-07:00:00':
    case '-0700':
    case '-07:00':
    case '-07':
    case 'Z070000':
    case 'Z07:00:00':
    case 'Z0700':
    case 'Z07:00':
    case 'Z07':
      return formatZone(w.offsetSeconds, chunk);
  }
}

/** Go's Time.Format. */
export function formatGoLayout(layout: string, w: GoWall): string {
  let out = '';
  let rest = layout;
  while (rest !== '') {
    const split = nextStdChunk(rest);
    out += split.prefix;
    if (split.chunk === undefined) break;
    out += formatChunk(w, split.chunk, split.digits ?? 0);
    rest = split.suffix;
  }
  return out;
}

/** The wall clock of an instant at an offset (seconds), with Go's weekday and day of year. */
export function goWallAt(epochMs: number, offsetSeconds: number, zoneName = ''): GoWall {
  const shifted = epochMs + offsetSeconds * 1000;
  const d = new Date(shifted);
  const year = d.getUTCFullYear();
  const start = new Date(0);
  start.setUTCFullYear(year, 0, 1);
  start.setUTCHours(0, 0, 0, 0);
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    nanosecond: (((shifted % 1000) + 1000) % 1000) * 1_000_000,
    weekday: d.getUTCDay(),
    yearDay: Math.floor((shifted - start.getTime()) / 86_400_000) + 1,
    offsetSeconds,
    zoneName,
  };
}

/** Go's RFC3339 ("2006-01-02T15:04:05Z07:00") of an instant at an offset in minutes: how Hugo prints dates. */
export function formatRfc3339(epochMs: number, offsetMinutes: number): string {
  const offsetSeconds = Math.round(offsetMinutes * 60);
  // Every page's date is printed so: the fields straight from one Date for years 0..9999, the layout for the rest.
  const d = new Date(epochMs + offsetSeconds * 1000);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return formatRfc3339ByLayout(epochMs, offsetMinutes);
  const date = `${String(year).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  if (offsetSeconds === 0) return `${date}Z`;
  const abs = Math.abs(offsetSeconds);
  return `${date}${offsetSeconds < 0 ? '-' : '+'}${two(Math.trunc(abs / 3600))}:${two(Math.trunc(abs / 60) % 60)}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** formatRfc3339 through Go's layout walk: what formatRfc3339 answers for every instant (a unit test holds the two equal). */
export function formatRfc3339ByLayout(epochMs: number, offsetMinutes: number): string {
  const offsetSeconds = Math.round(offsetMinutes * 60);
  return formatGoLayout('2006-01-02T15:04:05Z07:00', goWallAt(epochMs, offsetSeconds));
}
