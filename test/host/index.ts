import * as path from 'node:path';
import { runMochaSuites } from './mochaRunner';

/** Entry point VS Code calls in the extension host (`extensionTestsPath`). */
export function run(): Promise<void> {
  return runMochaSuites([path.join(__dirname, 'suite'), path.join(__dirname, 'everySite')]);
}
