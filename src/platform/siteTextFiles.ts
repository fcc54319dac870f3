import { readFile, stat } from 'node:fs/promises';
import { mapConcurrently } from './mapConcurrently';

/** Files larger than this are not looked through (no post or page is; a stray dump may be). */
const MAX_BYTES = 16 * 1024 * 1024;
/** Files read at once: enough to keep the disk busy, few enough to hold little memory. */
export const READ_CONCURRENCY = 16;

/**
 * Which of `files` (absolute paths) hold the UTF-8 bytes of `needle`, in the order given: a few read at a time,
 * none decoded, a file that cannot be read (or is larger than 16 MB) left out. Finds the handful of files an
 * edit must open among a site's tens of thousands.
 */
export async function filesContaining(files: readonly string[], needle: string): Promise<string[]> {
  const bytes = Buffer.from(needle, 'utf8');
  const found = await mapConcurrently(files, READ_CONCURRENCY, async (file) => {
    try {
      return (await stat(file)).size <= MAX_BYTES && (await readFile(file)).includes(bytes);
    } catch {
      return false;
    }
  });
  return files.filter((_, i) => found[i]);
}

/** The text of each file (UTF-8, a BOM dropped, as VS Code reads it), a few at a time; undefined where unreadable. */
export async function readTexts(files: readonly string[]): Promise<(string | undefined)[]> {
  const decoder = new TextDecoder('utf-8');
  return mapConcurrently(files, READ_CONCURRENCY, async (file) => {
    try {
      return decoder.decode(await readFile(file));
    } catch {
      return undefined;
    }
  });
}
