// Asks Docusaurus 3.10.2 (the oracle installed from test/oracles/docusaurus/) how its blog plugin reads a site,
// through docusaurusOracle.mjs: every post of a development build and of a production build, with its permalink,
// date, title, tags, authors, draft and unlisted flags. Also asks lodash (Docusaurus's own) for kebab-cased names.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';

export interface DocusaurusPost {
  /** Site-relative path, e.g. `blog/2024-03-05-hello.md`. */
  readonly source: string;
  readonly permalink: string;
  /** ISO 8601 in UTC, or null for an Invalid Date. */
  readonly date: string | null;
  readonly title: string;
  readonly tags: readonly { readonly label: string; readonly permalink: string; readonly inline: boolean }[];
  readonly authors: readonly { readonly key: string | null; readonly name: string | null }[];
  readonly draft: boolean;
  readonly unlisted: boolean;
  readonly hasTruncateMarker: boolean;
}

export interface DocusaurusReading {
  /** What `NODE_ENV=production` (docusaurus build) reads: drafts left out, unlisted marked. */
  readonly production: readonly DocusaurusPost[];
  /** What a development server reads: every post, drafts included. */
  readonly development: readonly DocusaurusPost[];
  readonly options: { readonly path: string; readonly routeBasePath: string; readonly baseUrl: string };
}

const script = path.join(repoRoot, 'test', 'conformance', 'docusaurus', 'docusaurusOracle.mjs');

function run(args: readonly string[], input?: string): string {
  const dir = oracleDir('docusaurus');
  return execFileSync(process.execPath, [script, ...args], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input === undefined ? {} : { input }),
  });
}

/** Docusaurus's reading of `site` with its own config (sites we write, whose config needs nothing installed). */
export function askDocusaurus(site: string): DocusaurusReading {
  return JSON.parse(run(['read', site])) as DocusaurusReading;
}

/**
 * Docusaurus's reading of a copy of `site` whose config is replaced by `configText` (for sites whose own config
 * needs their own dependencies): the posts, tags and authors files are the site's, byte for byte.
 */
export function askDocusaurusWithConfig(site: string, configText: string): DocusaurusReading {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-docusaurus-'));
  try {
    fs.cpSync(site, copy, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
    for (const name of fs.readdirSync(copy)) if (/^docusaurus\.config\./.test(name)) fs.rmSync(path.join(copy, name));
    fs.writeFileSync(path.join(copy, 'docusaurus.config.js'), configText);
    return JSON.parse(run(['read', copy])) as DocusaurusReading;
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** lodash's kebabCase and capitalize (the copy Docusaurus uses) of each text. */
export function askLodash(texts: readonly string[]): { kebab: string; capitalize: string }[] {
  return JSON.parse(run(['kebab'], JSON.stringify(texts))) as { kebab: string; capitalize: string }[];
}
