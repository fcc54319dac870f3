/**
 * A Hexo post's tags and categories as Hexo 8.1.2 attaches them (processor/post.ts, models/post.ts setTags and
 * setCategories; models/tag.ts and category.ts for slugs):
 * - `categories`/`tags`, else the singular `category`/`tag`; a falsy value is none; a single value is a list of one;
 * - empty items (null, '') are dropped and the rest made strings, as JavaScript's template strings do;
 * - categories: a list with no list in it is ONE chain (`[A, B]` is A > B); a list holding lists is several chains
 *   (`[[A, B], C]` is A > B, and C). The post belongs to every category of each chain.
 *
 * The neutral model has flat names, so a category is carried as its chain of names joined by `/` ("A", "A/B"):
 * the post counts under A and under A > B, as in Hexo, and a tree can nest the names at their slashes. A `/` inside
 * one of Hexo's names cannot be told from a level; such names are rare (Hexo slugs them as `-`).
 */
import { hexoSlugize, type FilenameCase } from './hexoSlugize';
import { jsString, jsTruthy } from './hexoValues';

export const HEXO_CATEGORY_SEPARATOR = '/';

/** `removeEmptyTag`: null, undefined and '' go; the rest become strings. */
function names(list: readonly unknown[]): string[] {
  return list.filter((v) => v !== null && v !== undefined && v !== '').map(jsString);
}

function listOf(frontMatter: Readonly<Record<string, unknown>>, plural: string, singular: string): unknown[] {
  const own = frontMatter[plural];
  const value = jsTruthy(own) ? own : frontMatter[singular];
  if (!jsTruthy(value)) return [];
  return Array.isArray(value) ? value : [value];
}

/** The post's tags: each name once, in the order written. */
export function hexoTags(frontMatter: Readonly<Record<string, unknown>>): string[] {
  return [...new Set(names(listOf(frontMatter, 'tags', 'tag')))];
}

/** The post's category chains, each a list of names from the top. */
export function hexoCategoryChains(frontMatter: Readonly<Record<string, unknown>>): string[][] {
  const items = listOf(frontMatter, 'categories', 'category').filter((c) => Array.isArray(c) || (c !== null && c !== undefined && c !== ''));
  const chains = items.some(Array.isArray) ? items.map((c) => (Array.isArray(c) ? names(c) : [jsString(c)])) : [items.map(jsString)];
  return chains.filter((c) => c.length > 0);
}

/** Every category the post belongs to, as chains joined by `/`, each once, parents before children. */
export function hexoCategoryNames(chains: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const chain of chains) for (let i = 1; i <= chain.length; i++) out.add(chain.slice(0, i).join(HEXO_CATEGORY_SEPARATOR));
  return [...out];
}

function mapped(map: Readonly<Record<string, unknown>>, name: string): string {
  const to = Object.prototype.hasOwnProperty.call(map, name) ? map[name] : undefined;
  return jsTruthy(to) ? jsString(to) : name;
}

/** A tag's slug: tag_map's name for it, slugized with filename_case. */
export function hexoTagSlug(name: string, tagMap: Readonly<Record<string, unknown>>, filenameCase: FilenameCase): string {
  return hexoSlugize(mapped(tagMap, name), filenameCase);
}

/** A category's slug: its parent's slug, `/`, and category_map's name for it slugized with filename_case. */
export function hexoCategorySlug(chain: readonly string[], categoryMap: Readonly<Record<string, unknown>>, filenameCase: FilenameCase): string {
  return chain.map((name) => hexoSlugize(mapped(categoryMap, name), filenameCase)).join('/');
}
