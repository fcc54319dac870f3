import { runInBrowserHost } from './browserMocha';
import { webBuildSuite } from './webHost.test';

/**
 * The web host suites of the generators besides Jekyll (test/web/<generator>Index.ts), each on its sample blog: the
 * desktop's suites of that generator that need nothing but VS Code's API (trees, preview, completion, hovers,
 * diagnostics, writing commands), in the browser's extension host.
 */
/** Runs the web build's own checks for `generator`, then `load`'s suites. */
export function runGeneratorSuites(generator: string, load: () => void): Promise<void> {
  return runInBrowserHost(() => {
    webBuildSuite(generator);
    load();
  });
}
