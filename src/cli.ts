/**
 * `postcraft`: turns on Node's module compile cache where Node has it (22.1 and later), then runs the command
 * line (cliMain.ts, a bundle of its own). A command is a new process each time: with the cache, the bundle's
 * compiled code comes from the disk instead of being compiled again on every run.
 */
import * as nodeModule from 'node:module';
import * as path from 'node:path';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// A path made at run time, so the bundler leaves the main bundle to be loaded (and cached) as a file of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(path.join(__dirname, 'cliMain.js'));
