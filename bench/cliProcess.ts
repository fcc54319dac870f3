import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatorById } from '../src/core/generators/generators';
import { listPostFiles } from '../src/platform/postFiles';
import { loadSiteConfig } from '../src/platform/siteConfigFile';
import { siteGenerator } from '../src/platform/siteLocator';
import { generateHugoSite } from './generateHugoSite';
import { generateSite } from './generateSite';

/**
 * `npm run bench` (whole processes): `postcraft index <site>` (node dist/cli.js) against the floor as a process
 * (bench/floorProcess.ts: read each post's head and parse its front matter), on each generator's 10,000-post bench
 * site, alternated, median of 5 — what a CI job running `postcraft check` waits for. Prints figures; asserts nothing.
 */
const root = path.join(__dirname, '..', '..');
const sitesDir = path.join(root, 'bench', '.sites');
const count = Number(process.env['BENCH_PROCESS_SIZE'] ?? 10000);
const runs = Number(process.env['BENCH_PROCESS_RUNS'] ?? 5);
const cli = path.join(root, 'dist', 'cli.js');
const floorScript = path.join(__dirname, 'floorProcess.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Wall time of one process, in ms; a failing process stops the bench. */
function timed(args: readonly string[]): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(result.stderr)}`);
  return ms;
}

/** The site's post files, one absolute path a line, in a temporary file for the floor process. */
async function postList(site: string): Promise<{ file: string; posts: number }> {
  const id = siteGenerator(site);
  const generator = id === undefined ? undefined : generatorById(id);
  if (generator === undefined) throw new Error(`${site} is not a site Postcraft reads`);
  const { files } = await listPostFiles(site, generator.listing(loadSiteConfig(site, generator).config));
  const file = path.join(os.tmpdir(), `postcraft-bench-list-${process.pid}-${path.basename(site)}.txt`);
  fs.writeFileSync(file, files.map((f) => f.absolutePath).join('\n'));
  return { file, posts: files.length };
}

async function main(): Promise<void> {
  console.log(`Postcraft CLI as a whole process against the floor process: Node ${process.versions.node}, ${os.cpus().length} cores, median of ${runs}, alternated`);
  const sites: readonly (readonly [string, string])[] = [
    ['Jekyll', generateSite(path.join(sitesDir, `site-${count}`), count)],
    ['Hugo', generateHugoSite(path.join(sitesDir, `hugo-${count}`), count)],
  ];
  const rows: string[] = [];
  for (const [name, site] of sites) {
    const { file, posts } = await postList(site);
    try {
      const floor: number[] = [];
      const index: number[] = [];
      const check: number[] = [];
      timed([floorScript, file]); // the OS cache and Node's own start, once, not counted
      for (let i = 0; i < runs; i++) {
        floor.push(timed([floorScript, file]));
        index.push(timed([cli, 'index', site]));
        check.push(timed([cli, 'check', site]));
      }
      const f = median(floor);
      rows.push(
        `${name.padEnd(7)} ${String(posts).padStart(6)} posts | floor process ${f.toFixed(0).padStart(5)} ms | ` +
          `postcraft index ${median(index).toFixed(0).padStart(5)} ms (${(median(index) / f).toFixed(2)}×) | ` +
          `postcraft check ${median(check).toFixed(0).padStart(5)} ms (${(median(check) / f).toFixed(2)}×)`,
      );
      console.log(rows[rows.length - 1]);
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
  console.log('target: postcraft index ≤ 1.6× the floor process (check adds the lint of every post)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
