import * as path from 'node:path';
import { runMochaSuites } from '../../host/mochaRunner';

/** A suite with one test that must fail: the harness's own test runs it to prove failures are reported. */
export function run(): Promise<void> {
  return runMochaSuites([path.join(__dirname, 'suite')], 10_000);
}
