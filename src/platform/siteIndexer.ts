import { indexReadOptions } from '../core/postRead';
import { generatorById } from '../core/generators/generators';
import { generatorName } from '../core/generators/generatorNames';
import { noChange } from '../core/modelChanges';
import { SiteModel, type StoredEntry } from '../core/siteModel';
import type { ModelChange } from '../core/siteSnapshot';
import { applyFileChanges } from './applyFileChanges';
import { chunkSize, inChunks, SlicedIntake, Slicer, type SliceOptions } from './indexSlices';
import type { IndexWorkerPool, WorkerBatch } from './indexWorkers';
import { listPostFiles, type PostFile } from './postFiles';
import { configIdentity, loadSiteConfig, type LoadedConfig } from './siteConfigFile';
import { siteGenerator } from './siteLocator';
import type { Generator } from '../core/generators/generator';
import type { GeneratorId } from '../core/generators/detectGenerator';
import type { PostSummary } from '../core/postSummary';
import type { FileSystem, PostHeadOptions } from './fileSystem';
import type { FileHeadResult } from './headText';
import type { IndexStore } from './indexStore';

export interface IndexedSite {
  readonly root: string;
  readonly generator: Generator;
  readonly loaded: LoadedConfig;
  readonly model: SiteModel;
  readonly files: readonly PostFile[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Files that could not be read, with the reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  /** How many files came from the persisted index without being read (before `checked` looked at them). */
  readonly fromCache: number;
  /** How many files were read in worker threads. */
  readonly inWorkers: number;
  /**
   * Settles once the files restored from the persisted index were checked against the disk (mtime and size),
   * after the model is returned: those that differ are read again, and the change they make to the model is
   * given here (for the views). Never rejects.
   */
  readonly checked: Promise<CheckResult>;
  /** Settles when the persisted index is written (after `checked`; never rejects). */
  readonly saved: Promise<void>;
}

export interface CheckResult {
  readonly change: ModelChange;
  /** Files of the persisted index that differed from the disk (or were gone) and were read again. */
  readonly stale: number;
}

export interface IndexOptions extends SliceOptions {
  /** Where the site's files are read. */
  readonly fs: FileSystem;
  readonly nowMs: number;
  /** The site's generator, when the caller found it already; else it is found from the folder. */
  readonly generator?: GeneratorId;
  /** A persisted index to start from and to write back (see indexStore.ts). */
  readonly cache?: IndexStore;
  /** Worker threads (running the bundled indexWorker.js) for a local file system: files are then read and classified off this thread. */
  readonly workers?: IndexWorkerPool;
  /**
   * With fewer files than this to read, workers that are not warm yet are not used: the build runs here (see
   * coldWorkersMinFiles). Default 0: the workers read whenever there are enough files.
   */
  readonly coldWorkersMinFiles?: number;
  /**
   * Called once the model exists, before any post is read (it then holds what the persisted index had): a caller
   * may show it while it fills, a chunk at a time.
   */
  readonly onModel?: (start: { readonly generator: Generator; readonly loaded: LoadedConfig; readonly model: SiteModel }) => void;
  /** Called as posts arrive in the model: how many of the site's files it has, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Below this many files to read, starting workers costs more than it saves. */
const minFilesForWorkers = 400;

/**
 * Lists, reads and models every post file of a site: files the persisted index has from it (checked against the
 * disk right after the model is returned, see `checked`), the rest in the worker pool when one is given and there
 * are enough (else here, in slices that yield between them). Reads are synchronous (several times faster than async
 * reads with a warm cache), and only each file's front-matter block is decoded.
 */
export async function indexSite(root: string, options: IndexOptions): Promise<IndexedSite> {
  const fs = options.fs;
  const slicer = new Slicer(options);
  const generator = await generatorFor(fs, root, options.generator);
  const loaded = await loadSiteConfig(fs, root, generator, () => slicer.yieldNow());
  const { config } = loaded;
  // Parsing the config (and, the first time, the time zone's data) is a slice of its own: the walk starts afresh.
  await slicer.yieldNow();
  const listing = await listPostFiles(fs, root, generator.listing(config), { pause: () => slicer.pause() });
  // Files that shape their folders (Hugo's bundle headers) decide what the others are: a cache made under other ones is stale.
  const shapesFolder = generator.shapesFolder;
  const shapers = shapesFolder === undefined ? [] : listing.files.map((f) => f.relativePath).filter((p) => shapesFolder(p, config)).sort();
  const identity = [configIdentity(loaded), ...shapers].join('\0');
  const store = options.cache;
  const cache = store === undefined ? undefined : await store.load(identity, () => slicer.pause());
  const model = new SiteModel({ config, zone: loaded.zone, nowMs: options.nowMs, shapers });
  const unreadable: { path: string; reason: string }[] = [];
  /** Each file's size, by site path, for the persisted index (kept only when there is one). */
  const sizes = new Map<string, number>();
  // Files the persisted index has are restored now and checked against the disk once the model is returned.
  const restored: { file: PostFile; mtimeMs: number; size: number }[] = [];

  const toRead: PostFile[] = [];
  let summaries: { mtimeMs: number; info: PostSummary }[] = [];
  for (const file of listing.files) {
    const cached = cache?.get(file.relativePath);
    if (cached !== undefined) {
      summaries.push({ mtimeMs: cached.mtimeMs, info: cached.info });
      sizes.set(file.relativePath, cached.size);
      restored.push({ file, mtimeMs: cached.mtimeMs, size: cached.size });
    } else {
      toRead.push(file);
    }
    if (summaries.length >= 256 || slicer.due()) {
      model.fill(summaries);
      summaries = [];
      await slicer.pause();
    }
  }
  model.fill(summaries);
  options.onModel?.({ generator, loaded, model });
  let done = restored.length;
  const progress = (files: number): void => {
    done += files;
    options.onProgress?.(done, listing.files.length);
  };
  progress(0);

  let inWorkers = 0;
  const workers = fs.local ? options.workers : undefined;
  const coldAndSmall = workers !== undefined && !workers.warm && toRead.length < (options.coldWorkersMinFiles ?? 0);
  if (workers !== undefined && !coldAndSmall && toRead.length >= minFilesForWorkers) {
    const intake = new SlicedIntake<WorkerBatch>(slicer, (batch) => {
      model.fillMadeApart(batch.entries);
      for (const e of batch.entries) {
        sizes.set(e.info.path, e.size);
      }
      unreadable.push(...batch.unreadable);
      inWorkers += batch.entries.length + batch.unreadable.length;
      progress(batch.entries.length + batch.unreadable.length);
    });
    try {
      await workers.run({ generator: generator.id, configFiles: loaded.files, zoneName: loaded.zone.name, nowMs: options.nowMs, shapers }, toRead, (batch) => intake.take(batch));
      await intake.drained();
    } catch {
      // A worker that cannot start or fails: read everything here instead, from a clean slate (the batches still
      // waiting dropped first, so none lands after it).
      await intake.discard();
      for (const file of toRead) {
        model.remove(file.relativePath);
        sizes.delete(file.relativePath);
      }
      done -= inWorkers;
      unreadable.length = 0;
      inWorkers = 0;
    }
  }
  if (inWorkers === 0) {
    // Nothing to persist: a file's size is not needed, and its time only where a generator falls back to it.
    const targets = store === undefined ? { sizes: undefined, headOptions: headOnlyUnstated } : { sizes, headOptions: headOnly };
    await readHere(fs, toRead, { model, generator, loaded, unreadable, ...targets }, slicer, progress);
  }

  // The model is ready now. What came from the persisted index is checked after, and the index written after that,
  // without holding the caller up: a reopened site shows at once and corrects itself within a few slices.
  const checked = (restored.length === 0 ? Promise.resolve() : (options.yieldControl?.() ?? Promise.resolve()))
    .then(() => checkRestored(fs, root, generator, restored, model, sizes, slicer))
    .catch((): CheckResult => ({ change: noChange, stale: 0 }));
  const saved = checked.then(async ({ stale }) => {
    if (store !== undefined && (cache === undefined || stale > 0 || restored.length !== listing.files.length || cache.size !== listing.files.length)) {
      await store.save(identity, model.summaries(), sizes, () => slicer.pause());
    }
  }).catch(() => {
    // a cache that cannot be written only costs the next start its speed
  });
  return { root, generator, loaded, model, files: listing.files, skipped: listing.skipped, unreadable, fromCache: restored.length, inWorkers, checked, saved };
}

/**
 * Stats every restored file (in slices); those whose mtime or size differ go through `applyFileChanges`, as a
 * change seen by the file watcher would: read again, or removed if gone.
 */
async function checkRestored(
  fs: FileSystem,
  root: string,
  generator: Generator,
  restored: readonly { readonly file: PostFile; readonly mtimeMs: number; readonly size: number }[],
  model: SiteModel,
  sizes: Map<string, number>,
  slicer: Slicer,
): Promise<CheckResult> {
  const stale: PostFile[] = [];
  const stats = await inChunks(restored, fs.readConcurrency, (r) => fs.stat(r.file.absolutePath), slicer);
  restored.forEach(({ file, mtimeMs, size }, i) => {
    const stat = stats[i];
    if (stat === undefined || stat.kind !== 'file' || stat.mtimeMs !== mtimeMs || stat.size !== size) {
      stale.push(file);
    }
  });
  if (stale.length === 0) {
    return { change: noChange, stale: 0 };
  }
  const change = await applyFileChanges(fs, { root, generator, model }, stale.map((f) => f.absolutePath), () => slicer.pause());
  for (const file of stale) {
    const size = (await fs.stat(file.absolutePath))?.size;
    if (size === undefined || model.get(file.relativePath) === undefined) sizes.delete(file.relativePath);
    else sizes.set(file.relativePath, size);
  }
  return { change, stale: stale.length };
}

/** What the index reads of a post: its front matter. */
const headOnly: PostHeadOptions = { frontMatterOnly: true };
/** The same, for an index that is not persisted: without a stat per file. */
const headOnlyUnstated: PostHeadOptions = { frontMatterOnly: true, noStat: true };

/** Where readHere puts what it reads, and how it reads. */
interface ReadTargets {
  readonly model: SiteModel;
  readonly generator: Generator;
  readonly loaded: LoadedConfig;
  /** Undefined when there is no persisted index to keep them for. */
  readonly sizes: Map<string, number> | undefined;
  readonly unreadable: { path: string; reason: string }[];
  readonly headOptions: PostHeadOptions;
}

async function readHere(
  fs: FileSystem,
  files: readonly PostFile[],
  { model, generator, loaded, sizes, unreadable, headOptions }: ReadTargets,
  slicer: Slicer,
  progress: (files: number) => void,
): Promise<void> {
  const onChunk = (results: readonly FileHeadResult[], chunk: readonly PostFile[]): void => {
    const batch: StoredEntry[] = [];
    results.forEach((result, i) => {
      const file = chunk[i] as PostFile;
      if (result.ok) {
        batch.push({ path: file.relativePath, read: generator.readPost(result.head.text, loaded.config, indexReadOptions), mtimeMs: result.head.mtimeMs });
        if (sizes !== undefined && result.head.size !== undefined) sizes.set(file.relativePath, result.head.size);
      } else {
        unreadable.push({ path: file.relativePath, reason: result.reason });
      }
    });
    model.fillRead(batch);
    progress(chunk.length);
  };
  const readNow = fs.readPostHeadNow?.bind(fs);
  if (readNow === undefined) {
    await inChunks(files, fs.readConcurrency, (file) => fs.readPostHead(file.absolutePath, generator.headState, headOptions), slicer, onChunk);
    return;
  }
  // Reads that are synchronous underneath: a chunk at a time, without a promise per file.
  for (let start = 0; start < files.length; start += chunkSize) {
    const chunk = files.slice(start, start + chunkSize);
    onChunk(chunk.map((file) => readNow(file.absolutePath, generator.headState, headOptions)), chunk);
    await slicer.pause();
  }
}

/** The generator to read a site with: the one given, else the folder's own; a site Postcraft cannot read is an error. */
async function generatorFor(fs: FileSystem, root: string, id: GeneratorId | undefined): Promise<Generator> {
  const found = id ?? (await siteGenerator(fs, root));
  if (found === undefined) throw new Error(`${root} is not a site of a generator Postcraft knows`);
  const generator = generatorById(found);
  if (generator === undefined) throw new Error(`${root} is a ${generatorName(found)} site, which Postcraft does not read yet`);
  return generator;
}
