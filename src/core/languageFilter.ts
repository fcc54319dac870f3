/**
 * The explorer's language filter: which posts it keeps, which languages it offers and whether a remembered choice
 * applies to the sites open now. Posts without a language (a single-language site's) are never filtered out.
 */
import type { SiteLanguage } from './generators/generator';

/** The posts a filter keeps: all for no filter; else those in the language and those that have none. Order kept. */
export function postsInLanguage<T extends { readonly lang?: string }>(posts: readonly T[], lang: string | undefined): readonly T[] {
  return lang === undefined ? posts : posts.filter((p) => p.lang === undefined || p.lang === lang);
}

/** The languages of several sites, each code once, in the order the sites list them (the first name given wins). */
export function filterLanguages(sites: readonly (readonly SiteLanguage[])[]): SiteLanguage[] {
  const out = new Map<string, SiteLanguage>();
  for (const languages of sites) {
    for (const language of languages) {
      const known = out.get(language.code);
      if (known === undefined || known.name === '') out.set(language.code, { code: language.code, name: language.name });
    }
  }
  return [...out.values()];
}

/** The filter in effect: the remembered language while an open site has it, else none (the choice is kept for later). */
export function activeLanguage(remembered: string | undefined, languages: readonly SiteLanguage[]): string | undefined {
  return remembered !== undefined && languages.some((l) => l.code === remembered) ? remembered : undefined;
}
