// Asks Astro 5.18.2 (the oracle installed from test/oracles/astro/) how it reads a site's content collections,
// through astroOracle.mjs: `astro sync` on a copy of the site in a temporary folder (whose node_modules is the
// oracle's), then every entry of its data store with its collection, id, file and data after the schema. Also asks
// github-slugger (Astro's own copy) for slugs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';

export interface AstroEntry {
  readonly collection: string;
  readonly id: string;
  /** Site-relative path of the entry's file. */
  readonly filePath: string | null;
  /** The data after the schema (defaults filled in, dates as ISO strings in UTC). */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AstroReading {
  readonly entries: readonly AstroEntry[];
  /** What Astro logged (its errors and warnings: a file it could not read, a file with no entry type). */
  readonly log: string;
}

/** What the copy of a site gets instead of (or besides) its own files. */
export interface AstroCopyChanges {
  /** A config replacing the site's `astro.config.*` (for sites whose config imports their own dependencies). */
  readonly astroConfig?: string;
  /** Other files to write into the copy, by site-relative path. */
  readonly files?: Readonly<Record<string, string>>;
}

const MARKER = '@@postcraft-oracle@@';
const script = path.join(repoRoot, 'test', 'conformance', 'astro', 'astroOracle.mjs');

function run(args: readonly string[], timeZone: string, input?: string): string {
  const dir = oracleDir('astro');
  return execFileSync(process.execPath, [script, ...args], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: timeZone, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input === undefined ? {} : { input }),
  });
}

/**
 * Astro's reading of a copy of `site` (never the site itself: sync writes its caches and types), with the process
 * in `timeZone` (`z.coerce.date()` reads local times in it).
 */
export function askAstro(site: string, timeZone: string, changes: AstroCopyChanges = {}): AstroReading {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-astro-'));
  try {
    fs.cpSync(site, copy, { recursive: true, filter: (src) => !['node_modules', '.astro', 'dist'].includes(path.basename(src)) });
    if (changes.astroConfig !== undefined) {
      for (const name of fs.readdirSync(copy)) if (/^astro\.config\./.test(name)) fs.rmSync(path.join(copy, name));
      fs.writeFileSync(path.join(copy, 'astro.config.mjs'), changes.astroConfig);
    }
    for (const [file, text] of Object.entries(changes.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.writeFileSync(path.join(copy, file), text);
    }
    fs.symlinkSync(path.join(oracleDir('astro'), 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const out = run(['read', copy], timeZone);
    const at = out.lastIndexOf(`${MARKER}\n`);
    if (at < 0) throw new Error(`astro sync printed no reading:\n${out}`);
    return { ...(JSON.parse(out.slice(at + MARKER.length + 1)) as AstroReading), log: out.slice(0, at).trim() };
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** github-slugger's slug (the copy Astro uses) of each text. */
export function askSlugger(texts: readonly string[]): string[] {
  return JSON.parse(run(['slug'], 'UTC', JSON.stringify(texts))) as string[];
}
