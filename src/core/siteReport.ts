import type { PostSummary } from './postSummary';
import type { Problem } from './problem';
import type { SiteSnapshot } from './siteSnapshot';
import type { GeneratorId } from './generators/detectGenerator';

/** One post as `postcraft index --json` prints it. */
export interface IndexedPostJson {
  readonly path: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly title: string;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly status: 'published' | 'draft' | 'unpublished' | 'future' | 'expired' | 'invalid';
  /** Names in the site's further taxonomies (Hugo's `series`…), by taxonomy. */
  readonly terms?: Readonly<Record<string, readonly string[]>>;
  /** The post's language, on a multilingual site only. */
  readonly lang?: string;
  readonly layout: string | null;
  /** Why a file in `_posts` is not a post, or why it is invalid. */
  readonly reason?: string;
}

export interface SiteIndexJson {
  readonly generator: GeneratorId;
  readonly posts: readonly IndexedPostJson[];
  readonly categories: Readonly<Record<string, number>>;
  readonly tags: Readonly<Record<string, number>>;
  /** Every taxonomy (categories and tags too, and Hugo's custom ones): name → the number of posts built with it. */
  readonly taxonomies: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

function postJson(post: PostSummary, multilingual: boolean): IndexedPostJson {
  const base = {
    path: post.path,
    url: post.url ?? null,
    date: post.date?.iso ?? null,
    title: post.title,
    categories: post.categories,
    tags: post.tags,
    layout: post.layout ?? null,
    ...(post.terms === undefined ? {} : { terms: post.terms }),
    ...(multilingual && post.lang !== undefined ? { lang: post.lang } : {}),
  };
  if (post.status === 'notPost' || post.status === 'invalid') {
    const firstError = post.problems.find((p) => p.severity === 'error');
    const reason = post.notPostReason ?? firstError?.message;
    return reason === undefined ? { ...base, status: 'invalid' } : { ...base, status: 'invalid', reason };
  }
  return { ...base, status: post.status };
}

/** The JSON `postcraft index` prints: every post file, and the counts of the posts the generator would build. */
export function siteIndexJson(snapshot: SiteSnapshot, generator: GeneratorId): SiteIndexJson {
  // fromEntries defines own properties, so a tag named `__proto__` is just a key.
  const counts = (list: SiteSnapshot['categories']): Record<string, number> => Object.fromEntries(list.map(({ name, count }) => [name, count]));
  const categories = counts(snapshot.categories);
  const tags = counts(snapshot.tags);
  const others = new Map<string, Map<string, number>>();
  for (const post of snapshot.posts) {
    if (!post.willPublish || post.terms === undefined) continue;
    for (const [taxonomy, names] of Object.entries(post.terms)) {
      const map = others.get(taxonomy) ?? new Map<string, number>();
      for (const name of new Set(names)) map.set(name, (map.get(name) ?? 0) + 1);
      others.set(taxonomy, map);
    }
  }
  const taxonomies = Object.fromEntries([['categories', categories], ['tags', tags], ...[...others].map(([k, m]) => [k, Object.fromEntries(m)] as const)]);
  return { generator, posts: snapshot.posts.map((post) => postJson(post, snapshot.languages.length > 0)), categories, tags, taxonomies };
}

/**
 * What `postcraft index` prints without `--json`: a line per post file (status as in the JSON, date, URL, path) and
 * the counts, read straight from the snapshot (the JSON's objects are not needed for it).
 */
export function siteIndexText(snapshot: SiteSnapshot): string {
  // Lines joined once: a string grown line by line is a chain of 10,000 pieces that writing it must flatten.
  const lines = snapshot.posts.map((post) => `${(post.status === 'notPost' ? 'invalid' : post.status).padEnd(11)} ${post.date?.iso ?? '-'}  ${post.url ?? '-'}  ${post.path}\n`);
  return `${lines.join('')}${snapshot.posts.length} files, ${new Set(snapshot.categories.map((c) => c.name)).size} categories, ${new Set(snapshot.tags.map((t) => t.name)).size} tags\n`;
}

export interface ReportedProblem extends Problem {
  /** Site-relative path of the file. */
  readonly path: string;
  /** The 0-based column where the finding starts, when the lint knows it. */
  readonly column?: number;
}

/** `path:line: severity: message` lines (1-based lines, as editors and CI annotations expect), errors first. */
export function formatProblems(problems: readonly ReportedProblem[]): string[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...problems]
    .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))
    .map((p) => `${p.path}:${p.line + 1}: ${p.severity}: ${p.message} [${p.code}]`);
}
