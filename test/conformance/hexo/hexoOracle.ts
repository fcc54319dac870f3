// Asks Hexo 8.1.2 itself (the npm oracle, test/oracles/hexo) what it reads from a site: every post with its
// source, slug, title, published flag, date, path, tags and categories, and whether Hexo builds it. Hexo runs on a
// throw-away copy of the site (it rewrites package.json), with `safe: true` (none of the site's code runs), in the
// time zone given, which it reads local dates and formats :year/:month/:day in.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { oracleDir } from '../../harness/oracles';

export interface HexoTerm {
  readonly name: string;
  readonly slug: string;
}

export interface HexoPost {
  /** Relative to source_dir, e.g. `_posts/2024-03-05-hello.md`. */
  readonly source: string;
  readonly slug: string;
  readonly title: string;
  readonly published: boolean;
  /** ISO 8601 in UTC. */
  readonly date: string;
  /** `updated`, ISO 8601 in UTC (the front matter's, else the file's modification time); null when Hexo has none. */
  readonly updated: string | null;
  /** The copy's file's birth time, which Hexo dates a post by when nothing else does. */
  readonly birthtime: string;
  /** The post's path under `root`, e.g. `2024/03/05/hello/` (starting with `/` only from a front-matter permalink). */
  readonly path: string;
  readonly permalink: string;
  readonly tags: readonly HexoTerm[];
  readonly categories: readonly (HexoTerm & { readonly chain: readonly string[] })[];
  /** In `locals.posts` with the site's render_drafts and future: Hexo generates it. */
  readonly built: boolean;
}

export interface HexoReading {
  readonly version: string;
  readonly posts: readonly HexoPost[];
  /** The copy Hexo read, whose files' times Hexo used. */
  readonly copy: string;
}

const leftOut = new Set(['.git', 'node_modules', 'public', 'themes', 'db.json', '.deploy_git']);

/** Copies the site (without its build output, themes and packages) and asks Hexo, with `TZ` set to `zone`. */
export function askHexo(site: string, zone: string): HexoReading {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-'));
  fs.cpSync(site, copy, { recursive: true, filter: (from) => !leftOut.has(path.basename(from)) || path.resolve(from) === path.resolve(site) });
  const dir = oracleDir('hexo');
  const script = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'conformance', 'hexo', 'hexo-oracle.js');
  const out = execFileSync(process.execPath, [script, copy], {
    cwd: dir,
    env: { ...process.env, TZ: zone, NODE_PATH: path.join(dir, 'node_modules') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(out) as { version: string; posts: HexoPost[] };
  return { version: parsed.version, posts: parsed.posts, copy };
}
