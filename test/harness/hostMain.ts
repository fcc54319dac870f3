import * as path from 'node:path';
import { runHostSuite } from './hostSuite';
import { repoRoot, sampleBlog, sampleHugoBlog } from './paths';
import { selectedVersions } from './versions';

/**
 * `npm run test:host`: the host suite on every supported VS Code, one after the other. `POSTCRAFT_HOST_SUITE`
 * names another compiled suite module (the harness's own test uses it to run a suite that must fail).
 */
async function main(): Promise<number> {
  let failed = 0;
  let passed = 0;
  const own = process.env['POSTCRAFT_HOST_SUITE'];
  // The suite of the Jekyll sample, and the Hugo sample's own (a workspace Postcraft must activate in by itself).
  const suites = own !== undefined ? [{ name: 'suite', module: own, site: sampleBlog }] : [
    { name: 'Jekyll suite', module: path.join(repoRoot, 'out', 'test', 'host', 'index.js'), site: sampleBlog },
    { name: 'Hugo suite', module: path.join(repoRoot, 'out', 'test', 'host', 'hugoIndex.js'), site: sampleHugoBlog },
  ];
  for (const version of selectedVersions()) {
    for (const suite of suites) {
      const result = await runHostSuite({ version, testsModule: suite.module, site: suite.site });
      console.log(`host ${suite.name} on VS Code ${version.vscode}: ${result.passed} passed, ${result.failed} failed (exit ${result.exitCode})`);
      passed += result.passed;
      failed += result.failed + (result.exitCode !== 0 && result.failed === 0 ? 1 : 0);
    }
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
