import { open } from 'node:fs/promises';
import { mapConcurrently } from './mapConcurrently';

/** Files larger than this are not looked through (no post or page is; a stray dump or binary may be). */
const MAX_BYTES = 16 * 1024 * 1024;
const CONCURRENCY = 16;

/**
 * Which of `files` (absolute paths) hold the UTF-8 bytes of `needle`, in the order given: a few read at a time,
 * none decoded, a file that cannot be read is left out. Finds the handful of files an edit must open among a
 * site's tens of thousands.
 */
export async function filesContaining(files: readonly string[], needle: string): Promise<string[]> {
  const bytes = Buffer.from(needle, 'utf8');
  const found = await mapConcurrently(files, CONCURRENCY, (file) => holds(file, bytes));
  return files.filter((_, i) => found[i]);
}

async function holds(file: string, needle: Buffer): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_BYTES || size < needle.length) return false;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buffer, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).includes(needle);
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
