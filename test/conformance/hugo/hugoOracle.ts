// Asks Hugo itself what it reads from a site: which files are pages, with their dates, draft flags, URLs and
// taxonomy terms, and which of them `hugo` would publish now. Hugo's own template engine prints it (the
// oracle theme's `index.postcraftoracle.json`), merged over the site's config by `oracle.toml`.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { copySite, writeShortcodeStubs } from './hugoSiteCopy';

/** What Hugo reads from a site. Top-level `sections`, `mainSections` and `taxonomies` are the default language's. */
export interface HugoReading {
  /** The Hugo that answered, e.g. `0.111.3`. */
  readonly hugoVersion: string;
  /** `defaultContentLanguage` (Hugo's default is `en`). */
  readonly defaultLanguage: string;
  /** Every language the site builds, in Hugo's order (by weight, then code). */
  readonly languages: readonly HugoLanguage[];
  /** The default language's top-level sections (content folders that hold pages), sorted. */
  readonly sections: readonly string[];
  /** `site.Params.mainSections` as Hugo resolves it for the default language: the config's, else the largest section. */
  readonly mainSections: readonly string[];
  /** Every regular page (kind `page`) of every language, drafts, future and expired ones included, by path then language. */
  readonly pages: readonly HugoPage[];
  /** The default language's taxonomies: plural (`tags`) → term key (`go-lang`) → term. */
  readonly taxonomies: HugoTaxonomies;
}

export type HugoTaxonomies = Readonly<Record<string, Readonly<Record<string, HugoTerm>>>>;

export interface HugoLanguage {
  /** The language code, e.g. `ko`. */
  readonly lang: string;
  /** `languageName` from the config, `''` when unset. */
  readonly name: string;
  readonly weight: number;
  /** The config's `timeZone` for this language, `''` when unset (then Hugo reads dates without an offset as UTC). */
  readonly timeZone: string;
  readonly sections: readonly string[];
  readonly mainSections: readonly string[];
  readonly taxonomies: HugoTaxonomies;
}

export interface HugoPage {
  /** The file, relative to the site root with `/`, e.g. `content/posts/hello/index.md`. */
  readonly path: string;
  /** The page's language: from a suffix (`index.en.md`), a language's `contentDir`, else the default language. */
  readonly lang: string;
  /** The first folder under the content folder (`posts`); `''` for a page directly in it. */
  readonly section: string;
  readonly title: string;
  /** Front matter `slug` as written, `''` when absent (Hugo does not derive one here). */
  readonly slug: string;
  /**
   * The four dates in RFC 3339, as Hugo holds them after its `[frontmatter]` rules: a value with an offset keeps
   * that offset, one without is read in the language's `timeZone`; a date Hugo did not find is `0001-01-01T00:00:00Z`.
   */
  readonly date: string;
  readonly publishDate: string;
  readonly lastmod: string;
  readonly expiryDate: string;
  readonly draft: boolean;
  /** The URL path Hugo gives the page (after `url`, `slug`, `[permalinks]` and the language prefix), `''` if it is not rendered. */
  readonly relPermalink: string;
  /** Whether plain `hugo`, with the site's own `buildDrafts`/`buildFuture`/`buildExpired`, builds it now. */
  readonly published: boolean;
  /** For every taxonomy of the site (plural), the keys of the terms Hugo lists this page under, sorted; `[]` for none. */
  readonly terms: Readonly<Record<string, readonly string[]>>;
  /** Hugo's `.Params`: front matter with lower-cased keys, plus what Hugo adds (`date`, `draft`, `iscjklanguage`…). */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface HugoTerm {
  /** The title Hugo gives the term's page: the term as first written (`Go Lang`), or a term `_index.md`'s title. */
  readonly name: string;
  /** Hugo's count for the term in the published build: every page carrying it, of any kind; `0` if only unpublished pages do. */
  readonly count: number;
  /** The same count when drafts, future and expired pages are built too (`-D -F -E`). */
  readonly countAll: number;
  readonly relPermalink: string;
}

/** One language's dump, as the oracle theme prints it. */
interface Dump {
  hugoVersion: string;
  lang: string;
  languageName: string;
  weight: number;
  languages: string[];
  defaultContentLanguage: string | null;
  timeZone: string | null;
  sections: string[] | null;
  mainSections: string[] | null;
  pages: DumpPage[] | null;
  taxonomies: { plural: string; terms: DumpTerm[] | null }[] | null;
}
interface DumpPage extends Omit<HugoPage, 'path' | 'published' | 'terms' | 'params'> {
  file: string;
  kind: string;
  params: Record<string, unknown> | null;
}
interface DumpTerm {
  key: string;
  name: string;
  relPermalink: string;
  count: number;
  pages: { file: string; kind: string }[] | null;
}

const here = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'conformance', 'hugo');
const overlay = path.join(here, 'oracle.toml');
const oracleTheme = path.join(here, 'oracle-theme');
const themeName = 'postcraft-oracle';

