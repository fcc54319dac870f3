/**
 * Which files of an Astro site are posts, as Astro 5.18.2's glob loader finds them: under a posts collection's
 * `base`, matching its pattern (tinyglobby: dot files and folders left out), with an extension Astro has an entry
 * type for (Markdown always, `.mdx` with @astrojs/mdx), the legacy `src/content/config.*` never an entry. And each
 * entry's id (glob.ts `generateIdDefault`): front-matter `slug` as written, else github-slugger per path segment
 * without the extension and a final `/index`.
 */
import { globToRegExp } from '../../glob';
import { ASTRO_MARKDOWN_EXTS } from './astroConfigText';
import { githubSlug } from './githubSlug';
import type { AstroConfig, AstroPostSource } from './astroSiteConfig';
import type { PostListing } from '../generator';
import type { PostPlace } from '../../postPath';

/** A posts source's patterns compiled once per config (AstroPostSource.include / exclude). */
export function compileAstroPatterns(patterns: readonly string[]): { include: RegExp[]; exclude: RegExp[] } {
  const compile = (globs: readonly string[]): RegExp[] => globs.map((g) => globToRegExp(g.replace(/^\.\//, ''))).filter((r): r is RegExp => r !== undefined);
  return { include: compile(patterns.filter((p) => !p.startsWith('!'))), exclude: compile(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))) };
}

/** Whether Astro has an entry type for the file's extension (the last dot's, as glob.ts `configForFile` takes it). */
export function astroTakesExtension(name: string, config: AstroConfig): boolean {
  // Case matters: Astro's entry types are keyed `.md`, so `.MD` has none.
  const ext = name.split('.').at(-1) ?? '';
  return name.includes('.') && (ASTRO_MARKDOWN_EXTS.includes(ext) || (ext === 'mdx' && config.astro.mdx));
}

/** The posts collection and base-relative path of a site path, or undefined when no posts collection takes it. */
export function astroEntryOf(sitePath: string, config: AstroConfig): { source: AstroPostSource; rel: string } | undefined {
  for (const source of config.astro.sources) {
    const base = source.base;
    const rel = base === '' ? sitePath : sitePath.startsWith(`${base}/`) ? sitePath.slice(base.length + 1) : undefined;
    if (rel === undefined || rel.split('/').some((s) => s.startsWith('.'))) continue;
    if (/^src\/content\/config\.(?:js|ts|mjs)$/.test(sitePath)) continue;
    if (source.include.some((r) => r.test(rel)) && !source.exclude.some((r) => r.test(rel)) && astroTakesExtension(rel, config)) return { source, rel };
  }
  return undefined;
}

/** The entry id Astro's glob loader gives a file at `rel` (relative to the base) with this front matter. */
export function astroEntryId(rel: string, frontMatter: Readonly<Record<string, unknown>>): string {
  const slug: unknown = frontMatter['slug'];
  // `if (data.slug) return data.slug`: any truthy value, as written.
  if (typeof slug === 'string' && slug !== '') return slug;
  if ((typeof slug === 'number' && slug !== 0 && !Number.isNaN(slug)) || slug === true) return String(slug);
  if (typeof slug === 'object' && slug !== null) return JSON.stringify(slug);
  // path.extname: the last dot of the file name, unless the name starts with it.
  const nameStart = rel.lastIndexOf('/') + 1;
  const dot = rel.lastIndexOf('.');
  const withoutExt = dot > nameStart ? rel.slice(0, dot) : rel;
  return withoutExt.split('/').map(githubSlug).join('/').replace(/\/index$/, '');
}

export function astroPlaceOf(rawPath: string, config: AstroConfig): PostPlace {
  const sitePath = rawPath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const entry = astroEntryOf(sitePath, config);
  if (entry === undefined) return { kind: 'outside', sitePath };
  // The loader opens `new URL(encodeURI(entry), base)`: a `?` or `#` starts the URL's query or fragment, and the file is never read.
  if (/[?#]/.test(entry.rel)) {
    return { kind: 'notPost', sitePath, reason: 'ignoredName', message: 'Astro\'s glob loader cannot read a file whose path has ? or # (it opens the path as a URL): this file is no entry' };
  }
  return { kind: 'post', sitePath, jekyllPath: entry.rel, specialDir: entry.source.base };
}

export function astroListing(config: AstroConfig): PostListing {
  const bases = [...new Set(config.astro.sources.map((s) => s.base))];
  return {
    roots: bases,
    postFolders: undefined,
    skipsName: (name) => name.startsWith('.') || name === 'node_modules',
    excludes: () => false,
    takesFile: (name) => astroTakesExtension(name, config),
    // Folders too: a post's folder renamed or moved is one event for the folder, none for the post inside it.
    watchGlob: bases.length === 1 && bases[0] !== '' ? `${bases[0]}/**` : `{${bases.map((b) => (b === '' ? '**' : `${b}/**`)).join(',')}}`,
  };
}
