// @ts-check
// Type-checks the webview with its own tsconfig (DOM, no Node) once the webview has sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('src/webview/main.ts')) {
  console.log('no webview sources yet');
  process.exit(0);
}
const result = spawnSync('npx', ['--no-install', 'tsc', '-p', 'src/webview'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
