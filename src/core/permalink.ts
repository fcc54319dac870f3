/**
 * Post URLs as Jekyll 4.3.1 builds them: the collection's template (or the post's `permalink`), every
 * `:placeholder` of Drops::UrlDrop, each value escaped with URL.escape_path, then sanitize_url.
 */
import { slugify } from './slugify';
import { rubyToS } from './taxonomy';
import { escapePath, sanitizeUrl } from './urlEscape';
import type { WallClock } from './timeZone';

export interface UrlSource {
  /** Jekyll's relative_path, e.g. "_posts/2024-01-02-hello.md" or "tech/_posts/…". */
  readonly relativePath: string;
  readonly collectionLabel: string;
  /** The collection's folder name, e.g. "_posts". */
  readonly collectionDir: string;
  /** `slug` from front matter, else the file-name slug (Jekyll's data["slug"]). */
  readonly slug: string;
  readonly categories: readonly string[];
  /** The post's date on the site's wall clock. */
  readonly date: WallClock;
  readonly outputExt: string;
}

export type UrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dayOfYear(w: WallClock): number {
  return Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000) + 1;
}

function weekday(w: WallClock): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}

/** ISO 8601 week number and week-based year (strftime %V / %G). */
function isoWeek(w: WallClock): { week: number; year: number } {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { week, year };
}

function basenameWithoutExt(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function cleanedRelativePath(source: UrlSource): string {
  const base = source.relativePath.slice(source.relativePath.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const withoutExt = dot > 0 ? source.relativePath.slice(0, source.relativePath.length - (base.length - dot)) : source.relativePath;
  return withoutExt.replace(source.collectionDir, '').replace(/\.*$/, '');
}

function uniqueJoin(values: Iterable<string>): string {
  return [...new Set(values)].join('/');
}

/** Every placeholder Jekyll's UrlDrop offers, with its (unescaped) value. */
export function urlPlaceholders(source: UrlSource): Record<string, string> {
  const w = source.date;
  const iso = isoWeek(w);
  const dow = weekday(w);
  const basename = basenameWithoutExt(source.relativePath);
  const month = MONTHS[w.month - 1] ?? '';
  const day = DAYS[dow] ?? '';
  return {
    collection: source.collectionLabel,
    name: slugify(basename),
    title: slugify(source.slug, { mode: 'pretty', cased: true }),
    slug: slugify(source.slug),
    categories: uniqueJoin(source.categories.map((c) => c.toLowerCase())),
    slugified_categories: uniqueJoin(source.categories.map((c) => slugify(c))),
    year: pad(w.year, 4),
    month: pad(w.month),
    day: pad(w.day),
    hour: pad(w.hour),
    minute: pad(w.minute),
    second: pad(w.second),
    i_day: String(w.day),
    i_month: String(w.month),
    short_month: month.slice(0, 3),
    long_month: month,
    short_year: pad(w.year % 100),
    w_year: String(iso.year),
    week: pad(iso.week),
    w_day: String(dow === 0 ? 7 : dow),
    short_day: day.slice(0, 3),
    long_day: day,
    y_day: pad(dayOfYear(w), 3),
    output_ext: source.outputExt,
    path: cleanedRelativePath(source),
  };
}

/** Fills a template (Jekyll's generate_url_from_drop) and sanitizes it. Unknown placeholders fail Jekyll's build. */
export function expandPermalink(template: string, placeholders: Readonly<Record<string, string>>): UrlResult {
  let unknown: string | undefined;
  const filled = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name];
    const winner = pool.find((key) => Object.prototype.hasOwnProperty.call(placeholders, key));
    if (winner === undefined) {
      unknown ??= name;
      return match;
    }
    return match.replace(`:${winner}`, escapePath(placeholders[winner] ?? ''));
  });
  if (unknown !== undefined) {
    return { ok: false, message: `the permalink has no placeholder :${unknown} (Jekyll stops the build)` };
  }
  return { ok: true, url: sanitizeUrl(filled) };
}

/** The URL of a post: its own `permalink` if set, else the collection template. */
export function postUrl(template: string, ownPermalink: unknown, source: UrlSource): UrlResult {
  const chosen = ownPermalink !== undefined && ownPermalink !== null && ownPermalink !== false ? rubyToS(ownPermalink) : template;
  return expandPermalink(chosen, urlPlaceholders(source));
}
