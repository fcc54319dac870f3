import * as path from 'node:path';
import { runMochaSuites } from './mochaRunner';

/** Entry point of the suite that runs on the Astro sample blog (`extensionTestsPath`). */
export function run(): Promise<void> {
  return runMochaSuites([path.join(__dirname, 'astro')]);
}
