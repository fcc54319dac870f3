/**
 * An Astro 5 site's configuration as the rest of Postcraft sees it: `astro.config.*` and the content config read
 * as text (never run; astroConfigText.ts), the collection(s) that hold posts, the roles of their schema's fields,
 * and the blog route that gives posts a URL. What only running the site's code could tell is a note.
 */
import { tokenizeJs, readJsObject, entryOf, plainValue, type JsValue } from '../docusaurus/jsLiteralText';
import { CONVENTIONAL_BLOG_BASES, readAstroContentConfig, type AstroCollection } from './astroConfigText';
import { astroFieldRoles, type AstroFieldRoles } from './astroFields';
import { compileAstroPatterns } from './astroPaths';
import type { ConfigReading, ConfigText, SiteSettings } from '../generator';
import type { Problem } from '../../problem';

const CODE_EXTS = ['mjs', 'js', 'ts', 'mts', 'cjs', 'cts'];
/** Where Astro looks for its config (astro 5.18.2 `configPaths`). */
export const ASTRO_CONFIG_NAMES = CODE_EXTS.map((ext) => `astro.config.${ext}`);
/** The content config, in Astro 5's order: `src/content.config.*`, then the legacy `src/content/config.*`. */
export const ASTRO_CONTENT_CONFIG_NAMES = [...['ts', 'mts', 'js', 'mjs'].map((ext) => `src/content.config.${ext}`), ...['ts', 'mts', 'js', 'mjs'].map((ext) => `src/content/config.${ext}`)];
/**
 * The site folder's VS Code settings, where `postcraft.astro.collections` and `postcraft.astro.fields` are read
 * from (so the CLI and the index workers see them as the editor does): JSON with comments, read as text.
 */
export const ASTRO_SETTINGS_FILE = '.vscode/settings.json';
/** The collection names Postcraft takes for the blog when the site has several. */
const BLOG_NAMES = ['blog', 'posts', 'post', 'articles'];

/** One folder of posts: a collection's base and patterns. */
export interface AstroPostSource {
  readonly collection: string;
  readonly base: string;
  readonly patterns: readonly string[];
  /** The patterns compiled (compileAstroPatterns). */
  readonly include: readonly RegExp[];
  readonly exclude: readonly RegExp[];
}

export interface AstroSettings {
  readonly configFile: string | undefined;
  readonly contentConfigFile: string | undefined;
  /** Every collection the content config declares (or its fallbacks). */
  readonly collections: readonly AstroCollection[];
  /** Where the posts are: the blog collection's folder (or, when it is computed, the conventional ones). */
  readonly sources: readonly AstroPostSource[];
  readonly roles: AstroFieldRoles;
  /**
   * The field that marks a draft: the one the `postcraft.astro.fields` setting names, else the draft role's field
   * when the schema has it (or when no schema field could be read); undefined when the schema has no such field,
   * where the writing commands write none.
   */
  readonly draftField: string | undefined;
  /** Whether the config adds @astrojs/mdx (without it, `.mdx` files are no entries). */
  readonly mdx: boolean;
  /** The URL folder of the blog route (`/blog/`), when `src/pages/<folder>/[...slug].astro` exists; else undefined. */
  readonly routePrefix: string | undefined;
  /** Whether that route is a rest parameter (`[...slug]`), which takes ids with `/`; `[slug]` takes one segment only. */
  readonly routeRest: boolean;
}

export interface AstroConfig extends SiteSettings {
  readonly generator: 'astro';
  readonly astro: AstroSettings;
}

/** Route files that would give the posts a URL, by folder (the site's own code decides; Postcraft infers). */
export function astroRouteFiles(folders: readonly string[]): string[] {
  return folders.flatMap((folder) => ['[...slug].astro', '[slug].astro', '[...id].astro', '[id].astro'].map((name) => `src/pages/${folder}/${name}`));
}

/** The folders a blog route may sit in: the posts collections' names and the usual ones. */
export function astroRouteFolders(collections: readonly string[]): string[] {
  return [...new Set([...collections, ...BLOG_NAMES])].filter((name) => /^[\w.-]+$/.test(name));
}

function literal(value: JsValue | undefined): string | undefined {
  return value?.kind === 'literal' && typeof value.value === 'string' ? value.value : undefined;
}

/** `site` and `base` of `defineConfig({ … })` (or `export default { … }`) when literal, and whether MDX is added. */
function readAstroConfigText(text: string): { site: string; base: string; mdx: boolean; written: Record<string, unknown> } {
  const tokens = tokenizeJs(text);
  let object: (JsValue & { kind: 'object' }) | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t?.kind === 'name' && t.value === 'defineConfig' && next?.kind === 'punct' && next.value === '(' && tokens[i + 2]?.kind === 'punct') {
      object = readJsObject(text, tokens, i + 2).value;
      break;
    }
    if (t?.kind === 'name' && t.value === 'default' && next?.kind === 'punct' && next.value === '{') {
      object = readJsObject(text, tokens, i + 1).value;
      break;
    }
  }
  const site = object === undefined ? undefined : literal(entryOf(object, 'site'));
  const base = object === undefined ? undefined : literal(entryOf(object, 'base'));
  const written: Record<string, unknown> = {};
  if (site !== undefined) written['site'] = site;
  if (base !== undefined) written['base'] = base;
  // For the link and image checks: null where publicDir is not a literal (then nothing is said of the root).
  const publicDir = object === undefined ? undefined : entryOf(object, 'publicDir');
  if (publicDir !== undefined) written['publicDir'] = literal(publicDir) ?? null;
  else if (object === undefined && /\bpublicDir\b/.test(text)) written['publicDir'] = null;
  return { site: site ?? '', base: base ?? '', mdx: /@astrojs\/mdx/.test(text), written };
}

