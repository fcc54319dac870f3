import * as fs from 'node:fs';
import * as path from 'node:path';

export type PostFolderKind = 'posts' | 'drafts';

export interface PostFile {
  /** Path relative to the site root, with `/` separators, as Jekyll's `relative_path`. */
  readonly relativePath: string;
  readonly absolutePath: string;
  readonly kind: PostFolderKind;
}

export interface PostFileListing {
  readonly files: PostFile[];
  /** Folders not entered, with the reason (a symbolic link, unreadable). */
  readonly skipped: { readonly path: string; readonly reason: string }[];
}

export interface ListingOptions {
  /** `collections_dir`: where `_posts` and `_drafts` live ('' for the site root). */
  readonly collectionsDir: string;
  /** `include` entries: names that are read although they start with `.` or `_`. */
  readonly include: readonly string[];
  /** Whether a site-relative path is excluded: core's rule (`isExcluded`), so the CLI and the extension agree. */
  readonly isExcluded: (relativePath: string) => boolean;
  /** Called every few thousand entries, so a caller on a UI thread can yield; resolve to go on. */
  readonly pause?: () => Promise<void>;
}

/** Entries looked at between two calls of `pause`. */
const entriesPerSlice = 2000;

const special = /^[._#~]/;
const alwaysSkipped = new Set(['node_modules', '.git', '_site', 'vendor', '.jekyll-cache']);

/**
 * Lists the files Jekyll reads as posts and drafts: every file under a `_posts` or `_drafts` folder found at the
 * site root (or `collections_dir`) and in its ordinary sub-folders (category folders such as `dev/_posts`), as
 * Jekyll's reader walks them. Names starting with `.`, `_`, `#` or `~` and excluded paths are skipped; symbolic
 * links to folders are never followed, so a link loop cannot hang the walk.
 */
export async function listPostFiles(siteRoot: string, options: ListingOptions): Promise<PostFileListing> {
  const files: PostFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const excluded = options.isExcluded;
  const included = (name: string): boolean => options.include.includes(name);
  const base = options.collectionsDir.replace(/^\/+|\/+$/g, '');
  let seen = 0;

  // Folders are read a buffer of entries at a time (one `readdir` of a 45,000-file `_posts` would block the thread
  // for tens of ms), pausing every few thousand entries. An unreadable folder is reported and read no further.
  const open = (rel: string): fs.Dir | undefined => {
    try {
      return fs.opendirSync(path.join(siteRoot, rel), { bufferSize: 256 });
    } catch (error) {
      skipped.push({ path: rel, reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' });
      return undefined;
    }
  };
  const read = (dir: fs.Dir, rel: string): fs.Dirent | null => {
    try {
      return dir.readSync();
    } catch (error) {
      skipped.push({ path: rel, reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' });
      return null;
    }
  };
  /** Calls `visit` on each entry of a folder; it returns a promise only for a sub-folder to walk. */
  const each = async (rel: string, visit: (entry: fs.Dirent, child: string) => Promise<void> | undefined): Promise<void> => {
    const dir = open(rel);
    if (dir === undefined) {
      return;
    }
    try {
      for (let entry = read(dir, rel); entry !== null; entry = read(dir, rel)) {
        const deeper = visit(entry, rel === '' ? entry.name : `${rel}/${entry.name}`);
        if (deeper !== undefined) {
          await deeper;
        }
        if (++seen % entriesPerSlice === 0) {
          await options.pause?.();
        }
      }
    } finally {
      dir.closeSync();
    }
  };

  const collect = async (rel: string, kind: PostFolderKind): Promise<void> => {
    // One join per folder, then plain concatenation: path.join per file costs more than the rest of the walk.
    const folder = path.join(siteRoot, rel) + path.sep;
    await each(rel, (entry, child) => {
      if ((special.test(entry.name) && !included(entry.name)) || excluded(child)) {
        return undefined;
      }
      if (entry.isSymbolicLink()) {
        skipped.push({ path: child, reason: 'symbolic link' });
      } else if (entry.isDirectory()) {
        return collect(child, kind);
      } else if (entry.isFile()) {
        files.push({ relativePath: child, absolutePath: folder + entry.name, kind });
      }
      return undefined;
    });
  };

  const walk = async (rel: string): Promise<void> => {
    await each(rel, (entry, child) => {
      if (entry.name === '_posts' || entry.name === '_drafts') {
        if (entry.isSymbolicLink()) {
          skipped.push({ path: child, reason: 'symbolic link' });
        } else if (entry.isDirectory() && !excluded(child)) {
          return collect(child, entry.name === '_posts' ? 'posts' : 'drafts');
        }
        return undefined;
      }
      if (!entry.isDirectory() || alwaysSkipped.has(entry.name) || excluded(child) || (special.test(entry.name) && !included(entry.name))) {
        if (entry.isSymbolicLink()) {
          skipped.push({ path: child, reason: 'symbolic link' });
        }
        return undefined;
      }
      return walk(child);
    });
  };

  await walk(base);
  // In the file system's order: sorting 50,000 paths would cost more than the walk. Sort where order shows.
  return { files, skipped };
}
