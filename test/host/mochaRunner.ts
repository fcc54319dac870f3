import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { failureLine, resultLine } from './resultLine';

/** Runs every `*.test.js` under `dirs` in mocha inside the extension host; rejects when a test fails. */
export async function runMochaSuites(dirs: readonly string[], timeoutMs = 60_000): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: timeoutMs, reporter: 'spec' });
  for (const file of dirs.flatMap(listTests)) {
    mocha.addFile(file);
  }
  const failures = await new Promise<number>((resolve) => {
    const failed: string[] = [];
    const runner = mocha.run((count) => resolve(count));
    runner.on('fail', (test, error) => failed.push(failureLine(test.fullTitle(), error)));
    runner.on('end', () => {
      const stats = runner.stats;
      console.log(resultLine({ passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, failures: failed }));
    });
  });
  if (failures > 0) {
    throw new Error(`${failures} host test(s) failed`);
  }
}

function listTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...listTests(full));
    } else if (entry.name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found.sort();
}
