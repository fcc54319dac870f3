import type { PostSummary } from '../core/postSummary';

export interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly info: PostSummary;
}

/**
 * Where a site's index is kept between sessions (indexCache.ts writes it to a file of the extension's storage).
 * `identity` names everything the summaries depend on besides their files (the config, the zone, the folder
 * shapers): an index kept under another identity is not used.
 */
export interface IndexStore {
  /** The files of the kept index, or undefined when there is none to use. Never rejects. */
  load(identity: string, pause?: () => Promise<void>): Promise<Map<string, CachedFile> | undefined>;
  /**
   * Keeps the index; may reject (a store that cannot be written only costs the next start its speed). `entries`
   * and `sizes` are read as the index is made, across pauses (see indexFormat.encodeIndex).
   */
  save(identity: string, entries: Iterable<{ mtimeMs: number; info: PostSummary }>, sizes: ReadonlyMap<string, number>, pause?: () => Promise<void>): Promise<void>;
}
