import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { splitFrontMatter } from '../core/frontMatterSplit';
import { isExcluded } from '../core/postPath';
import { readPost } from '../core/postRead';
import { SiteModel, type StoredEntry } from '../core/siteModel';
import type { PostSummary } from '../core/postSummary';
import { readFileHead, type FileHeadResult } from './fileHead';
import { configKey, loadIndexCache, saveIndexCache } from './indexCache';
import { listPostFiles, type PostFile } from './postFiles';
import { loadSiteConfig, type LoadedConfig } from './siteConfigFile';

/** Posts larger than this are read up to it; the model needs the front matter and the first paragraphs. */
export const maxPostBytes = 2 * 1024 * 1024;
const headBytes = 4096;

export interface IndexedSite {
  readonly root: string;
  readonly loaded: LoadedConfig;
  readonly model: SiteModel;
  readonly files: readonly PostFile[];
  /** Size of each file read, by site path (for the persisted index). */
  readonly sizes: Map<string, number>;
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Files that could not be read, with the reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  /** How many files came from the persisted index without being read. */
  readonly fromCache: number;
}

export interface IndexOptions {
  readonly nowMs: number;
  /** Called between slices so a caller on a UI thread can yield; resolve to go on. */
  readonly yieldControl?: () => Promise<void>;
  /** Length of one slice of work before yielding, in ms. */
  readonly sliceMs?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** A persisted index to start from and to write back (see indexCache.ts). */
  readonly cacheFile?: string;
}

/**
 * Lists, reads and models every post file of a site. Reads are synchronous (several times faster than async
 * reads with a warm cache) but cut into slices: between slices the caller's `yieldControl` lets the event loop
 * run, so no slice blocks the extension host for long.
 */
export async function indexSite(root: string, options: IndexOptions): Promise<IndexedSite> {
  const loaded = loadSiteConfig(root);
  const { config } = loaded;
  const listing = listPostFiles(root, {
    collectionsDir: config.collectionsDir,
    exclude: config.exclude,
    include: config.include,
    isExcluded: (rel) => isExcluded(rel, config),
  });
  const key = configKey(loaded.text, loaded.zone.name);
  const cache = options.cacheFile === undefined ? undefined : loadIndexCache(options.cacheFile, root, key);
  const model = new SiteModel({ config, zone: loaded.zone, nowMs: options.nowMs });
  const unreadable: { path: string; reason: string }[] = [];
  const sizes = new Map<string, number>();
  const sliceMs = options.sliceMs ?? 12;
  let batch: StoredEntry[] = [];
  let summaries: { mtimeMs: number; info: PostSummary }[] = [];
  const flush = (): void => {
    model.restore(batch);
    model.restoreSummaries(summaries);
    batch = [];
    summaries = [];
  };
  let sliceStart = performance.now();
  let done = 0;
  let fromCache = 0;
  for (const file of listing.files) {
    const cached = cache?.get(file.relativePath);
    const stat = cached === undefined ? undefined : statOf(file.absolutePath);
    if (cached !== undefined && stat !== undefined && stat.mtimeMs === cached.mtimeMs && stat.size === cached.size) {
      summaries.push({ mtimeMs: cached.mtimeMs, info: cached.info });
      sizes.set(file.relativePath, cached.size);
      fromCache++;
    } else {
      const result = readPostHead(file.absolutePath);
      if (result.ok) {
        const read = readPost(result.head.text, config.excerptSeparator, { countWords: false });
        batch.push({ path: file.relativePath, read, mtimeMs: result.head.mtimeMs });
        sizes.set(file.relativePath, result.head.size);
      } else {
        unreadable.push({ path: file.relativePath, reason: result.reason });
      }
    }
    done++;
    if (batch.length + summaries.length >= 64) {
      flush();
    }
    if (options.yieldControl !== undefined && performance.now() - sliceStart > sliceMs) {
      flush();
      options.onProgress?.(done, listing.files.length);
      await options.yieldControl();
      sliceStart = performance.now();
    }
  }
  flush();
  options.onProgress?.(done, listing.files.length);
  if (options.cacheFile !== undefined && (cache === undefined || fromCache !== listing.files.length || cache.size !== listing.files.length)) {
    try {
      saveIndexCache(options.cacheFile, root, key, model.exportSummaries(), sizes);
    } catch {
      // a cache that cannot be written only costs the next start its speed
    }
  }
  return { root, loaded, model, files: listing.files, sizes, skipped: listing.skipped, unreadable, fromCache };
}

/**
 * The head of a post: the first 4 KB hold the front matter and the first paragraph of nearly every post; when
 * the front matter runs past them, the file is read again up to the limit.
 */
export function readPostHead(file: string): FileHeadResult {
  const first = readFileHead(file, headBytes);
  if (!first.ok || first.head.complete || splitFrontMatter(first.head.text, { complete: false }).kind !== 'incomplete') {
    return first;
  }
  return readFileHead(file, maxPostBytes);
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
