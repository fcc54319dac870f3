import * as fs from 'node:fs';
import { readStart } from './fileHead';
import { readPostHead } from './postHead';
import { tooLarge, type DirectoryEntry, type EntryKind, type FileStat, type FileSystem, type TextRead } from './fileSystem';

/** Entries read from a folder per batch. */
const batchSize = 256;

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  return entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * The file-system port on Node's fs (desktop and CLI): reads are synchronous underneath (several times faster
 * than async reads with a warm OS cache) and a post's head is read without the rest of it (postHead.ts).
 */
export const nodeFileSystem: FileSystem = {
  local: true,
  readConcurrency: 1,
  *readDirectory(location: string): Iterable<readonly DirectoryEntry[]> {
    let dir: fs.Dir;
    try {
      dir = fs.opendirSync(location, { bufferSize: batchSize });
    } catch (error) {
      throw new Error(codeOf(error), { cause: error });
    }
    try {
      for (;;) {
        const batch: DirectoryEntry[] = [];
        while (batch.length < batchSize) {
          const entry = readEntry(dir);
          if (entry === null) break;
          batch.push({ name: entry.name, kind: kindOf(entry) });
        }
        if (batch.length > 0) yield batch;
        if (batch.length < batchSize) return;
      }
    } finally {
      dir.closeSync();
    }
  },
  stat(location: string): Promise<FileStat | undefined> {
    try {
      const stat = fs.lstatSync(location);
      return Promise.resolve({ kind: kindOf(stat), size: stat.size, mtimeMs: stat.mtimeMs });
    } catch {
      return Promise.resolve(undefined);
    }
  },
  readText(location: string, maxBytes?: number): Promise<TextRead> {
    try {
      return Promise.resolve(maxBytes === undefined ? { ok: true, text: fs.readFileSync(location, 'utf8') } : readTextUpTo(location, maxBytes));
    } catch (error) {
      const code = codeOf(error);
      return Promise.resolve({ ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR', reason: code });
    }
  },
  async readBytes(location: string): Promise<Uint8Array | undefined> {
    // Asynchronous, unlike the other reads: a site-wide search keeps several in flight (siteTextFiles.ts).
    return fs.promises.readFile(location).catch(() => undefined);
  },
  readPostHead(location, headState, options) {
    return Promise.resolve(readPostHead(location, headState, options));
  },
  readPostHeadNow: readPostHead,
  resolveLink(location: string) {
    try {
      const real = fs.realpathSync(location);
      return Promise.resolve({ real, kind: kindOf(fs.statSync(real)) });
    } catch {
      return Promise.resolve(undefined);
    }
  },
};

/** A file's text if it has at most `maxBytes`: one stat of the open file, not a stat of its path before reading it. */
function readTextUpTo(location: string, maxBytes: number): TextRead {
  const fd = fs.openSync(location, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, missing: false, reason: tooLarge(maxBytes) };
    const buffer = Buffer.allocUnsafe(size);
    return { ok: true, text: buffer.toString('utf8', 0, readStart(fd, buffer, size)) };
  } finally {
    fs.closeSync(fd);
  }
}

function readEntry(dir: fs.Dir): fs.Dirent | null {
  try {
    return dir.readSync();
  } catch (error) {
    throw new Error(codeOf(error), { cause: error });
  }
}

/**
 * The same port for a process with no thread to keep responsive (the command line): each folder is read in one
 * call. A call per entry costs more than the rest of a walk through many small folders (a Hugo site's bundles),
 * but one call for a folder of 45,000 files blocks for 50 ms or more, so the editor's port reads in batches.
 */
export const wholeFolderFileSystem: FileSystem = {
  ...nodeFileSystem,
  *readDirectory(location: string): Iterable<readonly DirectoryEntry[]> {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(location, { withFileTypes: true });
    } catch (error) {
      throw new Error(codeOf(error), { cause: error });
    }
    yield entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
};
