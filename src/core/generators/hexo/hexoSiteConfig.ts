/** A Hexo site's configuration as the rest of Postcraft sees it: Hexo's settings, and the neutral part of them. */
import { loadHexoYaml } from './hexoYaml';
import { hexoSettings, type HexoSettings } from './hexoSettings';
import { createTimeZone, type TimeZone } from '../../timeZone';
import type { ConfigReading, ConfigText, SiteSettings } from '../generator';
import type { Problem } from '../../problem';

export interface HexoConfig extends SiteSettings {
  readonly generator: 'hexo';
  readonly hexo: HexoSettings;
  /**
   * The zone `timezone` names, which dates are re-read in (adjustDateForTimezone); undefined when it names none.
   * The neutral `timezone` stays undefined: Hexo formats a URL's :year/:month/:day in the machine's zone whatever
   * `timezone` says, so the zone every post is handed (PostContext.zone) is the machine's.
   */
  readonly siteZone: TimeZone | undefined;
}

/** Hexo reads `_config.yml`, else the first `_config.*` it has a renderer for (load_config.ts findConfigPath). */
export const HEXO_CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.json'];

export function readHexoSiteConfig(files: readonly ConfigText[]): ConfigReading & { readonly config: HexoConfig } {
  const problems: (Problem & { file?: string })[] = [];
  const first = files[0];
  let parsed: Record<string, unknown> | undefined;
  if (first !== undefined) {
    // JSON is YAML to js-yaml, and Hexo's JSON renderer is JSON.parse: the same mapping for a valid file.
    const result = loadHexoYaml(first.text);
    if (!result.ok) problems.push({ severity: 'error', code: 'config.yaml', message: `Hexo cannot read ${first.file}: ${result.error.message}`, line: result.error.line, file: first.file });
    else if (typeof result.value === 'object' && result.value !== null && !Array.isArray(result.value)) parsed = result.value as Record<string, unknown>;
  }
  const own: Problem[] = [];
  const settings = hexoSettings(parsed, own);
  for (const p of own) problems.push(first === undefined ? p : { ...p, file: first.file });
  let siteZone: TimeZone | undefined;
  if (settings.timezone !== '') {
    const zone = createTimeZone(settings.timezone);
    if (zone.ok) siteZone = zone.zone;
    else problems.push({ severity: 'error', code: 'config.timezone', message: `Hexo does not know the zone "${settings.timezone}": ${zone.message}`, line: 0, ...(first === undefined ? {} : { file: first.file }) });
  }
  const config: HexoConfig = {
    generator: 'hexo',
    raw: settings.raw,
    url: /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(settings.url)?.[1] ?? '',
    baseurl: settings.root.replace(/\/$/, ''),
    timezone: undefined,
    excerptSeparator: '<!-- more -->',
    wordsPerMinute: 200,
    markdownExt: ['md', 'markdown', 'mkd', 'mkdn', 'mdwn', 'mdtxt', 'mdtext'],
    hexo: settings,
    siteZone,
  };
  return { config, problems };
}
