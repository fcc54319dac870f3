import * as vscode from 'vscode';
import type { PostcraftApi } from '../../src/extension';
import type { SiteReading } from '../../src/features/sites/siteReading';

/**
 * Opening a site in a real extension host, the desktop's (Node) or the browser's (a web worker, the folder reached
 * through workspace.fs): run by bench/webHostBench.ts on the 1,000-post sample, compiled for the one and bundled for
 * the other (scripts/build-web-tests.mjs). The first opening (no persisted index yet), then a reopen from the index
 * the first one saved. Prints one `BENCH {json}` line per opening from the registry's own timestamps; asserts
 * nothing about time.
 */
export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<PostcraftApi>('postcraft.postcraft');
  if (extension === undefined) throw new Error('postcraft is not loaded');
  const api = await extension.activate();
  await api.registry.ready;
  const root = api.registry.list()[0]?.root;
  if (root === undefined) throw new Error('no site');
  report('first opening', api, await settled(api, root));
  await api.registry.reload();
  report('reopen from the persisted index', api, await settled(api, root));
}

async function settled(api: PostcraftApi, root: string): Promise<SiteReading> {
  for (let i = 0; i < 1200; i++) {
    const reading = api.registry.readingOf(root);
    if (reading !== undefined && !reading.reading && reading.checked && reading.saved) return reading;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the site was not read, checked and saved within a minute');
}

function report(opening: string, api: PostcraftApi, reading: SiteReading): void {
  const since = (ms: number | undefined): number | null => (ms === undefined ? null : Math.round(ms - reading.startedMs));
  const site = api.registry.list()[0];
  console.log(`BENCH ${JSON.stringify({
    opening,
    files: reading.total,
    posts: site?.model.snapshot().posts.length ?? 0,
    fromCache: reading.fromCache,
    fileReads: reading.reads.length,
    firstRowsMs: since(reading.shownMs),
    // Complete once read whole and in the registry's list (a site not shown part-read appears only then).
    completeMs: since(reading.readMs === undefined || reading.shownMs === undefined ? undefined : Math.max(reading.readMs, reading.shownMs)),
    checkedMs: reading.fromCache > 0 ? since(reading.checkedMs) : null,
  })}`);
}
