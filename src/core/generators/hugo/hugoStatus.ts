/**
 * A page's status and names as Hugo 0.111.3 reads its front matter (hugolib/page__meta.go setMetadata,
 * hugolib/site.go shouldBuild, hugolib/content_map_page.go attachPageToViews): draft, future, expired, title,
 * slug, url, and the taxonomy terms it is filed under.
 */
import type { JekyllDate } from '../../dates';
import { castToBool, castToBoolE, castToString, castToStringE, goKeysLowered, goLower } from './goValues';
import type { HugoValueFormat } from './goValues';
import type { HugoSettings } from './hugoSettings';
import { hugoTermKey } from './hugoUrls';
import type { HugoPathOptions } from './hugoUrls';

const lowered = goKeysLowered;

export interface HugoDraft {
  readonly draft: boolean;
  /** Set when front matter has both `draft` and `published` (Hugo warns and uses draft). */
  readonly warning?: string;
}

/**
 * `draft` (cast.ToBool: YAML 1.1 `yes`/`on`/`y` are true, the strings "true"/"1"/"T" too, "yes" quoted is
 * not); else the undocumented `published` (its negation, when it reads as a boolean).
 */
export function hugoDraft(frontMatter: Readonly<Record<string, unknown>>, format: HugoValueFormat = 'yaml'): HugoDraft {
  const fm = lowered(frontMatter);
  const published = fm.has('published') ? castToBoolE(fm.get('published'), format) : undefined;
  if (fm.has('draft')) {
    const draft = castToBool(fm.get('draft'), format);
    return published === undefined ? { draft } : { draft, warning: 'front matter has both draft and published; Hugo uses draft' };
  }
  return { draft: published === undefined ? false : !published };
}

/** `.Title`: front-matter `title` through cast.ToString ("" when absent or a list/map; 42 → "42"). */
export function hugoTitle(frontMatter: Readonly<Record<string, unknown>>): string {
  return castToString(lowered(frontMatter).get('title'));
}

/** `.Slug`: front-matter `slug` trimmed of leading and trailing "-" ("" when absent). */
export function hugoSlug(frontMatter: Readonly<Record<string, unknown>>): string {
  return castToString(lowered(frontMatter).get('slug')).replace(/^-+|-+$/g, '');
}

/** Front-matter `url` ("" when absent); Hugo refuses one starting with http:// or https://. */
export function hugoUrlField(frontMatter: Readonly<Record<string, unknown>>): string {
  return castToString(lowered(frontMatter).get('url'));
}

export interface HugoTerm {
  /** As written (the last spelling in this page wins for a key). */
  readonly term: string;
  /** The term's key and URL segment (hugoTermKey). */
  readonly key: string;
}

/**
 * The terms of each taxonomy (by plural, as configured) that a page's front matter files it under. A string is
 * one term (`tags = "a, b"` is the single term "a, b"; verified); list items are converted to strings
 * (numbers, booleans), maps are skipped, and terms whose key is empty ("", "!!!") are dropped.
 */
export function hugoTaxonomyTerms(frontMatter: Readonly<Record<string, unknown>>, taxonomies: Readonly<Record<string, string>>, options: HugoPathOptions): Record<string, HugoTerm[]> {
  const out: Record<string, HugoTerm[]> = {};
  for (const [plural, names] of Object.entries(hugoTaxonomyNames(frontMatter, taxonomies, options))) out[plural] = names.map((term) => ({ key: termKeyOf(term, options), term }));
  return out;
}

