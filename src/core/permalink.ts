/**
 * Post URLs as Jekyll 4.3.1 builds them: the collection's template (or the post's `permalink`), every
 * `:placeholder` of Drops::UrlDrop, each value escaped with URL.escape_path, then sanitize_url.
 */
import { slugify } from './slugify';
import type { SlugifyOptions } from './slugify';
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

/** The values joined by "/", each once (the categories of a post are few: no Set for them). */
function uniqueJoin(values: readonly string[], each: (value: string) => string): string {
  const seen: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const mapped = each(values[i] as string);
    if (!seen.includes(mapped)) seen.push(mapped);
  }
  return seen.join('/');
}

/** Jekyll's :title is the slug slugified in pretty mode, keeping case. */
const PRETTY_CASED: SlugifyOptions = { mode: 'pretty', cased: true };
const lowerCase = (value: string): string => value.toLowerCase();
const slugified = (value: string): string => slugify(value);

const PLACEHOLDER_NAMES = [
  'collection', 'name', 'title', 'slug', 'categories', 'slugified_categories', 'year', 'month', 'day', 'hour', 'minute',
  'second', 'i_day', 'i_month', 'short_month', 'long_month', 'short_year', 'w_year', 'week', 'w_day', 'short_day',
  'long_day', 'y_day', 'output_ext', 'path',
] as const;

export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** The (unescaped) value of one placeholder of Jekyll's UrlDrop; undefined for a name it does not offer. */
export function placeholderValue(name: string, source: UrlSource): string | undefined {
  const w = source.date;
  switch (name) {
    case 'collection': return source.collectionLabel;
    case 'name': return slugify(basenameWithoutExt(source.relativePath));
    case 'title': return slugify(source.slug, PRETTY_CASED);
    case 'slug': return slugify(source.slug);
    case 'categories': return uniqueJoin(source.categories, lowerCase);
    case 'slugified_categories': return uniqueJoin(source.categories, slugified);
    case 'year': return pad(w.year, 4);
    case 'month': return pad(w.month);
    case 'day': return pad(w.day);
    case 'hour': return pad(w.hour);
    case 'minute': return pad(w.minute);
    case 'second': return pad(w.second);
    case 'i_day': return String(w.day);
    case 'i_month': return String(w.month);
    case 'short_month': return (MONTHS[w.month - 1] ?? '').slice(0, 3);
    case 'long_month': return MONTHS[w.month - 1] ?? '';
    case 'short_year': return pad(w.year % 100);
    case 'w_year': return String(isoWeek(w).year);
    case 'week': return pad(isoWeek(w).week);
    case 'w_day': {
      const dow = weekday(w);
      return String(dow === 0 ? 7 : dow);
    }
    case 'short_day': return (DAYS[weekday(w)] ?? '').slice(0, 3);
    case 'long_day': return DAYS[weekday(w)] ?? '';
    case 'y_day': return pad(dayOfYear(w), 3);
    case 'output_ext': return source.outputExt;
    case 'path': return cleanedRelativePath(source);
    default: return undefined;
  }
}

/** Every placeholder Jekyll's UrlDrop offers, with its (unescaped) value. */
export function urlPlaceholders(source: UrlSource): Record<PlaceholderName, string> {
  const out: Partial<Record<PlaceholderName, string>> = {};
  for (const name of PLACEHOLDER_NAMES) out[name] = placeholderValue(name, source) ?? '';
  return out as Record<PlaceholderName, string>;
}

type PlaceholderLookup = Readonly<Record<string, string>> | ((name: string) => string | undefined);

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES);

/** One `:name` of a template and the literal text before it. */
interface TemplatePiece {
  readonly before: string;
  /** The name as Jekyll's /:([a-z_]+)/ reads it. */
  readonly name: string;
  /** The UrlDrop placeholder it stands for (`:name_` is `name` and an underscore when there is no `name_`). */
  readonly dropName: PlaceholderName | undefined;
  /** What of the name follows the placeholder's value (that underscore, or nothing). */
  readonly after: string;
}

