/**
 * The posts a `{% post_url %}` that finds none most likely meant: posts the build has, those of the same day first,
 * then by edit distance between the slugs; each as the name post_url finds it by path.
 */
import type { PostUrlName } from './jekyllPostUrl';
import type { SitePages } from '../../lint/lintTypes';

const MAX_SLUG = 200;

/** The name `{% post_url %}` finds a post by (`sub/2024-01-05-slug` for `_posts/sub/2024-01-05-slug.md`). */
export function postUrlNameOf(path: string, collectionsDir: string): string | undefined {
  const prefix = collectionsDir === '' ? '' : `${collectionsDir.replace(/^\/+|\/+$/g, '')}/`;
  const relative = prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const at = relative.startsWith('_posts/') ? 0 : relative.indexOf('/_posts/');
  if (at < 0) return undefined;
  const name = at === 0 ? relative.slice('_posts/'.length) : `${relative.slice(0, at)}/${relative.slice(at + '/_posts/'.length)}`;
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') ? name.slice(0, dot) : undefined;
}

/** Levenshtein distance, two rows; any distance above `cutoff` is reported as cutoff + 1 (and found sooner). */
export function editDistance(a: string, b: string, cutoff = Infinity): number {
  if (Math.abs(a.length - b.length) > cutoff) return cutoff + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > cutoff) return cutoff + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? 0, cutoff + 1);
}

interface Ranked {
  readonly name: string;
  readonly distance: number;
}

/** Keeps the `limit` closest, so later candidates are measured only up to the worst of them. */
class Closest {
  readonly kept: Ranked[] = [];

  constructor(private readonly limit: number) {}

  get cutoff(): number {
    return this.kept.length < this.limit ? Infinity : (this.kept[this.kept.length - 1]?.distance ?? Infinity);
  }

  offer(name: string, distance: number): void {
    if (distance > this.cutoff || (distance === this.cutoff && this.kept.length >= this.limit)) return;
    this.kept.push({ name, distance });
    this.kept.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1));
    if (this.kept.length > this.limit) this.kept.pop();
  }
}

/**
 * Up to `limit` names of built posts: those of the same day (in the site's zone) closest first, then those with the
 * same slug on another day. Looked up through the site's indexes, never by going through every post.
 */
export function closestPostNames(name: PostUrlName, pages: SitePages, collectionsDir: string, limit = 3): string[] {
  if (name.slug.length > MAX_SLUG) return [];
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const day = `${pad(name.year, 4)}-${pad(name.month, 2)}-${pad(name.day, 2)}`;
  const sameDay = new Closest(limit);
  for (const path of pages.postsByDay?.get(day) ?? []) {
    const candidate = pages.built.has(path) ? postUrlNameOf(path, collectionsDir) : undefined;
    const slug = candidate === undefined ? undefined : /(?:^|\/)\d+-\d+-\d+-([^/]*)$/.exec(candidate)?.[1];
    if (candidate === undefined || slug === undefined || slug.length > MAX_SLUG) continue;
    sameDay.offer(candidate, editDistance(name.slug, slug, sameDay.cutoff));
  }
  const names = sameDay.kept.map((r) => r.name);
  for (const path of pages.postsBySlug?.get(name.slug) ?? []) {
    if (names.length >= limit) break;
    const candidate = pages.built.has(path) ? postUrlNameOf(path, collectionsDir) : undefined;
    if (candidate !== undefined && !names.includes(candidate)) names.push(candidate);
  }
  return names.slice(0, limit);
}
