import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * `npm run test:electron`: the same host suite in a desktop VS Code downloaded by @vscode/test-electron. It needs
 * the internet (the download), so it runs on a contributor's machine or public CI, not on the offline machines
 * where `npm test` uses code-server. `VSCODE_VERSION` picks the version (default: the oldest supported, 1.100.0;
 * `stable` for the latest).
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-site-'));
  fs.cpSync(path.join(root, 'samples', 'jekyll-blog'), site, { recursive: true });
  const exitCode = await runTests({
    version: process.env['VSCODE_VERSION'] ?? '1.100.0',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'host', 'index.js'),
    launchArgs: [site, '--disable-extensions', '--disable-workspace-trust'],
  });
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