/** A permalink template cut at its placeholders once: classifying a post then only joins strings. */
interface CompiledTemplate {
  readonly pieces: readonly TemplatePiece[];
  readonly tail: string;
}

const PLACEHOLDER = /:([a-z_]+)/g;

function dropNameOf(name: string): PlaceholderName | undefined {
  if (PLACEHOLDER_SET.has(name)) return name as PlaceholderName;
  const shorter = name.endsWith('_') ? name.slice(0, -1) : undefined;
  return shorter !== undefined && PLACEHOLDER_SET.has(shorter) ? (shorter as PlaceholderName) : undefined;
}

function compileTemplate(template: string): CompiledTemplate {
  const pieces: TemplatePiece[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    const dropName = dropNameOf(name);
    pieces.push({ before: template.slice(from, m.index), name, dropName, after: dropName === undefined ? '' : name.slice(dropName.length) });
    from = m.index + m[0].length;
  }
  return { pieces, tail: template.slice(from) };
}

/**
 * Compiled templates by their text. A site has a handful (its permalink and the posts' own ones), so the memo is
 * small; it is emptied past a bound rather than grow with every permalink ever typed.
 */
const compiled = new Map<string, CompiledTemplate>();
const MAX_COMPILED = 1000;

function compiledTemplate(template: string): CompiledTemplate {
  let found = compiled.get(template);
  if (found === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    found = compileTemplate(template);
    compiled.set(template, found);
  }
  return found;
}

function unknownPlaceholder(name: string): UrlResult {
  return { ok: false, message: `the permalink has no placeholder :${name} (Jekyll stops the build)` };
}

/**
 * Fills a template (Jekyll's generate_url_from_drop) and sanitizes it. Unknown placeholders fail Jekyll's build.
 * Each `:name` becomes its escaped value followed by what of the name the placeholder did not take (Ruby's
 * `match.sub!(":#{winner}", value)`, where the value is literal text: `$&` in a title stays `$&`).
 */
export function expandPermalink(template: string, placeholders: PlaceholderLookup): UrlResult {
  const lookup = typeof placeholders === 'function'
    ? placeholders
    : (name: string): string | undefined => (Object.prototype.hasOwnProperty.call(placeholders, name) ? placeholders[name] : undefined);
  const { pieces, tail } = compiledTemplate(template);
  let filled = '';
  for (const piece of pieces) {
    // `:name_` is the placeholder `name_` if there is one, else `name` followed by an underscore.
    let winner = piece.name;
    let value = lookup(winner);
    if (value === undefined && winner.endsWith('_')) {
      winner = winner.slice(0, -1);
      value = lookup(winner);
    }
    if (value === undefined) return unknownPlaceholder(piece.name);
    filled += piece.before + escapePath(value) + piece.name.slice(winner.length);
  }
  return { ok: true, url: sanitizeUrl(filled + tail) };
}

/** The URL of a post: its own `permalink` if set, else the collection template. */
export function postUrl(template: string, ownPermalink: unknown, source: UrlSource): UrlResult {
  const chosen = ownPermalink !== undefined && ownPermalink !== null && ownPermalink !== false ? rubyToS(ownPermalink) : template;
  const { pieces, tail } = compiledTemplate(chosen);
  // Only the placeholders the template names are computed (slugify and week numbers are not free); which
  // placeholder a name stands for was decided when the template was compiled.
  let filled = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as TemplatePiece;
    if (piece.dropName === undefined) return unknownPlaceholder(piece.name);
    // Empty parts are not joined: each join of short strings makes a new one.
    if (piece.before !== '') filled += piece.before;
    filled += escapePath(placeholderValue(piece.dropName, source) ?? '');
    if (piece.after !== '') filled += piece.after;
  }
  return { ok: true, url: sanitizeUrl(tail === '' ? filled : filled + tail) };
}
