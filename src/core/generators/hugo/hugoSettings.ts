/**
 * The settings of a Hugo site that decide how Hugo 0.111.3 reads its content, with Hugo's defaults
 * (hugolib/config.go applyConfigDefaults, langs/config.go, pagemeta/page_frontmatter.go).
 */

/** One configured language (`[languages.<code>]`), or the implicit default language of a monolingual site. */
export interface HugoLanguage {
  /** The code, lower-cased as Hugo lower-cases config keys (`[languages.KO]` is `ko`). */
  readonly code: string;
  /** `weight`; 0 sorts after every weighted language. */
  readonly weight: number;
  readonly languageName: string;
  readonly title?: string;
  /**
   * The site-relative folder of this language's content (`contentDir`, cleaned), when it or the site sets one.
   * Files under it belong to this language unless their name says otherwise (`x.en.md`).
   */
  readonly contentDir?: string;
  /** The language's own `timeZone`, which wins over the site's (verified with hugo 0.111.3). */
  readonly timeZone?: string;
  /** The language's own `baseURL` (a multihost site). */
  readonly baseURL?: string;
  /** Listed in `disableLanguages` or `disabled = true`. */
  readonly disabled: boolean;
  /** Everything the language's table holds, keys lower-cased. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/**
 * The `[frontmatter]` chains, lower-cased, with `:default` expanded and the aliases Hugo adds after each key
 * (`lastmod` → `modified`; `publishdate` → `pubdate`, `published`; `expirydate` → `unpublishdate`).
 * Entries are front-matter keys or `:filename`, `:filemodtime`, `:git`.
 */
export interface HugoFrontMatterChains {
  readonly date: readonly string[];
  readonly lastmod: readonly string[];
  readonly publishDate: readonly string[];
  readonly expiryDate: readonly string[];
}

export interface HugoSettings {
  /** `baseURL` as written ("" when unset). Its path (e.g. `/blog/`) prefixes every RelPermalink. */
  readonly baseURL: string;
  readonly title: string;
  /** The site's `contentDir`, cleaned; default `content`. */
  readonly contentDir: string;
  /** Lower-cased; default `en`. */
  readonly defaultContentLanguage: string;
  /** Whether the default language's URLs get its `/<code>` prefix too (always so on a multihost site). */
  readonly defaultContentLanguageInSubdir: boolean;
  /** Every language by code; a site without `[languages]` has just the default language. */
  readonly languages: Readonly<Record<string, HugoLanguage>>;
  /** The codes in Hugo's order: by weight (0 last), then by code. */
  readonly languageOrder: readonly string[];
  /** More than one language is configured: non-default languages get a `/<code>` URL prefix. */
  readonly multilingual: boolean;
  /** Some language has its own baseURL (and then all must): no language prefix in RelPermalink. */
  readonly multihost: boolean;
  /**
   * Singular → plural. Default `{tag: tags, category: categories}`; a `[taxonomies]` table replaces the default
   * (verified). Singular keys are lower-cased; plurals keep their case (Hugo matches front matter case-insensitively).
   */
  readonly taxonomies: Readonly<Record<string, string>>;
  /** Section → pattern; keys lower-cased and trimmed of spaces and slashes, as Hugo 0.111 keys them. */
  readonly permalinks: Readonly<Record<string, string>>;
  /** The site's `timeZone` ("" = UTC). */
  readonly timeZone: string;
  readonly frontmatter: HugoFrontMatterChains;
  readonly buildDrafts: boolean;
  readonly buildFuture: boolean;
  readonly buildExpired: boolean;
  readonly disablePathToLower: boolean;
  readonly removePathAccents: boolean;
  /** `uglyURLs`: a boolean, or section → boolean. */
  readonly uglyURLs: boolean | Readonly<Record<string, boolean>>;
  /** With canonifyURLs, RelPermalink has no baseURL path. */
  readonly canonifyURLs: boolean;
  /** Default 70. */
  readonly summaryLength: number;
  readonly hasCJKLanguage: boolean;
  /** `params.mainSections` as written (undefined when unset: Hugo then picks the biggest section). */
  readonly mainSections: unknown;
  /** `theme`: one name or several. */
  readonly theme: readonly string[];
  /** `ignoreFiles`: Go regular expressions matched against each content file's absolute path. */
  readonly ignoreFiles: readonly string[];
  /** The merged config, keys lower-cased, before defaults. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export const DEFAULT_CHAINS: HugoFrontMatterChains = {
  date: ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'],
  lastmod: [':git', 'lastmod', 'modified', 'date', 'publishdate', 'pubdate', 'published'],
  publishDate: ['publishdate', 'pubdate', 'published', 'date'],
  expiryDate: ['expirydate', 'unpublishdate'],
};

const BASE_CHAINS = {
  date: ['date', 'publishdate', 'lastmod'],
  lastmod: [':git', 'lastmod', 'date', 'publishdate'],
  publishDate: ['publishdate', 'date'],
  expiryDate: ['expirydate'],
} as const;

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  lastmod: ['modified'],
  publishdate: ['pubdate', 'published'],
  expirydate: ['unpublishdate'],
};

/** Expands one configured chain as Hugo's newFrontmatterConfig does. */
export function expandChain(which: keyof typeof BASE_CHAINS, configured: readonly string[] | undefined): string[] {
  const values = configured ?? BASE_CHAINS[which];
  const expanded: string[] = [];
  for (const v of values) {
    if (v === ':default') expanded.push(...BASE_CHAINS[which]);
    else expanded.push(v);
  }
  const out: string[] = [];
  for (const v of expanded) {
    for (const w of [v, ...(ALIASES[v] ?? [])]) if (!out.includes(w)) out.push(w);
  }
  return out;
}

export function defaultHugoSettings(): HugoSettings {
  const en: HugoLanguage = { code: 'en', weight: 0, languageName: '', disabled: false, raw: {} };
  return {
    baseURL: '',
    title: '',
    contentDir: 'content',
    defaultContentLanguage: 'en',
    defaultContentLanguageInSubdir: false,
    languages: { en },
    languageOrder: ['en'],
    multilingual: false,
    multihost: false,
    taxonomies: { tag: 'tags', category: 'categories' },
    permalinks: {},
    timeZone: '',
    frontmatter: DEFAULT_CHAINS,
    buildDrafts: false,
    buildFuture: false,
    buildExpired: false,
    disablePathToLower: false,
    removePathAccents: false,
    uglyURLs: false,
    canonifyURLs: false,
    summaryLength: 70,
    hasCJKLanguage: false,
    mainSections: undefined,
    theme: [],
    ignoreFiles: [],
    raw: {},
  };
}
