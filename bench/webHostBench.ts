import * as path from 'node:path';
import { runHostSuite } from '../test/harness/hostSuite';
import { repoRoot } from '../test/harness/paths';
import { selectedVersions } from '../test/harness/versions';
import { generateSampleSite } from './generateSampleSite';

/**
 * `npm run bench` (last): the 1,000-post sample opened in the browser's extension host (the web build, the folder
 * through workspace.fs) beside the desktop's, on each VS Code of versions.ts: time to the trees' first rows, to the
 * complete tree, and a reopen from the persisted index. A table of figures; nothing asserted.
 */
interface Opening {
  readonly opening: string;
  readonly files: number;
  readonly posts: number;
  readonly fromCache: number;
  readonly fileReads: number;
  readonly firstRowsMs: number | null;
  readonly completeMs: number | null;
  readonly checkedMs: number | null;
}

async function openings(version: Parameters<typeof runHostSuite>[0]['version'], site: string, web: boolean): Promise<Opening[]> {
  const result = await runHostSuite({
    version,
    site,
    testsModule: web ? path.join(repoRoot, 'out', 'web-tests', 'opening.js') : path.join(repoRoot, 'out', 'bench', 'host', 'opening.js'),
    ...(web ? { extensionKind: 'web' as const } : {}),
    log: () => undefined,
  });
  if (result.exitCode !== 0) {
    console.log(result.output.slice(-3000));
    process.exitCode = 1;
  }
  return result.output.split('\n').filter((l) => l.startsWith('BENCH ')).map((l) => JSON.parse(l.slice(6)) as Opening);
}

const cell = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '—' : `${ms.toLocaleString('en')} ms`);

async function main(): Promise<void> {
  const site = generateSampleSite(path.join(repoRoot, 'bench', '.sites', 'jekyll-sample-1000'), path.join(repoRoot, 'samples', 'jekyll-blog'), '_posts', 1000);
  for (const version of selectedVersions()) {
    const desktop = await openings(version, site, false);
    const web = await openings(version, site, true);
    const first = web[0] ?? desktop[0];
    console.log(`VS Code ${version.vscode}: the 1,000-post sample (${first?.files ?? '?'} files, ${first?.posts ?? '?'} posts), desktop host vs web host (workspace.fs)`);
    const rows: [string, (o: Opening | undefined) => string][] = [
      ['first opening: first tree rows', (o) => cell(o?.firstRowsMs)],
      ['first opening: complete tree', (o) => cell(o?.completeMs)],
      ['first opening: files read', (o) => String(o?.fileReads ?? '—')],
      ['reopen from the persisted index: first tree rows', (o) => cell(o?.firstRowsMs)],
      ['reopen: complete tree', (o) => cell(o?.completeMs)],
      ['reopen: index checked against the files (stat)', (o) => cell(o?.checkedMs)],
      ['reopen: files read', (o) => String(o?.fileReads ?? '—')],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`  ${''.padEnd(width)}  ${'desktop'.padStart(10)}  ${'web'.padStart(10)}`);
    for (const [label, value] of rows) {
      const index = label.startsWith('first') ? 0 : 1;
      console.log(`  ${label.padEnd(width)}  ${value(desktop[index]).padStart(10)}  ${value(web[index]).padStart(10)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
