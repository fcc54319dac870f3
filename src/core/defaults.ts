/**
 * Jekyll's `defaults:` (frontmatter_defaults.rb): which sets apply to a document, in which order, and the
 * deep merge that makes the effective front matter. Globs are matched against the path and its parent
 * folders instead of listing the disk (core never reads files), which is what `Dir.glob` + prefix gives.
 */
import { hasOwn, ownValue, setOwn } from './ownProperty';
import { globToRegExp } from './glob';
import type { DefaultsEntry, DefaultsScope, JekyllConfig } from './config';

/** Jekyll's document types for defaults. Drafts are documents of the `posts` collection, so their type is `posts`. */
export type DocumentType = 'posts' | 'pages' | (string & {});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Jekyll's Utils.deep_merge_hashes: `over` wins, nil in `over` keeps `base`, hashes merge recursively. */
export function deepMerge(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return mergeInto({ ...base }, over);
}

/**
 * deep_merge_hashes of `over` into `out`, in place (`out` is the caller's own copy; its nested hashes are not, so
 * they are merged into new ones). Returns `out`.
 */
export function mergeInto(out: Record<string, unknown>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // Indexed loops: a for-of allocates an iterator result per item until the code is optimised, and most of a
  // one-shot index runs before it is.
  const keys = Object.keys(over);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const next = over[key];
    const prev = ownValue(out, key);
    if (next === null || next === undefined) {
      if (!hasOwn(out, key)) setOwn(out, key, next);
    } else if (isRecord(prev) && isRecord(next)) {
      setOwn(out, key, deepMerge(prev, next));
    } else {
      setOwn(out, key, next);
    }
  }
  return out;
}

function sanitize(path: string | undefined): string {
  if (path === undefined || path === '') return '';
  return path.startsWith('/') ? path.slice(1) : path;
}

function stripCollectionsDir(path: string, collectionsDir: string): string {
  const slashed = `${collectionsDir}/`;
  return collectionsDir !== '' && path.startsWith(slashed) ? path.slice(slashed.length) : path;
}

function globMatches(pattern: string, sitePath: string): boolean {
  const re = globToRegExp(sanitize(pattern));
  if (!re) return false;
  // Dir.glob lists existing files and folders; the document's path and each of its folders are the ones that matter.
  if (re.test(sitePath)) return true;
  for (let i = sitePath.indexOf('/'); i >= 0; i = sitePath.indexOf('/', i + 1)) {
    if (re.test(sitePath.slice(0, i))) return true;
  }
  return false;
}

/**
 * Whether a scope applies. `jekyllPath` is Jekyll's relative_path (collection documents: relative to
 * collections_dir); `sitePath` is relative to the site source (used for globs).
 */
export function scopeApplies(scope: DefaultsScope, jekyllPath: string, sitePath: string, type: DocumentType, collectionsDir: string): boolean {
  if (scope.type !== undefined && scope.type !== type) return false;
  if (scope.path === '') return true;
  if (scope.path.includes('*')) return globMatches(scope.path, sitePath);
  // Jekyll does not strip a leading "/" from the scope itself, only from the document path.
  return sanitize(jekyllPath).startsWith(stripCollectionsDir(scope.path, collectionsDir));
}

function hasPrecedence(oldScope: DefaultsScope | undefined, newScope: DefaultsScope): boolean {
  if (oldScope === undefined) return true;
  const newPath = sanitize(newScope.path);
  const oldPath = sanitize(oldScope.path);
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length;
  if (newScope.type !== undefined) return true;
  return oldScope.type === undefined;
}

/** The defaults sets that apply to a document, in config order. */
export function matchingDefaults(
  config: Pick<JekyllConfig, 'defaults' | 'collectionsDir'>,
  jekyllPath: string,
  sitePath: string,
  type: DocumentType,
): DefaultsEntry[] {
  return config.defaults.filter((d) => scopeApplies(d.scope, jekyllPath, sitePath, type, config.collectionsDir));
}

/** FrontmatterDefaults#all: every applicable value, more specific (longer path) and later scopes winning. */
export function defaultsFor(
  config: Pick<JekyllConfig, 'defaults' | 'collectionsDir'>,
  jekyllPath: string,
  sitePath: string,
  type: DocumentType,
): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  let oldScope: DefaultsScope | undefined;
  for (const set of matchingDefaults(config, jekyllPath, sitePath, type)) {
    if (hasPrecedence(oldScope, set.scope)) {
      merged = deepMerge(merged, set.values);
      oldScope = set.scope;
    } else {
      merged = deepMerge(set.values, merged);
    }
  }
  return merged;
}
