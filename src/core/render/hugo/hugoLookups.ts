/**
 * What Hugo's `ref`/`relref` and `param` shortcodes look up. A ref names a content file or bundle as Hugo 0.111.3
 * finds it (verified with hugo): from the content root with a leading `/`, else next to the page first and then
 * from the root; with or without the extension; a bundle by its folder; a bare name by the one page with that base
 * name; `#anchor` kept. The page's URL comes from the site model. A param is the page's own front-matter value
 * (keys without case, dotted paths into tables), else the site's `params`.
 */
import type { PostLookup } from '../renderTypes';

const SOURCE_EXT = /\.(?:md|markdown|mdown|html|htm)$/i;
const TRIES = ['.md', '/index.md', '/_index.md', '.markdown', '/index.markdown', '.html', '/index.html'];

export interface RefContext {
  readonly posts: PostLookup;
  /** The site's content folders, site-relative (`content`, and each language's own). */
  readonly contentDirs: readonly string[];
  /** Site path of the page the ref is written in. */
  readonly sitePath: string;
  /** That page's own URL, for `ref "#anchor"`. */
  readonly pageUrl: string | undefined;
}

/** `a/./b/../c` → `a/c`; undefined when it climbs out of the root. */
export function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

function contentPathOf(sitePath: string, dirs: readonly string[]): { dir: string; path: string } | undefined {
  for (const dir of dirs) {
    const prefix = dir === '' ? '' : `${dir}/`;
    if (sitePath.startsWith(prefix)) return { dir, path: sitePath.slice(prefix.length) };
  }
  return undefined;
}

/** A lookup that finds exactly the given site paths, each standing for itself: resolveRef then returns the path a ref finds. */
export function pathsLookup(paths: ReadonlySet<string>): PostLookup {
  return { urlForPath: (p) => (paths.has(p) ? p : undefined), urlForPostUrlName: () => undefined, fileForUrl: () => undefined, sitePaths: () => [...paths] };
}

/** A file's name as a ref may give it bare: its base name, or its bundle's folder, without extension or language. */
function bareName(path: string): string {
  const parts = path.split('/');
  const file = parts[parts.length - 1] ?? '';
  const stem = file.replace(/(?:\.[a-z]{2}(?:-[a-z]+)?)?\.[^.]+$/i, '');
  return stem === 'index' || stem === '_index' ? (parts[parts.length - 2] ?? '') : stem;
}

/** The URL (the site model's, with the baseURL path) of the page a ref names, with its `#anchor`; undefined when none. */
export function resolveRef(ref: string, ctx: RefContext): string | undefined {
  const hash = ref.indexOf('#');
  const path = (hash < 0 ? ref : ref.slice(0, hash)).trim();
  const fragment = hash < 0 ? '' : ref.slice(hash);
  if (path === '') return ctx.pageUrl === undefined ? undefined : `${ctx.pageUrl}${fragment}`;
  const here = contentPathOf(ctx.sitePath, ctx.contentDirs);
  const hereDir = here === undefined ? '' : here.path.slice(0, Math.max(0, here.path.lastIndexOf('/')));
  const bases = path.startsWith('/') ? [normalize(path)] : [normalize(`${hereDir}/${path}`), normalize(path)];
  for (const base of bases) {
    if (base === undefined || base === '') continue;
    for (const dir of ctx.contentDirs) {
      const root = dir === '' ? base : `${dir}/${base}`;
      const candidates = SOURCE_EXT.test(base) ? [root] : TRIES.map((t) => `${root}${t}`);
      for (const candidate of candidates) {
        const url = ctx.posts.urlForPath(candidate);
        if (url !== undefined) return `${url}${fragment}`;
      }
    }
  }
  if (path.includes('/') || ctx.posts.sitePaths === undefined) return undefined;
  const wanted = path.replace(SOURCE_EXT, '');
  const matches = ctx.posts.sitePaths().filter((p) => contentPathOf(p, ctx.contentDirs) !== undefined && bareName(p) === wanted);
  const url = matches.length === 1 && matches[0] !== undefined ? ctx.posts.urlForPath(matches[0]) : undefined;
  return url === undefined ? undefined : `${url}${fragment}`;
}

function isTable(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function getIgnoringCase(table: Readonly<Record<string, unknown>>, key: string): unknown {
  if (Object.hasOwn(table, key)) return table[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(table)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function dig(table: Readonly<Record<string, unknown>>, key: string): unknown {
  let node: unknown = table;
  for (const part of key.split('.')) {
    if (!isTable(node)) return undefined;
    node = getIgnoringCase(node, part);
  }
  return node;
}

/** Hugo's Page.Param: the page's value for `key`, else the site's; undefined when neither has one. */
export function pageParam(key: string, page: Readonly<Record<string, unknown>>, siteParams: Readonly<Record<string, unknown>>): unknown {
  const own = dig(page, key);
  return own === undefined || own === null ? dig(siteParams, key) ?? undefined : own;
}

/** A value as Go's `{{ . }}` prints it: `[a b]` for lists, `map[k:v]` for tables. */
export function goString(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (isTable(value)) {
    return `map[${Object.keys(value)
      .sort()
      .map((k) => `${k}:${goString(value[k])}`)
      .join(' ')}]`;
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : '';
}
