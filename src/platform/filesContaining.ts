import { open } from 'node:fs/promises';

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
  const found = new Array<boolean>(files.length).fill(false);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      found[i] = await holds(files[i] ?? '', bytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
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