/** The terms of hugoTaxonomyTerms as written (without their keys): what a page's info lists. */
export function hugoTaxonomyNames(frontMatter: Readonly<Record<string, unknown>>, taxonomies: Readonly<Record<string, string>>, options: HugoPathOptions): Record<string, string[]> {
  const fm = lowered(frontMatter);
  const out: Record<string, string[]> = {};
  for (const [plural, key] of pluralKeysOf(taxonomies)) {
    const value = fm.get(key);
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      out[plural] = hugoTermNames((value.length > MAX_TERMS ? value.slice(0, MAX_TERMS) : value).map((item) => castToString(item)), options);
      continue;
    }
    // toStringSlicePreserveString: a string or a scalar is one term; a map is none.
    const one = castToStringE(value);
    if (one !== undefined) out[plural] = termKeyOf(one, options) === '' ? [] : [one];
  }
  return out;
}

/** A list's terms without those whose key is empty, and the last spelling of a key in the last place it was written. */
export function hugoTermNames(names: string[], options: HugoPathOptions): string[] {
  return names.length <= 32 && keptOnce(names, options) ? names : termNamesByMap(names, options);
}

/** hugoTermNames through a map's delete and set: what it answers for every list (a unit test holds the two equal). */
export function termNamesByMap(names: readonly string[], options: HugoPathOptions): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = termKeyOf(name, options);
    if (key === '') continue;
    byKey.delete(key);
    byKey.set(key, name);
  }
  return [...byKey.values()];
}

/** Whether every term of a short list has a key, and a key of its own (as nearly every page's do). */
function keptOnce(names: readonly string[], options: HugoPathOptions): boolean {
  for (let i = 0; i < names.length; i++) {
    const key = termKeyOf(names[i] ?? '', options);
    if (key === '') return false;
    for (let j = 0; j < i; j++) if (termKeyOf(names[j] ?? '', options) === key) return false;
  }
  return true;
}

/** Hugo reads at most this many terms of one taxonomy here; more is hostile input. */
const MAX_TERMS = 10_000;

const pluralKeys = new WeakMap<Readonly<Record<string, string>>, readonly (readonly [string, string])[]>();

/** Each taxonomy's plural with the front-matter key that holds it (lower-cased), made once per config's taxonomies. */
function pluralKeysOf(taxonomies: Readonly<Record<string, string>>): readonly (readonly [string, string])[] {
  let keys = pluralKeys.get(taxonomies);
  if (keys === undefined) {
    keys = Object.values(taxonomies).map((plural) => [plural, goLower(plural)] as const);
    pluralKeys.set(taxonomies, keys);
  }
  return keys;
}

/** Term keys already made, for one site's options at a time: a site's pages share a few hundred terms. */
let termKeys: { readonly options: HugoPathOptions; readonly keys: Map<string, string> } | undefined;

function termKeyOf(term: string, options: HugoPathOptions): string {
  if (termKeys?.options !== options) termKeys = { options, keys: new Map() };
  let key = termKeys.keys.get(term);
  if (key === undefined) {
    key = hugoTermKey(term, options);
    if (termKeys.keys.size >= 4096) termKeys.keys.clear();
    termKeys.keys.set(term, key);
  }
  return key;
}

export interface HugoPageStatus {
  readonly draft: boolean;
  /** publishDate is after now. */
  readonly future: boolean;
  /** expiryDate is before now. */
  readonly expired: boolean;
  /** Whether `hugo` (with the site's buildDrafts/buildFuture/buildExpired) renders the page. */
  readonly built: boolean;
}

/** Hugo's shouldBuild. Dates are as resolved by resolveHugoDates (undefined = zero: never future or expired). */
export function hugoPageStatus(
  page: { readonly draft: boolean; readonly publishDate: JekyllDate | undefined; readonly expiryDate: JekyllDate | undefined },
  settings: Pick<HugoSettings, 'buildDrafts' | 'buildFuture' | 'buildExpired'>,
  nowMs: number,
): HugoPageStatus {
  const future = page.publishDate !== undefined && page.publishDate.epochMs > nowMs;
  const expired = page.expiryDate !== undefined && page.expiryDate.epochMs < nowMs;
  const built = (settings.buildDrafts || !page.draft) && (settings.buildFuture || !future) && (settings.buildExpired || !expired);
  return { draft: page.draft, future, expired, built };
}
