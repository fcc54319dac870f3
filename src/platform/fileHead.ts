import * as fs from 'node:fs';
import { utf8Boundary, type FileHead, type FileHeadResult } from './headText';
import type { FileTime } from '../core/fileTime';

/** The first bytes of a file, undecoded. `bytes` may be a shared buffer: it is valid until the next read. */
export interface FileBytes {
  readonly bytes: Buffer;
  /** True when `bytes` is the whole file. */
  readonly complete: boolean;
  /** Undefined when the file was not stat'ed (see readFileBytes) and is longer than `bytes`. */
  readonly size: number | undefined;
  readonly mtimeMs: FileTime;
}

export type FileBytesResult = { readonly ok: true; readonly file: FileBytes } | { readonly ok: false; readonly reason: string };

/** Reads of at most this many bytes share one buffer (reads are synchronous), sparing a new one per file. */
const scratchBytes = 4096 + 1;
const scratch = Buffer.allocUnsafe(scratchBytes);

/**
 * Reads at most `maxBytes` from the start of a file, synchronously: with a warm OS cache this is several times
 * faster than async reads of whole files (see ../shared notes on performance), and the index needs only heads.
 *
 * With `noStat`, the file is not stat'ed (a stat costs as much as the read): one byte more than `maxBytes` is asked
 * for to tell whether the head is the whole file, and the time is looked up only if someone asks for it.
 */
export function readFileBytes(file: string, maxBytes: number, noStat = false): FileBytesResult {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    let size: number | undefined;
    let mtimeMs: FileTime;
    let length: number;
    if (noStat) {
      length = maxBytes + 1;
      mtimeMs = lateTime(file);
    } else {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) {
        return { ok: false, reason: 'not a regular file' };
      }
      size = stat.size;
      mtimeMs = stat.mtimeMs;
      length = Math.min(stat.size, maxBytes);
    }
    const buffer = length <= scratchBytes ? scratch : Buffer.allocUnsafe(length);
    const read = readStart(fd, buffer, length);
    if (size === undefined && read <= maxBytes) size = read;
    const kept = Math.min(read, maxBytes);
    return { ok: true, file: { bytes: buffer.subarray(0, kept), complete: size !== undefined && kept >= size, size, mtimeMs } };
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the first `length` bytes of an open file into `buffer`, in as many reads as it takes; fewer if the file is shorter. */
export function readStart(fd: number, buffer: Buffer, length: number): number {
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, buffer, read, length - read, read);
    if (n === 0) {
      break;
    }
    read += n;
  }
  return read;
}

/** A file's time, looked up when first asked for (the current time if it cannot be by then: gone, unreadable). */
function lateTime(file: string): () => number {
  let ms: number | undefined;
  return () => (ms ??= statTime(file) ?? Date.now());
}

function statTime(file: string): number | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  } catch {
    return undefined;
  }
}

/** The head of a file decoded as UTF-8 (invalid bytes become U+FFFD; a character cut by the limit is left out). */
export function readFileHead(file: string, maxBytes: number, noStat = false): FileHeadResult {
  const result = readFileBytes(file, maxBytes, noStat);
  return result.ok ? { ok: true, head: decodeHead(result.file) } : result;
}

export function decodeHead(file: FileBytes, end = file.complete ? file.bytes.length : utf8Boundary(file.bytes, file.bytes.length)): FileHead {
  return { text: file.bytes.toString('utf8', 0, end), complete: file.complete && end === file.bytes.length, size: file.size, mtimeMs: file.mtimeMs };
}
