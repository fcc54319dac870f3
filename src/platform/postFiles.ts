import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PostListing } from '../core/generators/generator';

export interface PostFile {
  /** Path relative to the site root, with `/` separators. */
  readonly relativePath: string;
  readonly absolutePath: string;
}

export interface PostFileListing {
  readonly files: PostFile[];
  /** Folders not entered, with the reason (a symbolic link, unreadable). */
  readonly skipped: { readonly path: string; readonly reason: string }[];
}

export interface ListingOptions {
  /** Called every few thousand entries, so a caller on a UI thread can yield; resolve to go on. */
  readonly pause?: () => Promise<void>;
}

/** Entries looked at between two calls of `pause`. */
const entriesPerSlice = 2000;

/**
 * Lists the files the generator's post reader looks at (see PostListing): under its roots, either every file or
 * those inside its post folders (Jekyll's `_posts` and `_drafts`, wherever they sit, as in `dev/_posts`). Skipped
 * names and excluded paths are not entered; symbolic links to folders are never followed, so a link loop cannot
 * hang the walk.
 */
export async function listPostFiles(siteRoot: string, listing: PostListing, options: ListingOptions = {}): Promise<PostFileListing> {
  const files: PostFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const excluded = (rel: string): boolean => listing.excludes(rel);
  const postFolders = listing.postFolders;
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

  const collect = async (rel: string): Promise<void> => {
    // One join per folder, then plain concatenation: path.join per file costs more than the rest of the walk.
    const folder = path.join(siteRoot, rel) + path.sep;
    await each(rel, (entry, child) => {
      if (listing.skipsName(entry.name, true) || excluded(child)) {
        return undefined;
      }
      if (entry.isSymbolicLink()) {
        skipped.push({ path: child, reason: 'symbolic link' });
      } else if (entry.isDirectory()) {
        return collect(child);
      } else if (entry.isFile() && listing.takesFile(entry.name)) {
        files.push({ relativePath: child, absolutePath: folder + entry.name });
      }
      return undefined;
    });
  };

  const walk = async (rel: string): Promise<void> => {
    await each(rel, (entry, child) => {
      if (postFolders?.includes(entry.name) === true) {
        if (entry.isSymbolicLink()) {
          skipped.push({ path: child, reason: 'symbolic link' });
        } else if (entry.isDirectory() && !excluded(child)) {
          return collect(child);
        }
        return undefined;
      }
      if (!entry.isDirectory() || listing.skipsName(entry.name, false) || excluded(child)) {
        if (entry.isSymbolicLink()) {
          skipped.push({ path: child, reason: 'symbolic link' });
        }
        return undefined;
      }
      return walk(child);
    });
  };

  for (const root of listing.roots) {
    await (postFolders === undefined ? collect(root) : walk(root));
  }
  // In the file system's order: sorting 50,000 paths would cost more than the walk. Sort where order shows.
  return { files, skipped };
}
