import * as path from 'node:path';
import { runHostSuite } from './hostSuite';
import { repoRoot, sampleBlog } from './paths';
import { selectedVersions } from './versions';

/**
 * `npm run test:host`: the host suite on every supported VS Code, one after the other. `POSTCRAFT_HOST_SUITE`
 * names another compiled suite module (the harness's own test uses it to run a suite that must fail).
 */
async function main(): Promise<number> {
  let failed = 0;
  let passed = 0;
  for (const version of selectedVersions()) {
    const result = await runHostSuite({
      version,
      testsModule: process.env['POSTCRAFT_HOST_SUITE'] ?? path.join(repoRoot, 'out', 'test', 'host', 'index.js'),
      site: sampleBlog,
    });
    console.log(`host suite on VS Code ${version.vscode}: ${result.passed} passed, ${result.failed} failed (exit ${result.exitCode})`);
    passed += result.passed;
    failed += result.failed + (result.exitCode !== 0 && result.failed === 0 ? 1 : 0);
  }
  console.log(`host: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
