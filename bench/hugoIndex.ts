import { firstOpenStore } from './firstOpenStore';
import * as os from 'node:os';
import { nodeFileSystem } from '../src/platform/nodeFileSystem';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { floorRead } from './floorRead';
import { generateHugoSite } from './generateHugoSite';
import { listPostFiles } from '../src/platform/postFiles';
import { hugoGenerator } from '../src/core/generators/hugo/hugoGenerator';
import { coldWorkersMinFiles, IndexWorkerPool } from '../src/platform/indexWorkers';
import { indexSite } from '../src/platform/siteIndexer';
import { loadSiteConfig } from '../src/platform/siteConfigFile';
import { median } from './median';

/**
 * `npm run bench` (Hugo part): a generated 10k-page Hugo site (TOML and YAML) indexed against its floor, as
 * bench/run.ts does for Jekyll, so the two ratios can be read side by side. Prints figures; asserts nothing.
 */
const sitesDir = path.join(__dirname, '..', '..', 'bench', '.sites');
const count = Number(process.env['BENCH_HUGO_SIZE'] ?? 10000);
const workerScript = path.join(__dirname, '..', '..', 'dist', 'indexWorker.js');


/** The floor over the site's posts (bench/floorRead.ts): each file's first 4 KB, its front matter parsed with smol-toml or js-yaml. */
async function floor(site: string): Promise<number> {
  const files = (await listPostFiles(nodeFileSystem, site, hugoGenerator.listing((await loadSiteConfig(nodeFileSystem, site, hugoGenerator)).config))).files;
  const paths = files.map((file) => file.absolutePath);
  const t0 = performance.now();
  floorRead(paths);
  return performance.now() - t0;
}

async function build(site: string, pool: IndexWorkerPool | undefined): Promise<number> {
  const t0 = performance.now();
  const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: Date.now(), cache: firstOpenStore, ...(pool === undefined ? {} : { workers: pool, coldWorkersMinFiles }), yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)) });
  const ms = performance.now() - t0;
  await indexed.saved;
  return ms;
}

async function main(): Promise<void> {
  console.log(`Postcraft Hugo site index benchmark: Node ${process.versions.node}, ${os.cpus().length} cores`);
  const site = generateHugoSite(path.join(sitesDir, `hugo-${count}`), count);
  await floor(site);
  const floorMs = median([await floor(site), await floor(site), await floor(site)]);
  const pool = new IndexWorkerPool(workerScript);
  const first = await build(site, pool);
  const warm = median([await build(site, pool), await build(site, pool), await build(site, pool)]);
  await pool.dispose();
  const oneThread = median([await build(site, undefined), await build(site, undefined)]);
  console.log(
    `${String(count).padStart(6)} Hugo pages | floor ${floorMs.toFixed(0)} ms | build ${warm.toFixed(0)} ms (${(warm / floorMs).toFixed(2)}× floor; ` +
      `first: ${first.toFixed(0)} ms, ${(first / floorMs).toFixed(2)}×; one thread ${oneThread.toFixed(0)} ms, ${(oneThread / floorMs).toFixed(2)}×)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
