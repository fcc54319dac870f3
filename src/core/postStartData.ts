/**
 * What a Jekyll post's data starts from before its own front matter: the categories of its path, then the
 * `defaults:` that apply (Jekyll's order). Only the post's folder decides both, unless a defaults scope reaches
 * into file names (a glob, or a path longer than the folder) or a folder above `_posts` bears the file's name:
 * then it is worked out for the one post. Otherwise it is remembered per folder, for the config it was worked
 * out with.
 */
import { defaultsFor, deepMerge } from './defaults';
import { categoriesFromPath, mergeCategories } from './taxonomy';
import type { JekyllConfig } from './config';

export type StartData =
  | {
      readonly ok: true;
      readonly data: Readonly<Record<string, unknown>>;
      /** The keys of `data`, in order (for copying it without listing them per post). */
      readonly keys: readonly string[];
      readonly pathCategories: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

interface FolderMemo {
  /** The longest defaults scope path for posts (stripped as Jekyll compares it); Infinity for a glob. */
  readonly longestScope: number;
  readonly byFolder: Map<string, StartData>;
}

/** Per config: a WeakMap entry lives and dies with the config object it was worked out for. */
const memos = new WeakMap<JekyllConfig, FolderMemo>();
const MAX_FOLDERS = 10_000;

function longestScope(config: JekyllConfig): number {
  let longest = 0;
  for (const { scope } of config.defaults) {
    if (scope.type !== undefined && scope.type !== 'posts') continue;
    if (scope.path.includes('*')) return Infinity;
    const slashed = `${config.collectionsDir}/`;
    const path = config.collectionsDir !== '' && scope.path.startsWith(slashed) ? scope.path.slice(slashed.length) : scope.path;
    longest = Math.max(longest, path.length);
  }
  return longest;
}

function memoOf(config: JekyllConfig): FolderMemo {
  let memo = memos.get(config);
  if (memo === undefined) {
    memo = { longestScope: longestScope(config), byFolder: new Map() };
    memos.set(config, memo);
  }
  return memo;
}

/** Categories from the path, then the defaults, each merged as Jekyll's merge_categories! and deep_merge_hashes do. */
function workOut(config: JekyllConfig, jekyllPath: string, sitePath: string, specialDir: string): StartData {
  const pathCategories = categoriesFromPath(jekyllPath, specialDir);
  const defaults = defaultsFor(config, jekyllPath, sitePath, 'posts');
  const incoming = defaults['categories'];
  const merged = mergeCategories(pathCategories, incoming);
  if (!merged.ok) return merged;
  const layer = incoming === undefined || incoming === null ? defaults : { ...defaults, categories: merged.value };
  const data = deepMerge({ categories: pathCategories }, layer);
  return { ok: true, data, keys: Object.keys(data), pathCategories };
}

/**
 * The data a post at `jekyllPath` starts from. Shared between the posts of a folder: callers copy it before
 * changing it (and the values inside it are the config's own, never changed either).
 */
export function postStartData(config: JekyllConfig, jekyllPath: string, sitePath: string, specialDir: string): StartData {
  const folderLength = jekyllPath.lastIndexOf('/') + 1;
  const memo = memoOf(config);
  // A scope path no longer than the folder is a prefix of the post's path exactly when it is one of the folder's.
  if (memo.longestScope > folderLength) return workOut(config, jekyllPath, sitePath, specialDir);
  const folder = jekyllPath.slice(0, folderLength);
  let start = memo.byFolder.get(folder);
  if (start === undefined) {
    if (memo.byFolder.size >= MAX_FOLDERS) memo.byFolder.clear();
    // The folder's own path stands for its posts: its last segment is empty, so no category is dropped for a name.
    start = workOut(config, folder, sitePath.slice(0, sitePath.length - (jekyllPath.length - folderLength)), specialDir);
    memo.byFolder.set(folder, start);
  }
  // Jekyll drops a folder named as the file itself from the categories: that post is worked out alone.
  if (start.ok && start.pathCategories.length > 0) {
    const basename = jekyllPath.slice(folderLength);
    if (start.pathCategories.includes(basename)) return workOut(config, jekyllPath, sitePath, specialDir);
  }
  return start;
}
