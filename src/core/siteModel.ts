/**
 * The incremental in-memory site model. One file change costs one file's work plus the names it touches;
 * only a config change (or the clock passing future posts) revisits many posts. Keyed by site path.
 */
import { readPost } from './postRead';
import { classifyRead } from './post';
import { normalizeSitePath, placeOf } from './postPath';
import { countNames, taxonomyFindings } from './taxonomy';
import type { PostContext, PostFile, PostInfo } from './post';
import type { ReadPost } from './postRead';
import type { SiteConfig } from './config';
import type { TimeZone } from './timeZone';
import type { Problem } from './problem';
import type { NameFinding } from './taxonomy';

export interface CountChange {
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

export interface ModelChange {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly categories: readonly CountChange[];
  readonly tags: readonly CountChange[];
  /** Paths whose text the model does not have and needs (e.g. the excerpt separator changed). */
  readonly needsRead: readonly string[];
}

export interface NameCount {
  readonly name: string;
  readonly count: number;
}

export interface PathProblem extends Problem {
  readonly path: string;
}

export interface SiteSnapshot {
  /** Newest first, as Jekyll's site.posts. */
  readonly posts: readonly PostInfo[];
  /** Counts of the posts Jekyll would publish (site.categories[name].size). */
  readonly categories: readonly NameCount[];
  readonly tags: readonly NameCount[];
  readonly problems: readonly PathProblem[];
  readonly findings: readonly NameFinding[];
}

interface Entry {
  readonly read: ReadPost;
  readonly mtimeMs: number;
  readonly info: PostInfo;
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameInfo(a: PostInfo, b: PostInfo): boolean {
  return (
    a.status === b.status && a.willPublish === b.willPublish && a.title === b.title && a.slug === b.slug &&
    a.url === b.url && a.layout === b.layout && a.date?.iso === b.date?.iso && sameList(a.categories, b.categories) &&
    sameList(a.tags, b.tags) && a.excerpt?.text === b.excerpt?.text && a.wordCount.words === b.wordCount.words &&
    a.wordCount.cjkChars === b.wordCount.cjkChars &&
    JSON.stringify(a.problems) === JSON.stringify(b.problems) && JSON.stringify(a.frontMatter) === JSON.stringify(b.frontMatter)
  );
}

export interface SiteModelDeps {
  readonly config: SiteConfig;
  readonly zone: TimeZone;
  readonly nowMs: number;
}

export class SiteModel {
  private readonly entries = new Map<string, Entry>();
  private readonly categoryCounts = new Map<string, number>();
  private readonly tagCounts = new Map<string, number>();
  private readonly futurePaths = new Set<string>();
  private ctx: PostContext;

  constructor(deps: SiteModelDeps) {
    this.ctx = { config: deps.config, zone: deps.zone, nowMs: deps.nowMs };
  }

  get size(): number {
    return this.entries.size;
  }

  get(path: string): PostInfo | undefined {
    return this.entries.get(normalizeSitePath(path))?.info;
  }

  /** Adds or replaces a file (posts, drafts, and files in _posts that are not posts). Files outside are ignored. */
  upsert(file: PostFile): ModelChange {
    const path = normalizeSitePath(file.path);
    const read = readPost(file.text, this.ctx.config.excerptSeparator);
    return this.apply([[path, read, file.mtimeMs]], []);
  }

  remove(rawPath: string): ModelChange {
    return this.apply([], [normalizeSitePath(rawPath)]);
  }

  /** Moves a file without re-reading it: date, categories and URL follow the new path. */
  rename(rawFrom: string, rawTo: string): ModelChange {
    const from = normalizeSitePath(rawFrom);
    const to = normalizeSitePath(rawTo);
    const entry = this.entries.get(from);
    if (!entry) return { ...this.apply([], []), needsRead: [to] };
    return this.apply([[to, entry.read, entry.mtimeMs]], [from]);
  }

