import { runInBrowserHost } from './browserMocha';
import { webBuildSuite } from './webHost.test';

/**
 * Entry point of the Jekyll web host suite: VS Code loads it (`extensionTestsPath`) in the browser's extension host
 * and it runs the suites of test/host that use nothing but VS Code's API, so both builds are held to the same tests.
 */
export function run(): Promise<void> {
  return runInBrowserHost(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    webBuildSuite('jekyll');
    require('./persistedIndex.test');
    // The desktop host suites that need nothing but VS Code's API, in the desktop's order.
    require('../host/suite/buildChecks.test');
    require('../host/suite/editing.test');
    require('../host/suite/explorer.test');
    require('../host/suite/preview.test');
    require('../host/suite/renamePost.test');
    require('../host/suite/siteCheck.test');
    require('../host/suite/writing.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
}
