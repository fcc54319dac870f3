// @ts-check
// The generators the conformance tests ask (Hexo, Eleventy, Astro, Docusaurus) are npm packages, but not the
// extension's: each has its own package.json and lock under test/oracles/<name>/ and is installed, with its scripts
// off, into a per-machine cache keyed by its lock, so a clean clone reuses an earlier run's install. Tests find an
// oracle with oracleDir(name) (test/harness/oracles.ts computes the same folder).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const oraclesSource = path.join(root, 'test', 'oracles');

/** The cache folder every oracle install lives under. */
export function oracleCache() {
  const base = process.env['POSTCRAFT_ORACLE_CACHE'] ?? path.join(process.env['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache'), 'postcraft', 'oracles');
  return base;
}

/** @param {string} name */
export function oracleDir(name) {
  const lock = readFileSync(path.join(oraclesSource, name, 'package-lock.json'));
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  return path.join(oracleCache(), `${name}-${key}`);
}

/** The oracles the project has: folders of test/oracles with a package.json and a lock. */
export function oracleNames() {
  if (!existsSync(oraclesSource)) return [];
  return readdirSync(oraclesSource).filter((name) => existsSync(path.join(oraclesSource, name, 'package-lock.json'))).sort();
}

/** Installs one oracle unless its cache folder is complete. @param {string} name */
export function ensureOracle(name) {
  const dir = oracleDir(name);
  if (existsSync(path.join(dir, '.installed'))) return dir;
  const started = Date.now();
  console.log(`setup: installing the ${name} oracle into ${dir} (first run only)`);
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(oraclesSource, name, file), path.join(staging, file));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: staging, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`installing the ${name} oracle failed (npm ci exit ${result.status ?? result.signal})`);
  }
  writeFileSync(path.join(staging, '.installed'), new Date().toISOString() + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  console.log(`setup: the ${name} oracle installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}

export function ensureOracles() {
  for (const name of oracleNames()) ensureOracle(name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const names = process.argv.slice(2);
    for (const name of names.length > 0 ? names : oracleNames()) console.log(ensureOracle(name));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
