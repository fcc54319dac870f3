/**
 * Entry point of the web host suite: VS Code loads it (`extensionTestsPath`) in the browser's extension host, a
 * web worker with no Node, where the extension under test runs from its `browser` entry. It is bundled for the
 * browser by scripts/build-web-tests.mjs (mocha's browser build; `node:assert/strict` from the `assert` package)
 * and runs suites of test/host that use nothing but VS Code's API, so both builds are held to the same tests.
 */
interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
}

/** The line the harness reads the counts from (see test/harness/hostSuite.ts). */
const resultMarker = 'POSTCRAFT_HOST_RESULT';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha's browser build, loaded before the suites it defines globals for
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  // Required after setup, which defines describe/it; bundled in by esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./webHost.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./persistedIndex.test');
  // The desktop host suites that need nothing but VS Code's API, in the desktop's order.
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('../host/suite/buildChecks.test');
  require('../host/suite/editing.test');
  require('../host/suite/explorer.test');
  require('../host/suite/preview.test');
  require('../host/suite/siteCheck.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      console.log(`${resultMarker} ${JSON.stringify({ passed: stats?.passes ?? 0, failed: stats?.failures ?? failures })}`);
      if (failures > 0) reject(new Error(`${failures} web host test(s) failed`));
      else resolve();
    });
  });
}
