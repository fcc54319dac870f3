/**
 * Sites that keep their posts in one folder per category inside `_posts` (`_posts/개발/2024-01-02-x.md` with
 * `category: 개발`): a new post goes into its category's folder as the site's other posts do. Jekyll takes no
 * category from folders inside `_posts`, so the folder is the writer's habit only, and the front matter still
 * names the category.
 */

export interface PlacedPost {
  /** Site-relative path. */
  readonly path: string;
  readonly categories: readonly string[];
}

const POSTS = '_posts/';

/** The folders between `_posts/` and the file name (`개발` or `a/b`), or '' at the top of `_posts`. */
function innerFolder(path: string): string | undefined {
  const at = path.lastIndexOf(POSTS);
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const rest = path.slice(at + POSTS.length);
  const slash = rest.lastIndexOf('/');
  return slash < 0 ? '' : rest.slice(0, slash);
}

const lastSegment = (folder: string): string => folder.slice(folder.lastIndexOf('/') + 1);
const same = (a: string, b: string): boolean => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** A category name that can be a folder name as it is. */
function folderSafe(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.trim() === name && name !== '' && name !== '.' && name !== '..' && !/[/\\:*?"<>|\u0000-\u001f]/.test(name) && !name.startsWith('.');
}

/**
 * The folder inside `_posts` for a new post in `category`, when most of the site's posts sit in a folder named
 * after one of their categories; undefined for the top of `_posts`.
 */
export function categoryFolderFor(posts: readonly PlacedPost[], category: string | undefined): string | undefined {
  if (category === undefined) return undefined;
  let placed = 0;
  let inCategoryFolders = 0;
  const folders = new Map<string, number>();
  for (const post of posts) {
    const inner = innerFolder(post.path);
    if (inner === undefined) continue;
    placed++;
    if (inner === '' || !post.categories.some((c) => same(c, lastSegment(inner)))) continue;
    inCategoryFolders++;
    if (post.categories.some((c) => same(c, category))) folders.set(inner, (folders.get(inner) ?? 0) + 1);
  }
  if (placed === 0 || inCategoryFolders * 2 <= placed) return undefined;
  const known = [...folders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return known ?? (folderSafe(category) ? category : undefined);
}
