import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeFileSystem } from '../src/platform/nodeFileSystem';
import { coldWorkersMinFiles, IndexWorkerPool } from '../src/platform/indexWorkers';
import { indexSite } from '../src/platform/siteIndexer';
import { firstOpenStore } from './firstOpenStore';
import { floorRead } from './floorRead';
import { median } from './median';

/**
 * One sample of the in-process builds (run by bench/everyGenerator.ts, a fresh process each time, as a first build
 * happens once per process): the floor over the listed files (median of 3, after one read for the OS cache), then
 * the site's first build as the extension host makes it (a fresh worker pool: workers only when warm or for a very
 * large site; an empty persisted index, so every file is stat'ed), then the median of 3 warm builds. Prints
 * `{"floor":…,"first":…,"warm":…}` in ms. Usage: buildProcess <site> <file listing its posts> <worker script>.
 */
const [site, list, workerScript] = process.argv.slice(2);
if (site === undefined || list === undefined || workerScript === undefined) throw new Error('usage: buildProcess <site> <post list> <worker script>');


async function build(pool: IndexWorkerPool): Promise<number> {
  const t0 = performance.now();
  const indexed = await indexSite(path.resolve(site as string), { fs: nodeFileSystem, nowMs: Date.now(), cache: firstOpenStore, workers: pool, coldWorkersMinFiles, yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)) });
  const ms = performance.now() - t0;
  // What follows the build (handing the summaries to the store) is not timed, and is over before the next build.
  await indexed.saved;
  return ms;
}

async function main(): Promise<void> {
  const files = fs.readFileSync(list as string, 'utf8').split('\n').filter((f) => f !== '');
  floorRead(files); // the OS cache
  const floor = median([0, 1, 2].map(() => {
    const t0 = performance.now();
    floorRead(files);
    return performance.now() - t0;
  }));
  const pool = new IndexWorkerPool(workerScript as string);
  try {
    const first = await build(pool);
    const warm = median([await build(pool), await build(pool), await build(pool)]);
    process.stdout.write(`${JSON.stringify({ floor, first, warm })}\n`);
  } finally {
    await pool.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
