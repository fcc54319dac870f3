import * as path from 'node:path';
import { runHostSuite } from '../test/harness/hostSuite';
import { repoRoot } from '../test/harness/paths';
import { selectedVersions } from '../test/harness/versions';
import { generateSite } from './generateSite';

/** `npm run bench:host`: the explorer's figures in a real VS Code extension host on a generated 10k-post site. */
async function main(): Promise<void> {
  const site = generateSite(path.join(repoRoot, 'bench', '.sites', 'site-10000'), 10_000);
  for (const version of selectedVersions()) {
    const result = await runHostSuite({
      version,
      site,
      testsModule: path.join(repoRoot, 'out', 'bench', 'host', 'index.js'),
      log: () => undefined,
    });
    console.log(`VS Code ${version.vscode}:`);
    for (const line of result.output.split('\n').filter((l) => l.startsWith('BENCH '))) {
      console.log(`  ${line.slice(6)}`);
    }
    if (result.exitCode !== 0) {
      console.log(result.output.slice(-3000));
      process.exitCode = 1;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
