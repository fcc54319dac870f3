/** `_config.yml` text → a typed JekyllConfig with Jekyll 4.3's defaults. Broken config → defaults + problems. */
import { loadYaml11 } from './yaml11';
import { rubyToS } from './taxonomy';
import { compilePathRules, type PathRules } from './postPath';
import type { Problem } from './problem';
import type { SiteSettings } from './generators/generator';

export interface DefaultsScope {
  /** Path prefix or glob, as written (may be empty: whole site). */
  readonly path: string;
  readonly type?: string;
}

export interface DefaultsEntry {
  readonly scope: DefaultsScope;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface CollectionConfig {
  readonly label: string;
  readonly output: boolean;
  /** The collection's own permalink template, if set. */
  readonly permalink?: string;
}

export interface JekyllConfig extends SiteSettings {
  readonly generator: 'jekyll';
  /** `permalink` as written: a style name (date, pretty, ordinal, weekdate, none) or a template. */
  readonly permalink: string;
  /** The template posts use (collections.posts.permalink, else the style's template). */
  readonly postsPermalink: string;
  readonly timezone: string | undefined;
  readonly url: string;
  readonly baseurl: string;
  readonly collections: ReadonlyMap<string, CollectionConfig>;
  readonly collectionsDir: string;
  readonly exclude: readonly string[];
  readonly include: readonly string[];
  /** `exclude` and `include` compiled once, for the per-file checks. */
  readonly pathRules: PathRules;
  readonly future: boolean;
  readonly showDrafts: boolean;
  readonly unpublished: boolean;
  readonly excerptSeparator: string;
  readonly wordsPerMinute: number;
  readonly slugifyMode: string | undefined;
  /** Extensions (without dot, lower case) rendered as Markdown → `.html`. */
  readonly markdownExt: readonly string[];
  readonly defaults: readonly DefaultsEntry[];
}

export interface ConfigResult {
  readonly config: JekyllConfig;
  readonly problems: readonly Problem[];
}

const STYLE_TO_PERMALINK: Readonly<Record<string, string>> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};

/** A named style's template, or the value itself (Jekyll's style_to_permalink). */
export function styleToPermalink(style: string): string {
  return Object.prototype.hasOwnProperty.call(STYLE_TO_PERMALINK, style) ? (STYLE_TO_PERMALINK[style] ?? style) : style;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Ruby truthiness: only nil and false are false. */
export function rubyTruthy(v: unknown): boolean {
  return v !== null && v !== undefined && v !== false;
}

function str(v: unknown, fallback: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return fallback;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : [];
}

const DEPRECATED_TYPES: Readonly<Record<string, string>> = { page: 'pages', post: 'posts', draft: 'drafts' };

function readDefaults(v: unknown, problems: Problem[], line: (key: string) => number): DefaultsEntry[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.push({ severity: 'warning', code: 'config.defaults', message: '`defaults` should be a list', line: line('defaults') });
    return [];
  }
  const out: DefaultsEntry[] = [];
  v.forEach((set, index) => {
    if (!isRecord(set) || !isRecord(set['values'])) {
      problems.push({
        severity: 'warning',
        code: 'config.defaults',
        message: `defaults entry ${index + 1} has no \`values\` mapping and is ignored (as Jekyll does)`,
        line: line('defaults'),
      });
      return;
    }
    const scope = isRecord(set['scope']) ? set['scope'] : {};
    const path = typeof scope['path'] === 'string' ? scope['path'] : '';
    const rawType = scope['type'];
    const entryScope: DefaultsScope =
      rawType === undefined || rawType === null
        ? { path }
        : { path, type: DEPRECATED_TYPES[rubyToS(rawType)] ?? rubyToS(rawType) };
    out.push({ scope: entryScope, values: set['values'] });
  });
  return out;
}

