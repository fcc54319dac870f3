/**
 * How Jekyll 4.3's `{% post_url NAME %}` finds its post (lib/jekyll/tags/post_url.rb), among the posts the build
 * has (site.posts: drafts only with show_drafts, future ones only with future: true):
 * - NAME, without one leading `/`, must read `[FOLDERS/]Y-M-D-SLUG` (PostComparer's MATCHER); otherwise the tag
 *   fails when the page is parsed, rendered or not.
 * - first, by path: a post whose path under the collections folder starts `_posts/FOLDERS/Y-M-D-SLUG.` or
 *   `FOLDERS_posts/Y-M-D-SLUG.` (the date exactly as written, then an extension);
 * - else, with a deprecation warning: a post whose slug (its front matter's `slug`, else the file's) is SLUG and
 *   whose date, in the site's zone, falls on that day: folders are not compared then.
 * Neither: the build stops.
 */
import { fileStem } from '../../lint/postKeys';
import type { SitePages, SitePost } from '../../lint/lintTypes';

export interface PostUrlName {
  /** The folders before the date, with their trailing `/` ('' for none). */
  readonly folders: string;
  /** The date as written (`2024-1-5`). */
  readonly date: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly slug: string;
}

/** What `{% post_url %}` makes of its markup: a name, or undefined when Jekyll cannot parse it. */
export function parsePostUrlName(markup: string): PostUrlName | undefined {
  const name = markup.trim().replace(/^\//, '');
  if (name.includes('\n')) return undefined;
  // MATCHER is ^(.+/)*(\d+-\d+-\d+)-(.*)$: the folders are empty or at least two characters ending in `/`, and
  // the greedy folders take the last place a date can start.
  const starts: number[] = [0];
  for (let slash = name.indexOf('/', 1); slash >= 0; slash = name.indexOf('/', slash + 1)) starts.push(slash + 1);
  const date = /(\d+)-(\d+)-(\d+)-/y;
  for (let i = starts.length - 1; i >= 0; i--) {
    const at = starts[i] ?? 0;
    date.lastIndex = at;
    const m = date.exec(name);
    if (m === null) continue;
    const [whole, y = '', mo = '', d = ''] = m;
    return { folders: name.slice(0, at), date: whole.slice(0, -1), year: Number(y), month: Number(mo), day: Number(d), slug: name.slice(at + whole.length) };
  }
  return undefined;
}

/** A post's path under the collections folder (Jekyll's relative_path), as post_url compares it. */
function matchesByPath(name: PostUrlName, relativePath: string): boolean {
  const base = `${name.date}-${name.slug}`;
  const prefixes = [`_posts/${name.folders}${base}.`, `${name.folders}_posts/${base}.`, `${name.folders}_posts${base}.`];
  return prefixes.some((p) => relativePath.startsWith(p) && relativePath.length > p.length && relativePath[p.length] !== '.');
}

function matchesByDay(name: PostUrlName, post: SitePost): boolean {
  const [y, m, d] = post.day.split('-').map(Number);
  return post.slug === name.slug && y === name.year && m === name.month && d === name.day;
}

/**
 * The post `{% post_url %}` finds among the posts that `accepts` (site paths), by path first and then by day and
 * slug, or undefined. `collectionsDir` is the folder the site's collections sit in ('' for the site root).
 */
export function findPostUrl(name: PostUrlName, pages: SitePages, accepts: (path: string) => boolean, collectionsDir: string): string | undefined {
  const prefix = collectionsDir === '' ? '' : `${collectionsDir.replace(/^\/+|\/+$/g, '')}/`;
  const relative = (path: string): string => (prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const byPath = pages.postsByStem?.get(fileStem(`${name.date}-${name.slug}`))?.find((path) => accepts(path) && matchesByPath(name, relative(path)));
  if (byPath !== undefined) return byPath;
  return pages.postsBySlug?.get(name.slug)?.find((path) => {
    const post = pages.posts?.get(path);
    return accepts(path) && post !== undefined && matchesByDay(name, post);
  });
}
