/** Posts grouped under their categories or tags as Jekyll groups them, and the orders the explorer offers. */
import type { PostSummary } from './postSummary';

export type TaxonomyKind = 'category' | 'tag';
export type NameOrder = 'name' | 'count';

export interface NameGroup {
  readonly name: string;
  /** Newest first, as Jekyll's `site.categories[name]`. */
  readonly posts: readonly PostSummary[];
}

/**
 * Jekyll's `site.categories` / `site.tags`: the posts it would publish, under each name they carry (case-sensitive;
 * a post that lists a name twice counts twice, as in Jekyll). `posts` must be newest first, as the snapshot gives them.
 */
export function groupByName(posts: readonly PostSummary[], kind: TaxonomyKind): Map<string, PostSummary[]> {
  const groups = new Map<string, PostSummary[]>();
  for (const post of posts) {
    if (!post.willPublish) {
      continue;
    }
    for (const name of kind === 'category' ? post.categories : post.tags) {
      const list = groups.get(name);
      if (list === undefined) {
        groups.set(name, [post]);
      } else {
        list.push(post);
      }
    }
  }
  return groups;
}

/** Sorts names for display: by name with the writer's collation (Korean-aware), or by count, then by name. */
export function sortGroups(groups: ReadonlyMap<string, readonly PostSummary[]>, order: NameOrder, collator: Intl.Collator): NameGroup[] {
  const list = [...groups].map(([name, posts]) => ({ name, posts }));
  return list.sort((a, b) => (order === 'count' ? b.posts.length - a.posts.length : 0) || collator.compare(a.name, b.name));
}

/** Files that are not (yet) on the site: drafts, unpublished, future-dated, expired, invalid, and files in `_posts` that are not posts. */
export function unpublishedFiles(posts: readonly PostSummary[]): PostSummary[] {
  const rank: Record<PostSummary['status'], number> = { draft: 0, unpublished: 1, future: 2, expired: 3, invalid: 4, notPost: 5, published: 6 };
  return posts.filter((p) => p.status !== 'published').sort((a, b) => rank[a.status] - rank[b.status] || (b.date?.epochMs ?? 0) - (a.date?.epochMs ?? 0));
}

/** The address a post will have: `url` + `baseurl` + the post's URL, as Jekyll's `absolute_url` joins them. */
export function absolutePostUrl(siteUrl: string, baseurl: string, postUrl: string): string {
  const base = `/${baseurl}`.replace(/\/+$/, '').replace(/^\/+/, '/');
  const path = `${base === '/' ? '' : base}${postUrl.startsWith('/') ? postUrl : `/${postUrl}`}`;
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}
