import * as fs from 'node:fs';
import { utf8Boundary, type FileHead, type FileHeadResult } from './headText';

/** The first bytes of a file, undecoded. `bytes` may be a shared buffer: it is valid until the next read. */
export interface FileBytes {
  readonly bytes: Buffer;
  /** True when `bytes` is the whole file. */
  readonly complete: boolean;
  readonly size: number;
  readonly mtimeMs: number;
}

export type FileBytesResult = { readonly ok: true; readonly file: FileBytes } | { readonly ok: false; readonly reason: string };

/** Reads of at most this many bytes share one buffer (reads are synchronous), sparing a new one per file. */
const scratchBytes = 4096;
const scratch = Buffer.allocUnsafe(scratchBytes);

/**
 * Reads at most `maxBytes` from the start of a file, synchronously: with a warm OS cache this is several times
 * faster than async reads of whole files (see ../shared notes on performance), and the index needs only heads.
 */
export function readFileBytes(file: string, maxBytes: number): FileBytesResult {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      return { ok: false, reason: 'not a regular file' };
    }
    const length = Math.min(stat.size, maxBytes);
    const buffer = length <= scratchBytes ? scratch : Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, buffer, read, length - read, read);
      if (n === 0) {
        break;
      }
      read += n;
    }
    return { ok: true, file: { bytes: buffer.subarray(0, read), complete: read >= stat.size, size: stat.size, mtimeMs: stat.mtimeMs } };
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The head of a file decoded as UTF-8 (invalid bytes become U+FFFD; a character cut by the limit is left out). */
export function readFileHead(file: string, maxBytes: number): FileHeadResult {
  const result = readFileBytes(file, maxBytes);
  return result.ok ? { ok: true, head: decodeHead(result.file) } : result;
}

export function decodeHead(file: FileBytes, end = file.complete ? file.bytes.length : utf8Boundary(file.bytes, file.bytes.length)): FileHead {
  return { text: file.bytes.toString('utf8', 0, end), complete: file.complete && end === file.bytes.length, size: file.size, mtimeMs: file.mtimeMs };
}
