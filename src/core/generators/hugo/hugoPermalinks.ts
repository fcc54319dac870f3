/**
 * `[permalinks]` patterns as Hugo 0.111.3 validates and expands them (resources/page/permalinks.go): the tokens
 * :year :month :monthname :day :weekday :weekdayname :yearday :section :sections :sections[…] :title :slug
 * :slugorfilename :filename, and any Go time layout (`:2006`, `:Jan`, `:02`…). An unknown token or an empty
 * path segment makes Hugo stop.
 */
import type { JekyllDate } from '../../dates';
import { formatGoLayout, goWallAt } from './goTime';
import type { GoWall } from './goTime';
import { GO_ZERO_EPOCH_MS } from './hugoDates';

const ATTRIBUTE = /:\w+(\[.+?\])?/g;
const KNOWN = new Set(['year', 'month', 'monthname', 'day', 'weekday', 'weekdayname', 'yearday', 'section', 'sections', 'title', 'slug', 'slugorfilename', 'filename']);

// 2019-11-09T23:01:42.000000001Z, a Saturday: a token is a date layout when formatting it changes it.
const REFERENCE: GoWall = { ...goWallAt(Date.UTC(2019, 10, 9, 23, 1, 42), 0, 'UTC'), nanosecond: 1 };

function isKnownAttribute(attr: string): boolean {
  return KNOWN.has(attr) || attr.startsWith('sections[') || formatGoLayout(attr, REFERENCE) !== attr;
}

export type PermalinkPattern = { readonly ok: true; readonly tokens: readonly string[] } | { readonly ok: false; readonly message: string };

/** Validates a pattern as Hugo does when the site loads. */
/** Patterns already parsed: a site has a handful, and every page's URL asks again. */
const parsedPatterns = new Map<string, PermalinkPattern>();

export function parsePermalinkPattern(pattern: string): PermalinkPattern {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    parsed = parsePattern(pattern);
    if (parsedPatterns.size > 256) parsedPatterns.clear();
    parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}

function parsePattern(pattern: string): PermalinkPattern {
  if (pattern === '') return { ok: false, message: 'an empty permalink makes Hugo crash' };
  const fragments = pattern.slice(1).split('/');
  let bail = false;
  for (const fragment of fragments) {
    if (bail) return { ok: false, message: 'permalink ill-formed (an empty path segment)' };
    if (fragment === '') {
      bail = true;
      continue;
    }
    for (const m of fragment.matchAll(ATTRIBUTE)) {
      if (!isKnownAttribute(m[0].slice(1))) return { ok: false, message: `permalink ill-formed (unknown token ${m[0]})` };
    }
  }
  const tokens = [...pattern.matchAll(ATTRIBUTE)].map((m) => m[0]);
  for (const token of tokens) {
    if (!isKnownAttribute(token.slice(1))) return { ok: false, message: `permalink attribute not recognised: ${token}` };
  }
  return { ok: true, tokens };
}

/** What a permalink pattern is expanded from; the strings are Hugo's (URLize has not been applied yet). */
export interface PermalinkPage {
  /** `.Date`; undefined = Go's zero time. */
  readonly date: JekyllDate | undefined;
  /** `.Section`, as written (case kept). */
  readonly section: string;
  /** `.CurrentSection.SectionsEntries` (see hugoCurrentSections). */
  readonly sections: readonly string[];
  readonly title: string;
  /** Front-matter slug (trimmed of "-"), or "". */
  readonly slug: string;
  /** `.File.TranslationBaseName`. */
  readonly translationBaseName: string;
  /** `.File.Dir`, e.g. "posts/hello/" (used for a bundle's `index`). */
  readonly dir: string;
}

function sliceSections(cut: string): (s: readonly string[]) => readonly string[] {
  const c = cut.trim().toLowerCase();
  if (c === '') return (s) => s;
  if (c.length < 3 || !c.startsWith('[') || !c.endsWith(']')) return () => [];
  const ops = c.slice(1, -1);
  const toN = (text: string, low: boolean) => (s: readonly string[]): number => {
    if (text === '') return low ? 0 : s.length;
    if (text === 'last') return s.length - 1;
    const n = Math.max(0, /^[+-]?\d+$/.test(text) ? Number(text) : 0);
    return Math.min(n, s.length);
  };
  if (!ops.includes(':')) {
    const n = toN(ops, true);
    return (s) => {
      if (s.length === 0) return [];
      const v = s[n(s)];
      // Go would panic past the end; treat as nothing.
      return v === undefined || v === '' ? [] : [v];
    };
  }
  const [a = '', b = ''] = ops.split(':');
  const n1 = toN(a, true);
  const n2 = toN(b, false);
  return (s) => (s.length === 0 ? [] : s.slice(n1(s), Math.max(n1(s), n2(s))));
}

function joinPath(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/**
 * Expands a valid pattern for a page. `urlize` is Hugo's PathSpec.URLize for the page's language.
 * The result still goes through url.QueryUnescape and the target-path rules (hugoUrls.ts).
 */
export function expandPermalink(pattern: string, page: PermalinkPage, urlize: (s: string) => string): string | undefined {
  const parsed = parsePermalinkPattern(pattern);
  if (!parsed.ok) return undefined;
  const epochMs = page.date?.epochMs ?? GO_ZERO_EPOCH_MS;
  const wall = goWallAt(epochMs, Math.round((page.date?.offsetMinutes ?? 0) * 60));
  const title = (): string => urlize(page.title);
  const filename = (): string => {
    let name = page.translationBaseName;
    if (name === 'index') {
      const dir = page.dir.replace(/\/$/, '');
      name = dir.slice(dir.lastIndexOf('/') + 1);
    }
    return urlize(name);
  };
  const value = (attr: string): string => {
    switch (attr) {
      case 'year': return String(wall.year);
      case 'month': return String(wall.month).padStart(2, '0');
      case 'monthname': return formatGoLayout('January', wall);
      case 'day': return String(wall.day).padStart(2, '0');
      case 'weekday': return String(wall.weekday);
      case 'weekdayname': return formatGoLayout('Monday', wall);
      case 'yearday': return String(wall.yearDay);
      case 'section': return page.section;
      case 'sections': return joinPath(page.sections);
      case 'title': return title();
      case 'slug': return page.slug !== '' ? urlize(page.slug) : title();
      case 'slugorfilename': return page.slug !== '' ? urlize(page.slug) : filename();
      case 'filename': return filename();
      default:
        if (attr.startsWith('sections[')) return joinPath(sliceSections(attr.slice('sections'.length))(page.sections));
        return formatGoLayout(attr, wall);
    }
  };
  let out = pattern;
  for (const token of parsed.tokens) out = out.replace(token, () => value(token.slice(1)));
  return out;
}
