/** A Hugo site's configuration as the rest of Postcraft sees it: Hugo's settings, and the neutral part of them. */
import { readHugoConfig } from './hugoConfig';
import { createTimeZone, type TimeZone } from '../../timeZone';
import { hugoSiteLanguages } from './hugoLanguages';
import type { ConfigReading, ConfigText, SiteLanguage, SiteSettings } from '../generator';
import type { HugoSettings } from './hugoSettings';

export interface HugoConfig extends SiteSettings {
  readonly generator: 'hugo';
  readonly hugo: HugoSettings;
  /** Each language's zone (its own timeZone, else the site's; UTC when neither is set). */
  readonly zones: ReadonlyMap<string, TimeZone>;
  /** The languages the site is built in when there are several (hugoSiteLanguages), else empty. */
  readonly siteLanguages: readonly SiteLanguage[];
}

/** `https://example.com/blog/` → its origin (the path is already in every RelPermalink Hugo makes). */
function originOf(baseURL: string): string {
  return /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(baseURL.trim())?.[1] ?? '';
}

export function readHugoSiteConfig(files: readonly ConfigText[]): ConfigReading & { readonly config: HugoConfig } {
  const { settings, problems } = readHugoConfig(files);
  const siteZone = settings.timeZone === '' ? 'UTC' : settings.timeZone;
  const zones = new Map<string, TimeZone>();
  for (const code of [settings.defaultContentLanguage, ...settings.languageOrder]) {
    const own = settings.languages[code]?.timeZone;
    zones.set(code, createTimeZone(own !== undefined && own !== '' ? own : siteZone).zone);
  }
  const config: HugoConfig = {
    generator: 'hugo',
    raw: settings.raw,
    url: originOf(settings.baseURL),
    // Hugo's RelPermalink starts with baseURL's path already: nothing more goes between the origin and a URL.
    baseurl: '',
    timezone: settings.timeZone === '' ? undefined : settings.timeZone,
    excerptSeparator: '<!--more-->',
    // Hugo's ReadingTime counts 213 words a minute (and 500 CJK characters).
    wordsPerMinute: 213,
    markdownExt: ['md', 'markdown', 'mdown'],
    hugo: settings,
    zones,
    siteLanguages: hugoSiteLanguages(settings),
  };
  return { config, problems };
}