  /** A new config (and zone): every post is classified again. */
  setConfig(config: SiteConfig, zone: TimeZone = this.ctx.zone): ModelChange {
    const separatorChanged = config.excerptSeparator !== this.ctx.config.excerptSeparator;
    this.ctx = { ...this.ctx, config, zone };
    const updates: Array<[string, ReadPost, number]> = [];
    for (const [path, entry] of this.entries) updates.push([path, entry.read, entry.mtimeMs]);
    const change = this.apply(updates, []);
    return separatorChanged ? { ...change, needsRead: [...this.entries.keys()] } : change;
  }

  /** Moves the clock: only posts dated in the future are looked at again. */
  setNow(nowMs: number): ModelChange {
    this.ctx = { ...this.ctx, nowMs };
    const updates: Array<[string, ReadPost, number]> = [];
    for (const path of this.futurePaths) {
      const entry = this.entries.get(path);
      if (entry) updates.push([path, entry.read, entry.mtimeMs]);
    }
    return this.apply(updates, []);
  }

  snapshot(): SiteSnapshot {
    const posts = [...this.entries.values()].map((e) => e.info);
    posts.sort((a, b) => (b.date?.epochMs ?? -Infinity) - (a.date?.epochMs ?? -Infinity) || (a.path < b.path ? 1 : -1));
    const problems: PathProblem[] = [];
    for (const p of posts) for (const problem of p.problems) problems.push({ ...problem, path: p.path });
    const toList = (m: Map<string, number>): NameCount[] =>
      [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
    return {
      posts,
      categories: toList(this.categoryCounts),
      tags: toList(this.tagCounts),
      problems,
      findings: [...taxonomyFindings(this.categoryCounts.keys(), 'category'), ...taxonomyFindings(this.tagCounts.keys(), 'tag')],
    };
  }

  private apply(updates: ReadonlyArray<readonly [string, ReadPost, number]>, removals: readonly string[]): ModelChange {
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    const catBefore = new Map<string, number>();
    const tagBefore = new Map<string, number>();
    const touch = (counts: Map<string, number>, before: Map<string, number>, names: readonly string[], delta: 1 | -1): void => {
      for (const n of names) if (!before.has(n)) before.set(n, counts.get(n) ?? 0);
      countNames(counts, names, delta);
    };
    const unindex = (info: PostInfo): void => {
      if (!info.willPublish) return;
      touch(this.categoryCounts, catBefore, info.categories, -1);
      touch(this.tagCounts, tagBefore, info.tags, -1);
    };
    const index = (info: PostInfo): void => {
      if (!info.willPublish) return;
      touch(this.categoryCounts, catBefore, info.categories, 1);
      touch(this.tagCounts, tagBefore, info.tags, 1);
    };
    for (const path of removals) {
      const old = this.entries.get(path);
      if (!old) continue;
      unindex(old.info);
      this.entries.delete(path);
      this.futurePaths.delete(path);
      removed.push(path);
    }
    for (const [path, read, mtimeMs] of updates) {
      const old = this.entries.get(path);
      if (placeOf(path, this.ctx.config).kind === 'outside') {
        // Outside _posts/_drafts: not the model's business; drop a stale entry if the path had one.
        if (old) {
          unindex(old.info);
          this.entries.delete(path);
          removed.push(path);
        }
        continue;
      }
      const info = classifyRead(path, read, mtimeMs, this.ctx);
      if (old) unindex(old.info);
      index(info);
      this.entries.set(path, { read, mtimeMs, info });
      if (info.status === 'future') this.futurePaths.add(path);
      else this.futurePaths.delete(path);
      if (!old) added.push(path);
      else if (!sameInfo(old.info, info)) changed.push(path);
    }
    const diff = (counts: Map<string, number>, before: Map<string, number>): CountChange[] => {
      const out: CountChange[] = [];
      for (const [name, b] of before) {
        const after = counts.get(name) ?? 0;
        if (after !== b) out.push({ name, before: b, after });
      }
      return out;
    };
    const renamedBack = removed.filter((p) => !added.includes(p));
    return {
      added: added.filter((p) => !removed.includes(p)),
      changed: [...changed, ...added.filter((p) => removed.includes(p))],
      removed: renamedBack,
      categories: diff(this.categoryCounts, catBefore),
      tags: diff(this.tagCounts, tagBefore),
      needsRead: [],
    };
  }
}
