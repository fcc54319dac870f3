/**
 * A Hugo site's settings from its config files, as Hugo 0.111.3 reads them. Pure: the platform reads the files
 * (HUGO_ROOT_CONFIG_FILES, and every file below HUGO_CONFIG_DIRS) and passes their text in.
 * Not modelled: theme and module config (merged in by Hugo after the site's), HUGO_* environment variables.
 */
import { createTimeZone } from '../../timeZone';
import { castToBool, castToInt, castToString, castToStringSlice, goLower, goPathClean, isPlainObject, toJsRegExp, toStringSlicePreserveString } from './goValues';
import { compareCodePoints, mergeHugoConfigFiles } from './hugoConfigFiles';
import type { HugoConfigProblem } from './hugoConfigFiles';
import { parsePermalinkPattern } from './hugoPermalinks';
import { defaultHugoSettings, expandChain } from './hugoSettings';
import type { HugoFrontMatterChains, HugoLanguage, HugoSettings } from './hugoSettings';

export { HUGO_ROOT_CONFIG_FILES, HUGO_CONFIG_DIRS, isHugoConfigPath } from './hugoConfigFiles';
export type { HugoConfigProblem } from './hugoConfigFiles';

export interface HugoConfigResult {
  readonly settings: HugoSettings;
  readonly problems: HugoConfigProblem[];
}

export interface ReadHugoConfigOptions {
  /** Hugo's environment: `production` for `hugo` (the default), `development` for `hugo server`. */
  readonly environment?: string;
}

function lineOfKey(text: string, key: string): number {
  const lines = text.split('\n');
  const needle = goLower(key);
  const index = lines.findIndex((l) => goLower(l).includes(needle));
  return index < 0 ? 0 : index;
}

/**
 * Whether Go's time.LoadLocation would find the zone ("" and UTC are UTC; "Local" is the machine's zone; names
 * are case-sensitive: "asia/seoul" stops Hugo, verified).
 */
export function isLoadableZone(name: string): boolean {
  if (name === '' || name === 'UTC' || name === 'Local') return true;
  if (!createTimeZone(name).ok) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
  } catch {
    return false;
  }
}

function readChains(raw: unknown): HugoFrontMatterChains {
  const fm = isPlainObject(raw) ? raw : {};
  const get = (key: string): string[] | undefined => (key in fm ? castToStringSlice(fm[key]).map(goLower) : undefined);
  return {
    date: expandChain('date', get('date')),
    lastmod: expandChain('lastmod', get('lastmod')),
    publishDate: expandChain('publishDate', get('publishdate')),
    expiryDate: expandChain('expiryDate', get('expirydate')),
  };
}

function stringMap(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isPlainObject(raw)) for (const [k, v] of Object.entries(raw)) out[k] = castToString(v);
  return out;
}

function readUgly(raw: unknown): boolean | Record<string, boolean> {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return castToBool(raw);
  if (isPlainObject(raw)) {
    const out: Record<string, boolean> = {};
    for (const [k, v] of Object.entries(raw)) out[k] = castToBool(v);
    return out;
  }
  return false;
}

interface LanguagesRead {
  languages: Record<string, HugoLanguage>;
  order: string[];
  problems: string[];
}

function readLanguages(raw: Record<string, unknown>, defaultLang: string, globalContentDir: string | undefined): LanguagesRead {
  const problems: string[] = [];
  const table = isPlainObject(raw['languages']) ? raw['languages'] : {};
  const disabledList = castToStringSlice(raw['disablelanguages']);
  const languages: Record<string, HugoLanguage> = {};
  for (const [code, conf] of Object.entries(table)) {
    if (!isPlainObject(conf)) {
      problems.push(`the language "${code}" is not a table`);
      continue;
    }
    const contentDir = 'contentdir' in conf ? goPathClean(castToString(conf['contentdir'])) : globalContentDir;
    const timeZone = 'timezone' in conf ? castToString(conf['timezone']) : undefined;
    const baseURL = 'baseurl' in conf ? castToString(conf['baseurl']) : undefined;
    const disabled = castToBool(conf['disabled']) || disabledList.some((d) => goLower(d) === code);
    languages[code] = {
      code,
      weight: castToInt(conf['weight']),
      languageName: castToString(conf['languagename']),
      disabled,
      raw: conf,
      ...('title' in conf ? { title: castToString(conf['title']) } : {}),
      ...(contentDir !== undefined ? { contentDir } : {}),
      ...(timeZone !== undefined ? { timeZone } : {}),
      ...(baseURL !== undefined ? { baseURL } : {}),
    };
  }
  if (Object.keys(languages).length === 0) {
    languages[defaultLang] = { code: defaultLang, weight: 0, languageName: '', disabled: false, raw: {}, ...(globalContentDir !== undefined ? { contentDir: globalContentDir } : {}) };
  }
  if (!(defaultLang in languages)) {
    problems.push(`defaultContentLanguage "${defaultLang}" does not match any language definition; Hugo stops`);
  } else if (languages[defaultLang]?.disabled === true) {
    problems.push(`cannot disable the default language "${defaultLang}"; Hugo stops`);
  }
  const order = Object.keys(languages).sort((a, b) => {
    const wa = languages[a]?.weight ?? 0;
    const wb = languages[b]?.weight ?? 0;
    if (wa === wb) return compareCodePoints(a, b);
    if (wa === 0) return 1;
    if (wb === 0) return -1;
    return wa - wb;
  });
  return { languages, order, problems };
}

