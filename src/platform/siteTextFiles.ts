import type { FileSystem } from './fileSystem';
import { mapConcurrently } from './mapConcurrently';

/** Files larger than this are not looked through (no post or page is; a stray dump may be). */
const MAX_BYTES = 16 * 1024 * 1024;
/** Files read at once: enough to keep the disk (or the network) busy, few enough to hold little memory. */
export const READ_CONCURRENCY = 16;

/** Whether `bytes` hold `needle` anywhere (the first byte found natively, the rest compared). */
export function includesBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  const last = bytes.length - needle.length;
  for (let at = bytes.indexOf(first); at !== -1 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/**
 * Which of `files` (locations on `fs`) hold the UTF-8 bytes of `needle`, in the order given: a few read at a
 * time, none decoded, a file that cannot be read (or is larger than 16 MB) left out. Finds the handful of files
 * an edit must open among a site's tens of thousands.
 */
export async function filesContaining(fs: FileSystem, files: readonly string[], needle: string): Promise<string[]> {
  const bytes = new TextEncoder().encode(needle);
  const found = await mapConcurrently(files, READ_CONCURRENCY, async (file) => {
    const stat = await fs.stat(file);
    if (stat === undefined || stat.size > MAX_BYTES) return false;
    const read = await fs.readBytes(file);
    return read !== undefined && includesBytes(read, bytes);
  });
  return files.filter((_, i) => found[i]);
}

/** The text of each file (UTF-8, a BOM dropped, as VS Code reads it), a few at a time; undefined where unreadable. */
export async function readTexts(fs: FileSystem, files: readonly string[]): Promise<(string | undefined)[]> {
  const decoder = new TextDecoder('utf-8');
  return mapConcurrently(files, READ_CONCURRENCY, async (file) => {
    const read = await fs.readBytes(file);
    return read === undefined ? undefined : decoder.decode(read);
  });
}
