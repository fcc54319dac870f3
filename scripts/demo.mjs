// @ts-check
// `npm run demo`: installs what is missing, builds, and starts a real VS Code with Postcraft on the sample blog.
import { spawn } from 'node:child_process';
import { ensureSetup, root, sh } from './setup.mjs';

try {
  ensureSetup();
  sh(process.execPath, ['scripts/build.mjs']);
  sh('npx', ['--no-install', 'tsc', '-p', '.']);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const child = spawn(process.execPath, ['out/test/harness/demoMain.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('close', (code) => process.exit(code ?? 0));
