import type { FileHeadResult } from './headText';

/** What a directory entry or a stat names. A symbolic link is reported as one, never followed. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirectoryEntry {
  readonly name: string;
  readonly kind: EntryKind;
}

export interface FileStat {
  readonly kind: EntryKind;
  readonly size: number;
  readonly mtimeMs: number;
}

export type TextRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/** The reason a file larger than asked for was not read (FileSystem.readText). */
export const tooLarge = (maxBytes: number): string => `larger than ${maxBytes} bytes`;

/** How the generator reads a file's head (Generator.headState). */
export type HeadState = (head: string, complete: boolean) => 'closed' | 'incomplete' | 'other';

export interface PostHeadOptions {
  /**
   * Only the front matter is needed (the site index): a reader may then leave the body undecoded once it knows
   * the body is valid UTF-8.
   */
  readonly frontMatterOnly?: boolean;
  /**
   * The file's size and time are not needed now (nothing persists them): a reader may skip the stat, leaving the
   * time to be looked up if a generator asks for it and the size unknown for a file longer than its head.
   */
  readonly noStat?: boolean;
}

/**
 * The file-system port: everything the shared platform code (finding sites, reading configs, listing and reading
 * posts) asks of the files. Files are named by locations (absolute, `/`-separated; see core/locations.ts). Two
 * implementations: Node's fs for the desktop and the CLI (nodeFileSystem.ts: synchronous reads of heads, and
 * worker threads) and `workspace.fs` for the web (workspaceFileSystem.ts: whole-file reads, a few at a time).
 */
export interface FileSystem {
  /**
   * True when the files are on this machine's disk: reads are cheap and synchronous underneath, and worker
   * threads may read them. False on a remote file system, where every read is a request.
   */
  readonly local: boolean;
  /** How many reads to keep in flight at once. */
  readonly readConcurrency: number;
  /**
   * A folder's entries, a batch at a time (a folder of 45,000 files never blocks the thread in one go). Throws
   * an Error whose message is the reason when the folder cannot be read.
   */
  readDirectory(location: string): Iterable<readonly DirectoryEntry[]> | AsyncIterable<readonly DirectoryEntry[]>;
  /** What is at `location` (a symbolic link as one); undefined when nothing is. */
  stat(location: string): Promise<FileStat | undefined>;
  /**
   * The whole file as UTF-8 text (a BOM kept, as Node reads it). A file larger than `maxBytes`, when given, is not
   * read (not missing; the reason says it is too large).
   */
  readText(location: string, maxBytes?: number): Promise<TextRead>;
  /** The whole file's bytes, undecoded; undefined when it cannot be read. */
  readBytes(location: string): Promise<Uint8Array | undefined>;
  /** The head of a post as the index reads it (postHead.ts on the desktop). */
  readPostHead(location: string, headState: HeadState, options?: PostHeadOptions): Promise<FileHeadResult>;
  /**
   * The same, read at once, where reads are synchronous underneath (Node's fs): the index then reads a chunk of
   * files without a promise per file. Absent where every read is a request (workspace.fs).
   */
  readPostHeadNow?(location: string, headState: HeadState, options?: PostHeadOptions): FileHeadResult;
  /**
   * Where a symbolic link (or a path through one) leads, and what is there; undefined when it leads nowhere. Only
   * file systems that have links give it (a remote one lists a link as what it leads to, or not at all).
   */
  resolveLink?(location: string): Promise<{ readonly real: string; readonly kind: EntryKind } | undefined>;
}

/** Every entry of a folder (all batches); undefined when it cannot be read. */
export async function readEntries(fs: FileSystem, location: string): Promise<DirectoryEntry[] | undefined> {
  try {
    const entries: DirectoryEntry[] = [];
    for await (const batch of fs.readDirectory(location)) entries.push(...batch);
    return entries;
  } catch {
    return undefined;
  }
}

/** The reason an error thrown by a port carries. */
export function failureReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