/** Reads the site's settings from its config files (those that exist, site-relative paths). Never throws. */
export function readHugoConfig(files: readonly { file: string; text: string }[], options: ReadHugoConfigOptions = {}): HugoConfigResult {
  const list: readonly { file: string; text: string }[] = Array.isArray(files) ? files : [];
  const merged = mergeHugoConfigFiles(list, options.environment ?? 'production');
  const problems = [...merged.problems];
  const raw = merged.raw;
  const defaults = defaultHugoSettings();
  const textOf = (file: string): string => list.find((f) => f.file === file)?.text ?? '';
  // A semantic problem is reported on the last file that mentions the key (the one whose value won).
  const report = (key: string, message: string, code: string): void => {
    const file = [...merged.used].reverse().find((f) => goLower(textOf(f)).includes(goLower(key))) ?? merged.used[0] ?? '';
    problems.push({ severity: 'error', code, message, line: lineOfKey(textOf(file), key), file });
  };

  const defaultContentLanguage = goLower(castToString(raw['defaultcontentlanguage'])) || 'en';
  const globalContentDir = 'contentdir' in raw ? goPathClean(castToString(raw['contentdir'])) : undefined;
  const langs = readLanguages(raw, defaultContentLanguage, globalContentDir);
  for (const message of langs.problems) report('languages', message, 'hugoConfigLanguages');
  const multilingual = langs.order.length > 1;
  const multihost = multilingual && langs.order.some((code) => langs.languages[code]?.baseURL !== undefined);

  const timeZone = castToString(raw['timezone']);
  for (const [code, zone] of [['', timeZone], ...langs.order.map((c) => [c, langs.languages[c]?.timeZone ?? ''])] as const) {
    if (!isLoadableZone(zone)) report('timezone', `invalid timeZone "${zone}"${code ? ` for language "${code}"` : ''}: Hugo stops`, 'hugoConfigTimeZone');
  }

  const permalinks: Record<string, string> = {};
  for (const [key, pattern] of Object.entries(stringMap(raw['permalinks']))) {
    const parsed = parsePermalinkPattern(pattern);
    if (!parsed.ok) report(key, `permalink "${pattern}" for "${key}": ${parsed.message}; Hugo stops`, 'hugoConfigPermalink');
    permalinks[key.replace(/^[ /]+|[ /]+$/g, '')] = pattern;
  }

  for (const pattern of castToStringSlice(raw['ignorefiles'])) {
    if (toJsRegExp(pattern) === undefined) report('ignorefiles', `ignoreFiles "${pattern}" is not a regular expression Hugo accepts; it is skipped`, 'hugoConfigIgnoreFiles');
  }

  const bool = (key: string): boolean => castToBool(raw[goLower(key)]);
  const params = isPlainObject(raw['params']) ? raw['params'] : {};
  const settings: HugoSettings = {
    baseURL: castToString(raw['baseurl']),
    title: castToString(raw['title']),
    contentDir: globalContentDir ?? defaults.contentDir,
    defaultContentLanguage,
    defaultContentLanguageInSubdir: multihost || bool('defaultContentLanguageInSubdir'),
    languages: langs.languages,
    languageOrder: langs.order,
    multilingual,
    multihost,
    taxonomies: 'taxonomies' in raw ? stringMap(raw['taxonomies']) : defaults.taxonomies,
    permalinks,
    timeZone,
    frontmatter: readChains(raw['frontmatter']),
    buildDrafts: bool('buildDrafts'),
    buildFuture: bool('buildFuture'),
    buildExpired: bool('buildExpired'),
    disablePathToLower: bool('disablePathToLower'),
    removePathAccents: bool('removePathAccents'),
    uglyURLs: readUgly(raw['uglyurls']),
    canonifyURLs: bool('canonifyURLs'),
    summaryLength: 'summarylength' in raw ? castToInt(raw['summarylength']) : defaults.summaryLength,
    hasCJKLanguage: bool('hasCJKLanguage'),
    mainSections: params['mainsections'],
    theme: toStringSlicePreserveString(raw['theme']) ?? [],
    ignoreFiles: castToStringSlice(raw['ignorefiles']),
    raw,
  };
  return { settings, problems };
}
