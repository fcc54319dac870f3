import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PostSummary } from '../core/postSummary';
import { configKey, decodeIndex, encodeIndex } from './indexFormat';
import type { CachedFile, IndexStore } from './indexStore';

/**
 * The desktop's persisted index: a file of the extension's workspace storage, read and written with Node's fs in
 * the format of indexFormat.ts (which the web's store shares). Files written before that split read as they were.
 */

/** The cache file for a site inside the extension's workspace storage (the name indexFormat.indexFileName gives). */
export function indexCacheFile(storageDir: string, siteRoot: string): string {
  const key = crypto.createHash('sha256').update(siteRoot).digest('hex').slice(0, 16);
  return path.join(storageDir, `site-index-${key}.json`);
}

/** The index of the site at `siteRoot` kept in `file` (see indexCacheFile). */
export function fileIndexStore(file: string, siteRoot: string): IndexStore {
  return {
    load: async (identity, pause) => loadIndexCache(file, siteRoot, await configKey(identity), pause),
    save: async (identity, entries, sizes, pause) => saveIndexCache(file, siteRoot, await configKey(identity), entries, sizes, pause),
  };
}

/** Reads a persisted index; anything unreadable or unexpected gives undefined (see decodeIndex). */
export async function loadIndexCache(file: string, siteRoot: string, key: string, pause?: () => Promise<void>): Promise<Map<string, CachedFile> | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    return undefined;
  }
  return decodeIndex(bytes, siteRoot, key, pause);
}

/**
 * Writes the index atomically (a temporary file, then a rename), so a crash never leaves half a cache; a line at a
 * time, asynchronously, so a large site does not block the thread (encoding 18 MB at once would).
 */
export async function saveIndexCache(
  file: string,
  siteRoot: string,
  key: string,
  entries: Iterable<{ mtimeMs: number; info: PostSummary }>,
  sizes: ReadonlyMap<string, number>,
  pause?: () => Promise<void>,
): Promise<void> {
  const pieces = await encodeIndex(siteRoot, key, entries, sizes, pause);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await fs.promises.open(temporary, 'w');
    try {
      for (const piece of pieces) {
        await handle.write(piece);
      }
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}
