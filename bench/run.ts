import { firstOpenStore } from './firstOpenStore';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { nodeFileSystem } from '../src/platform/nodeFileSystem';
import { fileIndexStore } from '../src/platform/indexCache';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as yaml from 'js-yaml';
import { listPostFiles } from '../src/platform/postFiles';
import { jekyllGenerator } from '../src/core/generators/jekyll/jekyllGenerator';
import { parseConfig } from '../src/core/config';
import { indexSite } from '../src/platform/siteIndexer';
import { coldWorkersMinFiles, IndexWorkerPool } from '../src/platform/indexWorkers';
import { generateSite } from './generateSite';
import { median } from './median';

/**
 * `npm run bench`: the site index against its floor on generated 1k / 10k / 50k-post sites. Prints figures and
 * ratios; asserts nothing (timings vary ±20 % run to run, so compare within one run). Run with --expose-gc for
 * the heap figure.
 */
const sitesDir = path.join(__dirname, '..', '..', 'bench', '.sites');
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);


/** The floor: open, read the first 4 KB, close, find the closing `---` and parse only that block with js-yaml. */
async function floor(site: string): Promise<number> {
  const files = (await listPostFiles(nodeFileSystem, site, jekyllGenerator.listing(parseConfig('').config))).files;
  const buffer = Buffer.alloc(4096);
  const t0 = performance.now();
  for (const file of files) {
    const fd = fs.openSync(file.absolutePath, 'r');
    const n = fs.readSync(fd, buffer, 0, 4096, 0);
    fs.closeSync(fd);
    const head = buffer.toString('utf8', 0, n);
    const end = head.indexOf('\n---', 3);
    if (head.startsWith('---') && end > 0) {
      yaml.load(head.slice(4, end));
    }
  }
  return performance.now() - t0;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** The bundled worker, as the extension and the CLI use it (npm run bench builds it first). */
const workerScript = path.join(__dirname, '..', '..', 'dist', 'indexWorker.js');
/** Kept across builds, as the extension keeps it: after the first build its workers are warm. */
let pool = new IndexWorkerPool(workerScript);

/**
 * The longest stretch this thread could not run a timer while `work` ran: what a build costs the extension
 * host's responsiveness. The ticker runs before the work starts, so its synchronous start is counted too.
 */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const ticker = setInterval(tick, 1);
  await new Promise((resolve) => setTimeout(resolve, 5));
  last = performance.now();
  longest = 0;
  const result = await work();
  tick();
  clearInterval(ticker);
  return { result, longestMs: longest };
}

type Built = { ms: number; checkedMs: number; longestBlockMs: number; posts: number; heapBytes: number; fromCache: number; model: Awaited<ReturnType<typeof indexSite>> | undefined };

/** One build; its model is kept only when asked (a 50k model held per build would slow the next ones). */
async function build(site: string, cacheFile?: string, workers = true, keepModel = false): Promise<Built> {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let ms = 0;
  let checkedMs = 0;
  const { result: indexed, longestMs } = await longestBlock(async () => {
    const t0 = performance.now();
    const built = await indexSite(site, { fs: nodeFileSystem, 
      nowMs: Date.now(),
      cache: cacheFile === undefined ? firstOpenStore : fileIndexStore(cacheFile, site),
      ...(workers ? { workers: pool, coldWorkersMinFiles } : {}),
      yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)),
    });
    ms = performance.now() - t0;
    // Checking restored posts against the disk and writing the persisted index follow (the model is usable
    // before): their blocks count; the check's time is printed apart.
    await built.checked;
    checkedMs = performance.now() - t0;
    await built.saved;
    return built;
  });
  gc?.();
  const heapBytes = process.memoryUsage().heapUsed - heapBefore;
  return { ms, checkedMs, longestBlockMs: longestMs, posts: indexed.model.size, heapBytes, fromCache: indexed.fromCache, model: keepModel ? indexed : undefined };
}

/** The longest block of the calling thread among builds, in ms. */
const longest = (...builds: readonly Built[]): string => Math.max(...builds.map((b) => b.longestBlockMs)).toFixed(1);

