/** Posts grouped under their categories or tags as Jekyll groups them, and the orders the explorer offers. */
import { shownSpelling } from './taxonomyCounts';
import type { PostSummary } from './postSummary';

export type TaxonomyKind = 'category' | 'tag';
export type NameOrder = 'name' | 'count';

export interface NameGroup {
  readonly name: string;
  /** Newest first, as Jekyll's `site.categories[name]`. */
  readonly posts: readonly PostSummary[];
}

/** The plural (front-matter key) of the taxonomy each of the Categories and Tags views shows. */
export function pluralOf(kind: TaxonomyKind): 'categories' | 'tags' {
  return kind === 'category' ? 'categories' : 'tags';
}

/** A post's names in a taxonomy, by its plural: categories and tags, or one of Hugo's others (`series`…). */
export function namesIn(post: Pick<PostSummary, 'categories' | 'tags' | 'terms'>, plural: string): readonly string[] {
  if (plural === 'categories') return post.categories;
  if (plural === 'tags') return post.tags;
  return Object.hasOwn(post.terms ?? {}, plural) ? (post.terms?.[plural] ?? []) : [];
}

/** The posts under one key of a taxonomy. */
export interface KeyGroup {
  readonly key: string;
  /** The spelling shown: the one most of its posts use (as the model shows it, see shownSpelling). */
  readonly name: string;
  /** Every spelling under the key, the most used first (just `name` where names are keys). */
  readonly spellings: readonly string[];
  /** Newest first. */
  readonly posts: readonly PostSummary[];
}

/**
 * The posts the generator would publish under each key of a taxonomy (by plural), keys in the order the posts
 * meet them. With names as keys (Jekyll) it is groupByName: case-sensitive, a name listed twice counts twice.
 * `posts` must be newest first, as the snapshot gives them.
 */
export function groupByKey(posts: readonly PostSummary[], plural: string, keyOf: (name: string) => string): Map<string, KeyGroup> {
  const found = new Map<string, { posts: PostSummary[]; spellings: Map<string, number> }>();
  for (const post of posts) {
    if (!post.willPublish) {
      continue;
    }
    for (const name of namesIn(post, plural)) {
      const key = keyOf(name);
      let group = found.get(key);
      if (group === undefined) {
        group = { posts: [], spellings: new Map() };
        found.set(key, group);
      }
      group.posts.push(post);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
  }
  const byUse = (spellings: Map<string, number>): string[] =>
    [...spellings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([name]) => name);
  return new Map([...found].map(([key, g]) => [key, { key, name: shownSpelling(g.spellings), spellings: byUse(g.spellings), posts: g.posts }]));
}

/** Sorts keyed groups for display as sortGroups sorts names: by shown name (collation), or by count, then name. */
export function sortKeyGroups(groups: Iterable<KeyGroup>, order: NameOrder, collator: Intl.Collator): KeyGroup[] {
  return [...groups].sort((a, b) => (order === 'count' ? b.posts.length - a.posts.length : 0) || collator.compare(a.name, b.name));
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
