// Asks Eleventy 3.1.8 itself (the npm oracle, test/oracles/eleventy) how it reads a site: eleventyOracle.mjs runs
// it on a temporary copy, so nothing is ever written into the site, and prints every template of its collections.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import type { EleventyDirs } from '../../../src/core/generators/eleventy/eleventyConfig';

export interface EleventyItem {
  /** Site-relative, `/` separators. */
  readonly inputPath: string;
  /** `page.url`; false for `permalink: false`. */
  readonly url: string | false;
  /** `page.date` as ISO 8601 UTC. */
  readonly date: string | null;
  readonly fileSlug: string;
  /** `data.tags`, as Eleventy cleaned and merged them. */
  readonly tags: readonly string[];
  /** `data.title` when it is a string. */
  readonly title: string | null;
}

export interface EleventyReading {
  readonly version: string;
  readonly items: readonly EleventyItem[];
  /** The copy Eleventy ran in (kept for the test to look at, removed by `dispose`). */
  readonly copy: string;
  readonly dispose: () => void;
}

/** How Eleventy is configured for a site: by the site's own config, or a minimal one with the folders Postcraft read. */
export type OracleConfig = { readonly kind: 'site' } | { readonly kind: 'minimal'; readonly dirs: EleventyDirs; readonly markdownTemplateEngine: string | false };

const skippedInCopy = new Set(['node_modules', '.git', '_site', 'dist']);

export function askEleventy(site: string, config: OracleConfig): EleventyReading {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-eleventy-oracle-'));
  const dispose = (): void => fs.rmSync(copy, { recursive: true, force: true });
  try {
    fs.cpSync(site, copy, { recursive: true, filter: (src) => !skippedInCopy.has(path.basename(src)) });
    const args = [path.join(repoRoot, 'test', 'conformance', 'eleventy', 'eleventyOracle.mjs'), oracleDir('eleventy')];
    if (config.kind === 'minimal') {
      // The site's config needs its own plugins and packages: it is removed from the copy (never run) and Eleventy
      // gets only the folders and Markdown engine Postcraft read from its text, Markdown files, no plugins. Layouts
      // the copy lacks are written empty (they add no data), so the data cascade is the site's own.
      for (const name of ['.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', 'eleventy.config.ts']) fs.rmSync(path.join(copy, name), { force: true });
      const { dirs } = config;
      const dir = { input: dirs.input === '' ? '.' : dirs.input, output: '_oracle-out', includes: dirs.includes, data: dirs.data, ...(dirs.layouts === undefined ? {} : { layouts: dirs.layouts }) };
      const text = `export const config = ${JSON.stringify({ dir, templateFormats: ['md'], markdownTemplateEngine: config.markdownTemplateEngine })};\n`;
      fs.writeFileSync(path.join(copy, 'postcraft-oracle.config.mjs'), text);
      args.push('postcraft-oracle.config.mjs', '--stub-layouts');
    }
    const run = spawnSync(process.execPath, args, {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.join(oracleDir('eleventy'), 'node_modules'), ELEVENTY_RUN_MODE: 'build' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`the Eleventy oracle failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
    const answer = JSON.parse(run.stdout) as { version: string; items: EleventyItem[]; failure: string | null };
    if (answer.failure !== null) throw new Error(`Eleventy could not read ${site}: ${answer.failure}`);
    return { version: answer.version, items: answer.items, copy, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
