/**
 * The languages a Hugo 0.111.3 site is built in: each `[languages]` entry that is not disabled, in Hugo's order
 * (by weight, weight 0 last, then by code; see hugoConfig readLanguages). A site with one language is not
 * multilingual, and its pages carry no language.
 */
import type { SiteLanguage } from '../generator';
import type { HugoLanguage, HugoSettings } from './hugoSettings';

export function hugoSiteLanguages(settings: HugoSettings): SiteLanguage[] {
  const built = settings.languageOrder
    .map((code) => settings.languages[code])
    .filter((l): l is HugoLanguage => l !== undefined && !l.disabled)
    .map((l) => ({ code: l.code, name: l.languageName }));
  return built.length > 1 ? built : [];
}

/** Whether Hugo builds pages in the language: a disabled one's pages are not pages at all (verified with 0.111.3). */
export function isBuiltLanguage(settings: HugoSettings, lang: string): boolean {
  return settings.languages[lang]?.disabled !== true;
}
