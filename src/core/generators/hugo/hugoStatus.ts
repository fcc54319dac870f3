/**
 * A page's status and names as Hugo 0.111.3 reads its front matter (hugolib/page__meta.go setMetadata,
 * hugolib/site.go shouldBuild, hugolib/content_map_page.go attachPageToViews): draft, future, expired, title,
 * slug, url, and the taxonomy terms it is filed under.
 */
import type { JekyllDate } from '../../dates';
import { castToBool, castToBoolE, castToString, goKeysLowered, goLower, toStringSlicePreserveString } from './goValues';
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
  const fm = lowered(frontMatter);
  const out: Record<string, HugoTerm[]> = {};
  for (const plural of Object.values(taxonomies)) {
    const values = toStringSlicePreserveString(fm.get(goLower(plural)));
    if (values === undefined) continue;
    const byKey = new Map<string, string>();
    for (const term of values.length > 10_000 ? values.slice(0, 10_000) : values) {
      const key = termKeyOf(term, options);
      if (key === '') continue;
      byKey.delete(key);
      byKey.set(key, term);
    }
    out[plural] = [...byKey].map(([key, term]) => ({ key, term }));
  }
  return out;
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
