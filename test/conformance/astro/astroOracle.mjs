// Asks Astro 5.18.2 itself how it reads a site's content collections: `astro sync` (the programmatic `sync` the
// CLI calls: every loader and schema runs, no build) on a site folder the caller made (a copy, whose
// node_modules points at the oracle's), then its data store read back with devalue. Run with cwd at the oracle's
// install (test/harness/oracles.ts): astro and devalue are imported from there. Prints JSON on stdout:
//   node astroOracle.mjs read SITE_COPY  → { entries: [{ collection, id, filePath, data }] } (dates as ISO strings),
//     after a line `@@postcraft-oracle@@` (Astro logs its errors to stdout too)
//   node astroOracle.mjs slug < ["text", …]  → github-slugger's slug of each (Astro's own copy)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const MARKER = '@@postcraft-oracle@@';
const require = createRequire(path.join(process.cwd(), 'package.json'));
const astroRequire = createRequire(require.resolve('astro/package.json'));

function plain(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

async function readSite(siteDir) {
  const astro = await import(pathToFileURL(require.resolve('astro')).href);
  const devalue = await import(pathToFileURL(astroRequire.resolve('devalue')).href);
  const cacheDir = path.join(siteDir, '.oracle-cache');
  await astro.sync({ root: siteDir, cacheDir, logLevel: process.env.ORACLE_LOG ?? 'error', vite: { cacheDir: path.join(cacheDir, 'vite') } });
  const file = path.join(cacheDir, 'data-store.json');
  const entries = [];
  if (existsSync(file)) {
    const map = devalue.parse(readFileSync(file, 'utf8'));
    for (const [collection, items] of map) {
      if (collection.startsWith('meta::')) continue;
      for (const e of items.values()) entries.push({ collection, id: e.id, filePath: e.filePath ?? null, data: plain(e.data) });
    }
  }
  entries.sort((a, b) => (a.filePath ?? '').localeCompare(b.filePath ?? '') || String(a.id).localeCompare(String(b.id)));
  return { entries };
}

/** Writes to stdout and waits until it is flushed: the process exits right after, and a pipe is asynchronous. */
function print(text) {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

async function main() {
  const [mode, siteDir] = process.argv.slice(2);
  if (mode === 'slug') {
    const input = JSON.parse(readFileSync(0, 'utf8'));
    const { slug } = await import(pathToFileURL(astroRequire.resolve('github-slugger')).href);
    await print(JSON.stringify(input.map((s) => slug(s))));
    return;
  }
  if (mode !== 'read' || !siteDir) throw new Error('usage: astroOracle.mjs read SITE_COPY | slug');
  const result = await readSite(path.resolve(siteDir));
  await print(`\n${MARKER}\n${JSON.stringify(result)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
  },
);