function readCollections(v: unknown, postsPermalink: string | undefined): Map<string, CollectionConfig> {
  const map = new Map<string, CollectionConfig>();
  const entries: Array<[string, Record<string, unknown>]> = [];
  if (Array.isArray(v)) for (const label of v) entries.push([String(label), {}]);
  else if (isRecord(v)) for (const [label, meta] of Object.entries(v)) entries.push([label, isRecord(meta) ? meta : {}]);
  const posts = entries.find(([l]) => l === 'posts')?.[1] ?? {};
  for (const [label, meta] of [['posts', posts] as [string, Record<string, unknown>], ...entries.filter(([l]) => l !== 'posts')]) {
    const permalink = typeof meta['permalink'] === 'string' ? meta['permalink'] : label === 'posts' ? postsPermalink : undefined;
    const base = { label, output: label === 'posts' ? true : rubyTruthy(meta['output']) };
    map.set(label, permalink === undefined ? base : { ...base, permalink });
  }
  return map;
}

function build(raw: Record<string, unknown>, problems: Problem[], line: (key: string) => number): JekyllConfig {
  const permalink = str(raw['permalink'], 'date');
  const collections = readCollections(raw['collections'] ?? {}, rubyTruthy(raw['permalink'] ?? 'date') ? styleToPermalink(permalink) : undefined);
  for (const key of ['include', 'exclude']) {
    if (raw[key] !== undefined && !Array.isArray(raw[key])) {
      problems.push({ severity: 'error', code: 'config.list', message: `\`${key}\` should be a list (Jekyll stops with an error)`, line: line(key) });
    }
  }
  const wpm = raw['words_per_minute'];
  const markdownExt = str(raw['markdown_ext'], 'markdown,mkdown,mkdn,mkd,md')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
  const exclude = strings(raw['exclude']);
  const include = raw['include'] === undefined ? ['.htaccess'] : strings(raw['include']);
  return {
    generator: 'jekyll',
    raw,
    permalink,
    postsPermalink: collections.get('posts')?.permalink ?? '/:collection/:path:output_ext',
    timezone: typeof raw['timezone'] === 'string' && raw['timezone'] !== '' ? raw['timezone'] : undefined,
    url: str(raw['url'], ''),
    baseurl: str(raw['baseurl'], ''),
    collections,
    collectionsDir: str(raw['collections_dir'], '').replace(/^\/+|\/+$/g, ''),
    exclude,
    include,
    pathRules: compilePathRules(exclude, include),
    future: rubyTruthy(raw['future'] ?? false),
    showDrafts: rubyTruthy(raw['show_drafts'] ?? null),
    unpublished: rubyTruthy(raw['unpublished'] ?? false),
    excerptSeparator: raw['excerpt_separator'] === undefined || raw['excerpt_separator'] === null ? '\n\n' : str(raw['excerpt_separator'], '\n\n'),
    wordsPerMinute: typeof wpm === 'number' && Number.isFinite(wpm) && wpm > 0 ? wpm : 200,
    slugifyMode: typeof raw['slugify'] === 'string' ? raw['slugify'] : undefined,
    markdownExt,
    defaults: readDefaults(raw['defaults'], problems, line),
  };
}

/** The configuration of a site without `_config.yml`. */
export function defaultConfig(): JekyllConfig {
  return build({}, [], () => 0);
}

/** Parses `_config.yml` text. Never throws. */
export function parseConfig(text: string): ConfigResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  const line = (key: string): number => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? 0 : i;
  };
  const problems: Problem[] = [];
  const y = loadYaml11(body, { maxChars: 1024 * 1024 });
  for (const w of y.warnings) problems.push({ severity: 'warning', code: 'config.duplicateKey', message: w.message, line: w.line });
  if (!y.ok) {
    problems.push({ severity: 'error', code: 'config.yaml', message: y.error.message, line: y.error.line });
    return { config: defaultConfig(), problems };
  }
  if (y.value !== null && y.value !== undefined && !isRecord(y.value)) {
    problems.push({ severity: 'error', code: 'config.notMapping', message: '_config.yml should be a mapping of settings', line: 0 });
    return { config: defaultConfig(), problems };
  }
  return { config: build(isRecord(y.value) ? y.value : {}, problems, line), problems };
}
