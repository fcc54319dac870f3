import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { nodeFileSystem } from '../src/platform/nodeFileSystem';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatorById } from '../src/core/generators/generators';
import { listPostFiles } from '../src/platform/postFiles';
import { loadSiteConfig } from '../src/platform/siteConfigFile';
import { generatorOfFolder } from '../test/harness/siteKinds';
import { generateHugoSite } from './generateHugoSite';
import { generateSampleSite } from './generateSampleSite';
import { generateSite } from './generateSite';
import { median } from './median';

/**
 * `npm run bench` (every generator, side by side): on a 10,000-post site of each generator Postcraft reads, the
 * site index against its floor (bench/floorRead.ts). In-process builds: `runs` fresh processes (bench/buildProcess.ts),
 * each measuring its own floor, the first build as the extension host makes it and warm builds; the median of their
 * ratios (a first build happens once per process, so one process is one sample). Then `postcraft index` and
 * `postcraft check` as whole processes against the floor as a process, alternated, median of `runs`: what a CI job
 * waits for. Prints figures; asserts nothing (the machine's other work moves them by ±20 % or more).
 */
const root = path.join(__dirname, '..', '..');
const sitesDir = path.join(root, 'bench', '.sites');
const count = Number(process.env['BENCH_PROCESS_SIZE'] ?? 10000);
const runs = Number(process.env['BENCH_PROCESS_RUNS'] ?? 5);
const only = process.env['BENCH_GENERATORS']?.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
const cli = path.join(root, 'dist', 'cli.js');
const workerScript = path.join(root, 'dist', 'indexWorker.js');
const floorScript = path.join(__dirname, 'floorProcess.js');
const buildScript = path.join(__dirname, 'buildProcess.js');
const samples = path.join(root, 'samples');

const sites: readonly { readonly name: string; readonly make: () => string }[] = [
  { name: 'Jekyll', make: () => generateSite(path.join(sitesDir, `site-${count}`), count) },
  { name: 'Hugo', make: () => generateHugoSite(path.join(sitesDir, `hugo-${count}`), count) },
  { name: 'Hexo', make: () => generateSampleSite(path.join(sitesDir, `hexo-${count}`), path.join(samples, 'hexo-blog'), 'source/_posts', count) },
  { name: 'Eleventy', make: () => generateSampleSite(path.join(sitesDir, `eleventy-${count}`), path.join(samples, 'eleventy-blog'), 'content/blog', count) },
  { name: 'Astro', make: () => generateSampleSite(path.join(sitesDir, `astro-${count}`), path.join(samples, 'astro-blog'), 'src/content/blog', count) },
  { name: 'Docusaurus', make: () => generateSampleSite(path.join(sitesDir, `docusaurus-${count}`), path.join(samples, 'docusaurus-blog'), 'blog', count) },
];


/** Wall time of one process, in ms; a process that fails to run stops the bench (`check` exits 1 on findings). */
function timed(args: readonly string[]): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} failed: ${String(result.stderr)}`);
  return ms;
}

async function postFiles(site: string): Promise<string[]> {
  const id = generatorOfFolder(site);
  const generator = id === undefined ? undefined : generatorById(id);
  if (generator === undefined) throw new Error(`${site} is not a site Postcraft reads`);
  const { files } = await listPostFiles(nodeFileSystem, site, generator.listing((await loadSiteConfig(nodeFileSystem, site, generator)).config));
  return files.map((f) => f.absolutePath);
}

/** The in-process builds of `runs` fresh processes (bench/buildProcess.ts), each against its own floor. */
function buildSamples(site: string, list: string): { floor: number; first: number; warm: number }[] {
  const samples: { floor: number; first: number; warm: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [buildScript, site, list, workerScript], { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`node ${buildScript} ${site} failed: ${result.stderr}`);
    samples.push(JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as { floor: number; first: number; warm: number });
  }
  return samples;
}

const ratio = (ms: number, floor: number): string => `${ms.toFixed(0).padStart(5)} ms ${`(${(ms / floor).toFixed(2)}×)`.padEnd(8)}`;

async function main(): Promise<void> {
  const unknown = only?.filter((name) => !sites.some((site) => site.name.toLowerCase() === name));
  if (unknown !== undefined && unknown.length > 0) throw new Error(`BENCH_GENERATORS names no generator the bench has: ${unknown.join(', ')} (it has ${sites.map((site) => site.name).join(', ')})`);
  console.log(`Postcraft, every generator: Node ${process.versions.node}, ${os.cpus().length} cores; in-process builds in ${runs} fresh processes (median of the ratios to each one's floor), whole processes alternated, median of ${runs}`);
  for (const { name, make } of sites) {
    if (only !== undefined && !only.includes(name.toLowerCase())) continue;
    const site = make();
    const files = await postFiles(site);
    const list = path.join(os.tmpdir(), `postcraft-bench-list-${process.pid}.txt`);
    fs.writeFileSync(list, files.join('\n'));
    const floorRuns: number[] = [];
    const index: number[] = [];
    const check: number[] = [];
    let builds: { floor: number; first: number; warm: number }[];
    try {
      builds = buildSamples(site, list);
      timed([floorScript, list]); // Node's own start, once, not counted
      for (let i = 0; i < runs; i++) {
        floorRuns.push(timed([floorScript, list]));
        index.push(timed([cli, 'index', site]));
        check.push(timed([cli, 'check', site]));
      }
    } finally {
      fs.rmSync(list, { force: true });
    }
    const floorProcess = median(floorRuns);
    const inProcess = (key: 'first' | 'warm'): string => `${median(builds.map((b) => b[key])).toFixed(0).padStart(5)} ms ${`(${median(builds.map((b) => b[key] / b.floor)).toFixed(2)}×)`.padEnd(8)}`;
    console.log(
      `${name.padEnd(10)} ${String(files.length).padStart(6)} files | in-process: floor ${median(builds.map((b) => b.floor)).toFixed(0).padStart(5)} ms, first build ${inProcess('first')}, warm ${inProcess('warm')} | ` +
        `processes: floor ${floorProcess.toFixed(0).padStart(5)} ms, postcraft index ${ratio(median(index), floorProcess)}, check ${ratio(median(check), floorProcess)}`,
    );
  }
  console.log('targets: first build ≤ 1.5× floor; postcraft index ≤ 1.6× the floor process (check adds the lint of every post)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