async function main(): Promise<void> {
  const rows: string[] = [];
  const builds = new Map<number, number>();
  console.log(`Postcraft site index benchmark: Node ${process.versions.node}, ${os.cpus().length} cores, ${gc ? 'with' : 'without'} --expose-gc`);
  for (const count of sizes) {
    const site = generateSite(path.join(sitesDir, `site-${count}`), count);
    await floor(site); // warm the OS cache and the JIT
    const floorMs = median([await floor(site), await floor(site), await floor(site)]);
    // The first build with a fresh pool, as the extension builds: cold workers only for a very large site (they
    // compile as they go), else on this thread in slices.
    await pool.dispose();
    pool = new IndexWorkerPool(workerScript);
    const first = await build(site);
    const cold = [await build(site, undefined, true, true), await build(site), await build(site)];
    const buildMs = median(cold.map((b) => b.ms));
    const oneThreadMs = median([await build(site, undefined, false), await build(site, undefined, false)].map((b) => b.ms));
    builds.set(count, buildMs);
    const cacheFile = path.join(os.tmpdir(), `postcraft-bench-${count}.json`);
    fs.rmSync(cacheFile, { force: true });
    const writing = await build(site, cacheFile); // writes the persisted index
    // A reopen is a new extension host: no workers yet (they start, and stat the files, while the index is parsed).
    const reopen: Awaited<ReturnType<typeof build>>[] = [];
    for (let i = 0; i < 3; i++) {
      await pool.dispose();
      pool = new IndexWorkerPool(workerScript);
      reopen.push(await build(site, cacheFile));
    }
    const reopenMs = median(reopen.map((b) => b.ms));
    const indexed = cold[0]!.model!;
    const one = indexed.files[Math.floor(indexed.files.length / 2)]!;
    const text = fs.readFileSync(one.absolutePath, 'utf8');
    const changeTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const edited = text.replace(/^title: .*$/m, `title: "edited ${i}"`);
      const t0 = performance.now();
      indexed.model.upsert({ path: one.relativePath, text: edited, mtimeMs: Date.now() });
      changeTimes.push(performance.now() - t0);
    }
    const snapshotT0 = performance.now();
    indexed.model.snapshot();
    const snapshotMs = performance.now() - snapshotT0;
    const heapPerPost = median(cold.map((b) => b.heapBytes)) / count;
    rows.push(
      `${String(count).padStart(6)} posts | floor ${floorMs.toFixed(0).padStart(5)} ms | warm build ${buildMs.toFixed(0).padStart(5)} ms (${(buildMs / floorMs).toFixed(2)}× floor; ` +
        `first: ${first.ms.toFixed(0)} ms, ${(first.ms / floorMs).toFixed(2)}×; one thread ${oneThreadMs.toFixed(0)} ms, ${(oneThreadMs / floorMs).toFixed(2)}×) | ` +
        `longest block ${longest(first, ...cold, writing, ...reopen)} ms (first build ${longest(first)}, warm ${longest(...cold)}, writing the index ${longest(writing)}, reopen ${longest(...reopen)}) | reopen ${reopenMs.toFixed(0)} ms (${reopen[0]!.fromCache} from the index; checked against the disk at ${median(reopen.map((b) => b.checkedMs)).toFixed(0)} ms) | ` +
        `one change ${median(changeTimes).toFixed(3)} ms | snapshot ${snapshotMs.toFixed(0)} ms | heap ${gc ? `${(heapPerPost / 1024).toFixed(2)} KB/post` : 'n/a'}`,
    );
    console.log(rows[rows.length - 1]);
    fs.rmSync(cacheFile, { force: true });
  }
  const tenK = builds.get(10000);
  const fiftyK = builds.get(50000);
  if (tenK !== undefined && fiftyK !== undefined) {
    console.log(`50k build / 10k build: ${(fiftyK / tenK).toFixed(2)}× (linear would be 5×)`);
  }
  await pool.dispose();
  console.log('targets: 10k first and warm builds ≤ 1.5× floor; reopen ≤ 100 ms; one change ≤ 5 ms; 50k ≤ 5.5× 10k; ≤ 2 KB heap per post; longest block of the calling thread ≤ 30 ms');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
