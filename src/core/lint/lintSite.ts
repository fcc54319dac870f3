/** What the lint knows about a whole site: its layouts and its names, built once per site change. */
import { nameIndex, type OwnNames } from './lintNames';
import { destinationOf, fileStem, urlKey } from './postKeys';
import { MINIMAL_MISTAKES_LAYOUTS } from './lintPost';
import type { LintSite, SiteFiles, SitePages, SitePost } from './lintTypes';
import type { NameCount } from '../siteSnapshot';
import type { PostSummary } from '../postSummary';

function mentionsMinimalMistakes(v: unknown): boolean {
  return typeof v === 'string' && /minimal-mistakes/i.test(v);
}

/**
 * The layouts a post may name, or undefined when they cannot be known:
 * - Minimal Mistakes (`theme`/`remote_theme` naming it, or its `minimal_mistakes_skin` setting, as in sites that
 *   copy the theme in): the site's own `_layouts` plus the theme's.
 * - another theme: undefined, since its layouts live in a gem or repository we cannot see.
 * - no theme: the site's `_layouts`; undefined when the site has no `_layouts` folder (GitHub Pages then
 *   applies a default theme whose layouts we do not know either).
 */
export function siteLayouts(rawConfig: Readonly<Record<string, unknown>>, local: readonly string[] | undefined): ReadonlySet<string> | undefined {
  const theme = rawConfig['theme'];
  const remote = rawConfig['remote_theme'];
  if (mentionsMinimalMistakes(theme) || mentionsMinimalMistakes(remote) || rawConfig['minimal_mistakes_skin'] !== undefined) {
    return new Set([...(local ?? []), ...MINIMAL_MISTAKES_LAYOUTS]);
  }
  const hasTheme = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
  if (hasTheme(theme) || hasTheme(remote) || local === undefined) return undefined;
  return new Set(local);
}

/** The lint's view of the site from the model's counts. */
export function lintSiteOf(
  snapshot: { readonly categories: readonly NameCount[]; readonly tags: readonly NameCount[]; readonly posts?: readonly PostSummary[] },
  layouts: ReadonlySet<string> | undefined,
  shapers: ReadonlySet<string> = new Set(),
  files?: SiteFiles,
): LintSite {
  const counts = (list: readonly NameCount[]): Map<string, number> => new Map(list.map((n) => [n.name, n.count]));
  const site = { layouts, categories: nameIndex(counts(snapshot.categories)), tags: nameIndex(counts(snapshot.tags)) };
  if (snapshot.posts === undefined) return site;
  const pages = snapshot.posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid');
  const posts = new Map<string, SitePost>(pages.map((p) => [p.path, { day: p.date?.iso.slice(0, 10) ?? '', slug: p.slug }]));
  const built = new Set(pages.filter((p) => p.willPublish).map((p) => p.path));
  const postsByStem = groupBy(pages, (p) => fileStem(p.path));
  const postsBySlug = groupBy(pages, (p) => p.slug);
  const postsByTitle = groupBy(pages, (p) => p.title);
  const postsByDestination = groupBy(pages.filter((p) => p.willPublish && p.url !== undefined), (p) => destinationOf(p.url ?? ''));
  const postsByDay = groupBy(pages, (p) => p.date?.iso.slice(0, 10) ?? '');
  const lookups = { posts, postsByStem, postsBySlug, postsByTitle, postsByDay, postsByDestination, ...urlLookups(pages, files) };
  return { ...site, pages: { built, all: new Set(pages.map((p) => p.path)), shapers, ...lookups, ...(files === undefined ? {} : { files }) } };
}

/** What the link and image checks look up, computed once per site (see SitePages.urlKeys). */
function urlLookups(pages: readonly PostSummary[], files: SiteFiles | undefined): Pick<SitePages, 'urlKeys' | 'postFolders' | 'filesByName' | 'folders'> {
  const urlKeys = new Set<string>();
  const postFolders = new Set<string>();
  for (const p of pages) {
    if (p.url === undefined) continue;
    const key = urlKey(p.url);
    // The folders above a page's URL too: they may be list pages (a Hugo section) that are not in the model.
    for (let k = key; k !== '' && !urlKeys.has(k); k = k.slice(0, Math.max(0, k.lastIndexOf('/')))) urlKeys.add(k);
    if (p.willPublish) postFolders.add(key.slice(0, key.lastIndexOf('/')));
  }
  const folders = new Set<string>();
  for (const f of files?.folders ?? []) for (let d = f; !folders.has(d); d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '') folders.add(d);
  const filesByName = new Map<string, string[]>();
  for (const f of files?.paths ?? []) {
    const name = f.slice(f.lastIndexOf('/') + 1);
    const list = filesByName.get(name);
    if (list === undefined) filesByName.set(name, [f]);
    else list.push(f);
  }
  return { urlKeys, postFolders, filesByName, ...(files === undefined ? {} : { folders }) };
}

function groupBy(posts: readonly PostSummary[], key: (post: PostSummary) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of posts) {
    const k = key(p);
    const list = out.get(k);
    if (list === undefined) out.set(k, [p.path]);
    else list.push(p.path);
  }
  return out;
}

/** The names the saved copy of a post adds to the counts (none unless Jekyll publishes it). */
export function ownNames(summary: PostSummary | undefined): OwnNames {
  if (summary === undefined || !summary.willPublish) return { categories: [], tags: [] };
  return { categories: summary.categories, tags: summary.tags };
}