/** The Astro settings of a `.vscode/settings.json` text; what is not a list of names or a map of names is left out. */
export function readAstroUserSettings(text: string): AstroUserSettings {
  const tokens = tokenizeJs(text);
  if (tokens[0]?.kind !== 'punct' || tokens[0].value !== '{') return {};
  const object = readJsObject(text, tokens, 0).value;
  const collections = plainValue(entryOf(object, 'postcraft.astro.collections') ?? { kind: 'literal', value: undefined });
  const fields = plainValue(entryOf(object, 'postcraft.astro.fields') ?? { kind: 'literal', value: undefined });
  const out: { collections?: string[]; fields?: Record<string, string> } = {};
  if (Array.isArray(collections)) out.collections = collections.filter((c): c is string => typeof c === 'string' && c !== '');
  if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
    out.fields = Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  }
  return out;
}

function postCollections(collections: readonly AstroCollection[], named: readonly string[] | undefined): AstroCollection[] {
  if (named !== undefined && named.length > 0) return collections.filter((c) => named.includes(c.name));
  for (const name of BLOG_NAMES) {
    const found = collections.find((c) => c.name === name);
    if (found !== undefined) return [found];
  }
  return collections.length === 1 ? [...collections] : [];
}

function source(collection: string, base: string, patterns: readonly string[]): AstroPostSource {
  return { collection, base, patterns, ...compileAstroPatterns(patterns) };
}

function fallbackSources(collection: string, mdx: boolean): AstroPostSource[] {
  const pattern = mdx ? '**/[^_]*.{md,mdx}' : '**/[^_]*.md';
  return CONVENTIONAL_BLOG_BASES.map((base) => source(collection, base, [pattern]));
}

/** What the user's settings name (`postcraft.astro.collections`, `postcraft.astro.fields`); empty: read from the site. */
export interface AstroUserSettings {
  readonly collections?: readonly string[];
  readonly fields?: Readonly<Record<string, string>>;
}

export function readAstroSiteConfig(files: readonly ConfigText[], given?: AstroUserSettings): ConfigReading & { readonly config: AstroConfig } {
  const problems: (Problem & { readonly file?: string })[] = [];
  const settingsFile = files.find((f) => f.file === ASTRO_SETTINGS_FILE);
  const user = given ?? (settingsFile === undefined ? {} : readAstroUserSettings(settingsFile.text));
  const main = files.find((f) => ASTRO_CONFIG_NAMES.includes(f.file));
  const content = ASTRO_CONTENT_CONFIG_NAMES.map((name) => files.find((f) => f.file === name)).find((f) => f !== undefined);
  const astroText = readAstroConfigText(main?.text ?? '');
  const read = readAstroContentConfig(content?.text ?? '', astroText.mdx);
  for (const note of read.notes) {
    problems.push({ severity: 'info', code: 'config.computed', message: note.message, line: note.line, ...(content === undefined ? {} : { file: content.file }) });
  }
  const chosen = postCollections(read.collections, user.collections);
  let sources: AstroPostSource[] = chosen.flatMap((c) => (c.source === 'fallback' ? fallbackSources(c.name, astroText.mdx) : [source(c.name, c.base, c.patterns)]));
  if (content === undefined || (read.collections.length === 0 && read.notes.length > 0)) sources = fallbackSources('blog', astroText.mdx);
  if (content === undefined && main !== undefined) {
    problems.push({ severity: 'info', code: 'config.computed', message: 'no content config (src/content.config.ts): Postcraft looks for posts in src/content/blog and src/data/blog', line: 0, file: main.file });
  }
  const names = chosen.length > 0 ? chosen.map((c) => c.name) : ['blog'];
  const route = astroRouteFolders(names)
    .flatMap((folder) => astroRouteFiles([folder]).map((file) => ({ folder, file })))
    .find(({ file }) => files.some((f) => f.file === file));
  const fields = chosen.flatMap((c) => c.fields.map((f) => f.name));
  const roles = astroFieldRoles(fields, user.fields);
  const config: AstroConfig = {
    generator: 'astro',
    raw: astroText.written,
    url: astroText.site.replace(/\/+$/, '').replace(/^(https?:\/\/[^/]+).*$/, '$1'),
    baseurl: astroText.base.replace(/\/+$/, ''),
    // `z.coerce.date()` reads a date-time without an offset in the process's zone: the machine's.
    timezone: undefined,
    excerptSeparator: '<!-- more -->',
    wordsPerMinute: 200,
    markdownExt: ['md', 'mdx', 'markdown'],
    astro: {
      configFile: main?.file,
      contentConfigFile: content?.file,
      collections: read.collections,
      sources,
      roles,
      draftField: user.fields?.['draft'] ?? (fields.length === 0 || fields.includes(roles.draft) ? roles.draft : undefined),
      mdx: astroText.mdx,
      routePrefix: route === undefined ? undefined : `/${route.folder}/`,
      routeRest: route?.file.includes('[...') ?? false,
    },
  };
  return { config, problems };
}
