/** Where a post goes when it is created, published or unpublished: Jekyll's file names, never an existing file. */
import { slugify } from '../slugify';
import { matchDatedFileName } from '../dates';
import { reason, type EditReason } from './editReasons';

export type PathResult = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: EditReason };

/** The first of `base.ext`, `base-2.ext`, `base-3.ext`, … that `exists` does not know (compared case-insensitively). */
export function freePath(base: string, ext: string, exists: (path: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = `${base}${n === 1 ? '' : `-${n}`}${ext}`;
    if (!exists(candidate)) return candidate;
  }
}

/** The slug of a title as Jekyll's `slugify` (default mode) makes it: Hangul kept, NFC, lower case. */
export function titleSlug(title: string, mode: string | undefined = 'default'): string {
  return slugify(title.normalize('NFC'), { mode: mode ?? 'default' });
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** `_posts/YYYY-MM-DD-slug.md` (or `_drafts/slug.md`) under `collectionsDir`. */
export function newPostPath(options: {
  readonly title: string;
  readonly draft: boolean;
  readonly day: string;
  readonly collectionsDir: string;
  /** A folder inside `_posts` (a site's per-category folders), for a post. */
  readonly subfolder?: string | undefined;
  readonly slugifyMode?: string | undefined;
  readonly exists: (path: string) => boolean;
}): PathResult {
  const slug = titleSlug(options.title, options.slugifyMode);
  if (slug === '') return { ok: false, reason: reason('noSlug') };
  const inner = options.draft || options.subfolder === undefined || options.subfolder === '' ? '' : `${options.subfolder}/`;
  const dir = `${options.collectionsDir === '' ? '' : `${options.collectionsDir}/`}${options.draft ? '_drafts' : '_posts'}/${inner}`;
  return { ok: true, path: freePath(`${dir}${options.draft ? '' : `${options.day}-`}${slug}`, '.md', options.exists) };
}

/** Replaces the last `_drafts` / `_posts` folder of a path. */
function swapFolder(path: string, from: string, to: string): string | undefined {
  const segments = path.split('/');
  const i = segments.lastIndexOf(from);
  if (i < 0 || i === segments.length - 1) return undefined;
  segments[i] = to;
  return segments.join('/');
}

/** `_drafts/x.md` → `_posts/DAY-x.md` (a folder above `_drafts` is kept). */
export function publishPath(draftPath: string, day: string, exists: (path: string) => boolean): PathResult {
  const target = swapFolder(draftPath, '_drafts', '_posts');
  if (target === undefined) return { ok: false, reason: reason('notADraft') };
  const name = target.slice(folderOf(target).length);
  const dot = name.lastIndexOf('.');
  const stem = dot <= 0 ? name : name.slice(0, dot);
  const ext = dot <= 0 ? '' : name.slice(dot);
  const undated = matchDatedFileName(name)?.slug ?? stem;
  return { ok: true, path: freePath(`${folderOf(target)}${day}-${undated}`, ext, exists) };
}

/** `_posts/2024-01-02-x.md` → `_drafts/x.md`. */
export function unpublishPath(postPath: string, exists: (path: string) => boolean): PathResult {
  const target = swapFolder(postPath, '_posts', '_drafts');
  if (target === undefined) return { ok: false, reason: reason('notInPosts') };
  const name = target.slice(folderOf(target).length);
  const named = matchDatedFileName(name);
  const dot = name.lastIndexOf('.');
  const stem = named?.slug ?? (dot <= 0 ? name : name.slice(0, dot));
  const ext = named?.ext ?? (dot <= 0 ? '' : name.slice(dot));
  return { ok: true, path: freePath(`${folderOf(target)}${stem}`, ext, exists) };
}
