import { joinLocation } from '../core/locations';
import { failureReason, type DirectoryEntry, type FileSystem } from './fileSystem';
import type { PostListing } from '../core/generators/generator';

export interface PostFile {
  /** Path relative to the site root, with `/` separators. */
  readonly relativePath: string;
  /** The file's location (see core/locations.ts): its path on the desktop. */
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
export async function listPostFiles(fs: FileSystem, siteRoot: string, listing: PostListing, options: ListingOptions = {}): Promise<PostFileListing> {
  const files: PostFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const excluded = (rel: string): boolean => listing.excludes(rel);
  const postFolders = listing.postFolders;
  let seen = 0;

  // Folders are read a batch of entries at a time, pausing every few thousand entries. An unreadable folder is
  // reported and read no further.
  /** Calls `visit` on each entry of a folder; it returns a promise only for a sub-folder to walk. */
  const each = async (rel: string, visit: (entry: DirectoryEntry, child: string) => Promise<void> | undefined): Promise<void> => {
    try {
      for await (const batch of fs.readDirectory(joinLocation(siteRoot, rel))) {
        for (const entry of batch) {
          const deeper = visit(entry, rel === '' ? entry.name : `${rel}/${entry.name}`);
          if (deeper !== undefined) {
            await deeper;
          }
          if (++seen % entriesPerSlice === 0) {
            await options.pause?.();
          }
        }
      }
    } catch (error) {
      skipped.push({ path: rel, reason: failureReason(error) });
    }
  };

  const collect = async (rel: string): Promise<void> => {
    // One join per folder, then plain concatenation: a join per file costs more than the rest of the walk.
    const folder = `${joinLocation(siteRoot, rel)}/`;
    await each(rel, (entry, child) => {
      if (listing.skipsName(entry.name, true) || excluded(child)) {
        return undefined;
      }
      if (entry.kind === 'symlink') {
        skipped.push({ path: child, reason: 'symbolic link' });
      } else if (entry.kind === 'directory') {
        return collect(child);
      } else if (entry.kind === 'file' && listing.takesFile(entry.name)) {
        files.push({ relativePath: child, absolutePath: folder + entry.name });
      }
      return undefined;
    });
  };

  const walk = async (rel: string): Promise<void> => {
    await each(rel, (entry, child) => {
      if (postFolders?.includes(entry.name) === true) {
        if (entry.kind === 'symlink') {
          skipped.push({ path: child, reason: 'symbolic link' });
        } else if (entry.kind === 'directory' && !excluded(child)) {
          return collect(child);
        }
        return undefined;
      }
      if (entry.kind !== 'directory' || listing.skipsName(entry.name, false) || excluded(child)) {
        if (entry.kind === 'symlink') {
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