/** Builds the site twice with Hugo (every page with `-D -F -E`, then as `hugo` would publish) in a temporary copy. */
export function askHugo(siteRoot: string): HugoReading {
  const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-')));
  try {
    const site = path.join(work, 'site');
    const copy = copySite(path.resolve(siteRoot), site);
    const themes = path.join(work, 'themes');
    fs.cpSync(oracleTheme, path.join(themes, themeName), { recursive: true });
    writeShortcodeStubs(path.join(themes, themeName, 'layouts'), copy.shortcodes);
    const empty = path.join(work, 'empty-module');
    fs.mkdirSync(empty);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: work,
      TZ: 'UTC',
      HUGO_CACHEDIR: path.join(work, 'cache'),
    };
    if (copy.moduleImports.length > 0) {
      env['HUGO_MODULE_REPLACEMENTS'] = copy.moduleImports.map((imported) => `${imported} -> ${empty}`).join(',');
    }
    const build = (out: string, flags: readonly string[]): Dump[] => {
      const config = copy.configFile === undefined ? overlay : `${copy.configFile},${overlay}`;
      // --theme and --themesDir as flags too: they beat a `config/` folder, which Hugo merges after --config.
      const args = ['--source', site, '--config', config, '--theme', themeName, '--themesDir', themes, '--destination', path.join(work, out), '--quiet', ...flags];
      try {
        execFileSync('hugo', args, { cwd: site, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      } catch (error) {
        const stderr = (error as { stderr?: unknown }).stderr;
        // Hugo names files in the copy; the message names them in the site.
        const said = (typeof stderr === 'string' ? stderr.trim() : String(error)).split(site).join(path.resolve(siteRoot));
        throw new Error(`hugo ${flags.join(' ')} failed on ${siteRoot}: ${said}`, { cause: error });
      }
      return readDumps(path.join(work, out), siteRoot);
    };
    const all = build('all', ['--buildDrafts', '--buildFuture', '--buildExpired']);
    const published = build('published', []);
    return reading(all, published, site);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Every language writes `postcraft-oracle.json` at its home (`/`, `/en/`, or another host's folder). */
function readDumps(out: string, siteRoot: string): Dump[] {
  const files = (fs.readdirSync(out, { recursive: true, encoding: 'utf8' }))
    .filter((file) => path.basename(file) === 'postcraft-oracle.json');
  if (files.length === 0) {
    throw new Error(`hugo wrote no oracle output for ${siteRoot} (does its config disable the home page, or set outputs.home in a config/ folder?)`);
  }
  return files.map((file) => {
    const dump = JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as Dump;
    if (typeof dump.lang !== 'string' || typeof dump.hugoVersion !== 'string') throw new Error(`unexpected oracle output in ${file}`);
    return dump;
  });
}

function reading(all: readonly Dump[], published: readonly Dump[], site: string): HugoReading {
  const relative = (file: string): string => path.relative(site, file).split(path.sep).join('/');
  const key = (lang: string, file: string): string => `${lang}\n${file}`;
  const publishedPages = new Set(published.flatMap((dump) => (dump.pages ?? []).map((page) => key(dump.lang, page.file))));
  const publishedCounts = new Map(published.map((dump) => [dump.lang, dump]));
  const byLanguage = [...all].sort((a, b) => a.weight - b.weight || a.lang.localeCompare(b.lang));
  const pages: HugoPage[] = [];
  const languages: HugoLanguage[] = [];
  for (const dump of byLanguage) {
    const termsOf = new Map<string, Record<string, string[]>>();
    const plurals = (dump.taxonomies ?? []).map((taxonomy) => taxonomy.plural);
    for (const taxonomy of dump.taxonomies ?? []) {
      for (const term of taxonomy.terms ?? []) {
        for (const member of term.pages ?? []) {
          if (member.kind !== 'page') continue;
          const terms = termsOf.get(member.file) ?? Object.fromEntries(plurals.map((plural) => [plural, [] as string[]]));
          (terms[taxonomy.plural] ??= []).push(term.key);
          termsOf.set(member.file, terms);
        }
      }
    }
    for (const page of dump.pages ?? []) {
      if (page.kind !== 'page') continue;
      const terms = termsOf.get(page.file) ?? Object.fromEntries(plurals.map((plural) => [plural, []]));
      for (const list of Object.values(terms)) list.sort();
      pages.push({
        path: relative(page.file), lang: page.lang, section: page.section, title: page.title, slug: page.slug,
        date: page.date, publishDate: page.publishDate, lastmod: page.lastmod, expiryDate: page.expiryDate,
        draft: page.draft, relPermalink: page.relPermalink, published: publishedPages.has(key(dump.lang, page.file)),
        terms, params: page.params ?? {},
      });
    }
    languages.push({
      lang: dump.lang, name: dump.languageName, weight: dump.weight, timeZone: dump.timeZone ?? '',
      sections: [...(dump.sections ?? [])].sort(), mainSections: dump.mainSections ?? [],
      taxonomies: taxonomies(dump, publishedCounts.get(dump.lang)),
    });
  }
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.lang.localeCompare(b.lang)));
  const first = byLanguage[0];
  if (first === undefined) throw new Error('no language in the oracle output');
  const defaultLanguage = first.defaultContentLanguage ?? first.lang;
  const main = languages.find((language) => language.lang === defaultLanguage) ?? languages[0];
  return {
    hugoVersion: first.hugoVersion, defaultLanguage, languages, pages,
    sections: main?.sections ?? [], mainSections: main?.mainSections ?? [], taxonomies: main?.taxonomies ?? {},
  };
}

/** Terms of the every-page build, with the published build's counts (a term only unpublished pages carry counts 0). */
function taxonomies(all: Dump, published: Dump | undefined): HugoTaxonomies {
  const publishedCount = new Map<string, number>();
  for (const taxonomy of published?.taxonomies ?? []) {
    for (const term of taxonomy.terms ?? []) publishedCount.set(`${taxonomy.plural}\n${term.key}`, term.count);
  }
  return Object.fromEntries((all.taxonomies ?? []).map((taxonomy) => [
    taxonomy.plural,
    Object.fromEntries((taxonomy.terms ?? []).map((term) => [term.key, {
      name: term.name, count: publishedCount.get(`${taxonomy.plural}\n${term.key}`) ?? 0, countAll: term.count, relPermalink: term.relPermalink,
    }])),
  ]));
}
