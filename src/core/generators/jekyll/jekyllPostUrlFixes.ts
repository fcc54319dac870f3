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

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to `limit` names of built posts, closest first. */
export function closestPostNames(name: PostUrlName, pages: SitePages, collectionsDir: string, limit = 3): string[] {
  if (name.slug.length > MAX_SLUG) return [];
  const ranked: { name: string; sameDay: boolean; distance: number }[] = [];
  for (const path of pages.built) {
    const candidate = postUrlNameOf(path, collectionsDir);
    const m = candidate === undefined ? null : /(?:^|\/)(\d+)-(\d+)-(\d+)-([^/]*)$/.exec(candidate);
    if (candidate === undefined || m === null) continue;
    const slug = m[4] ?? '';
    if (slug.length > MAX_SLUG) continue;
    const sameDay = Number(m[1]) === name.year && Number(m[2]) === name.month && Number(m[3]) === name.day;
    ranked.push({ name: candidate, sameDay, distance: editDistance(name.slug, slug) });
  }
  ranked.sort((a, b) => Number(b.sameDay) - Number(a.sameDay) || a.distance - b.distance || (a.name < b.name ? -1 : 1));
  return ranked.slice(0, limit).map((r) => r.name);
}
