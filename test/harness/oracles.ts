// Where the conformance tests find an npm generator (Hexo, Eleventy, Astro, Docusaurus): the cache folder
// scripts/oracles.mjs installs it into, keyed by its lock. The setup of `npm test` installs every oracle first.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths';

/** The folder holding `node_modules` of the oracle `name` (a folder of test/oracles/). Throws when it is not installed. */
export function oracleDir(name: string): string {
  const base = process.env['POSTCRAFT_ORACLE_CACHE'] ?? path.join(process.env['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache'), 'postcraft', 'oracles');
  const lock = fs.readFileSync(path.join(repoRoot, 'test', 'oracles', name, 'package-lock.json'));
  const dir = path.join(base, `${name}-${createHash('sha256').update(lock).digest('hex').slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, '.installed'))) {
    throw new Error(`the ${name} oracle is not installed; run: node scripts/oracles.mjs ${name}`);
  }
  return dir;
}
