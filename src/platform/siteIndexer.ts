import { performance } from 'node:perf_hooks';
import { isExcluded } from '../core/postPath';
import { SiteModel } from '../core/siteModel';
import { readFileHead } from './fileHead';
import { listPostFiles, type PostFile } from './postFiles';
import { loadSiteConfig, type LoadedConfig } from './siteConfigFile';

/** Posts larger than this are read up to it; the model needs the front matter and the first paragraphs. */
export const maxPostBytes = 2 * 1024 * 1024;

export interface IndexedSite {
  readonly root: string;
  readonly loaded: LoadedConfig;
  readonly model: SiteModel;
  readonly files: readonly PostFile[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Files that could not be read, with the reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

export interface IndexOptions {
  readonly nowMs: number;
  /** Called between slices so a caller on a UI thread can yield; resolve to go on. */
  readonly yieldControl?: () => Promise<void>;
  /** Length of one slice of work before yielding, in ms. */
  readonly sliceMs?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Lists, reads and models every post file of a site, yielding between slices so no slice blocks for long. */
export async function indexSite(root: string, options: IndexOptions): Promise<IndexedSite> {
  const loaded = loadSiteConfig(root);
  const { config } = loaded;
  const listing = listPostFiles(root, {
    collectionsDir: config.collectionsDir,
    exclude: config.exclude,
    include: config.include,
    isExcluded: (rel) => isExcluded(rel, config),
  });
  const model = new SiteModel({ config, zone: loaded.zone, nowMs: options.nowMs });
  const unreadable: { path: string; reason: string }[] = [];
  const sliceMs = options.sliceMs ?? 12;
  let sliceStart = performance.now();
  let done = 0;
  for (const file of listing.files) {
    const result = readFileHead(file.absolutePath, maxPostBytes);
    if (result.ok) {
      model.upsert({ path: file.relativePath, text: result.head.text, mtimeMs: result.head.mtimeMs });
    } else {
      unreadable.push({ path: file.relativePath, reason: result.reason });
    }
    done++;
    if (options.yieldControl !== undefined && performance.now() - sliceStart > sliceMs) {
      options.onProgress?.(done, listing.files.length);
      await options.yieldControl();
      sliceStart = performance.now();
    }
  }
  options.onProgress?.(done, listing.files.length);
  return { root, loaded, model, files: listing.files, skipped: listing.skipped, unreadable };
}
