/**
 * Runs suites in mocha's browser build inside the browser's extension host (a web worker with no Node), where the
 * extension under test runs from its `browser` entry; bundled for the browser by scripts/build-web-tests.mjs
 * (`node:assert/strict` from the `assert` package). `load` requires the suites (after setup, which defines
 * describe/it; required statically, so esbuild bundles them in).
 */
import { failureLine, resultLine } from '../host/resultLine';

interface BrowserRunner {
  stats?: { passes: number; failures: number; pending: number };
  on(event: 'fail', listener: (test: { fullTitle(): string }, error: unknown) => void): void;
}

interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): BrowserRunner;
}

export function runInBrowserHost(load: () => void): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha's browser build, loaded before the suites it defines globals for
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  load();
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      console.log(resultLine({ passed: stats?.passes ?? 0, failed: stats?.failures ?? failures, failures: failed }));
      if (failures > 0) reject(new Error(`${failures} web host test(s) failed`));
      else resolve();
    });
    runner.on('fail', (test, error) => failed.push(failureLine(test.fullTitle(), error)));
  });
}
