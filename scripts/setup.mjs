// @ts-check
// Installs what a fresh machine lacks for building, testing and the demo: Debian packages (when run as root with
// apt-get) and the npm dependencies. Uses nothing but Node itself, so it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Debian packages and a file each one provides, to tell whether it is installed. */
const systemPackages = [
  ['chromium', '/usr/bin/chromium'],
  // Korean glyphs in the browser tests' screenshots
  ['fonts-nanum', '/usr/share/fonts/truetype/nanum'],
  ['ripgrep', '/usr/bin/rg'],
  ['libkrb5-dev', '/usr/include/gssapi/gssapi.h'],
  ['build-essential', '/usr/bin/g++'],
  ['python3', '/usr/bin/python3'],
  ['pkg-config', '/usr/bin/pkg-config'],
  ['jekyll', '/usr/bin/jekyll'],
  // the oracle of the Hugo conformance tests (installed without its Recommends, which would add Go)
  ['hugo', '/usr/bin/hugo'],
];

/** @param {string} command @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [options] */
export function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    throw new Error(`step "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
  }
}

export function ensureSystemPackages() {
  const missing = systemPackages.filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (missing.length === 0) {
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`missing system packages: ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`setup: installing ${missing.join(' ')} with apt-get`);
  sh('apt-get', ['update', '-qq']);
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureNodeModules() {
  const stamp = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs) {
    return;
  }
  console.log('setup: installing npm dependencies (npm ci)');
  sh(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund']);
}

export function ensureSetup() {
  ensureSystemPackages();
  ensureNodeModules();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureSetup();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
