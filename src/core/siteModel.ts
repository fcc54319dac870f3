/**
 * The incremental in-memory site model. One file change costs one file's work plus the names it touches;
 * only a config change (or the clock passing future posts) revisits many posts. Keyed by site path.
 */
import { readPost } from './postRead';
import { classifyRead } from './post';
import { normalizeSitePath, placeOf } from './postPath';
import { countNames, taxonomyFindings } from './taxonomy';
import { sameSummary, summarizePost, type PostSummary } from './postSummary';
import type { PostContext, PostFile } from './post';
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
  readonly posts: readonly PostSummary[];
  /** Counts of the posts Jekyll would publish (site.categories[name].size). */
  readonly categories: readonly NameCount[];
  readonly tags: readonly NameCount[];
  readonly problems: readonly PathProblem[];
  readonly findings: readonly NameFinding[];
}

interface Entry {
  /** What classification needs of the file (front matter pruned); undefined when restored from a summary. */
  readonly read: ReadPost | undefined;
  readonly mtimeMs: number;
  readonly info: PostSummary;
}

/** Front-matter keys that decide a post's status, date, URL, taxonomy and summary; the rest is not kept. */
const CLASSIFYING_KEYS = ['title', 'date', 'categories', 'category', 'tags', 'tag', 'published', 'permalink', 'slug', 'layout', 'description'];

/** The model keeps only what classification reads, so 50k posts stay small (the open editor has the rest). */
function pruneRead(read: ReadPost): ReadPost {
  const fm = read.frontMatter;
  const excerpt = read.excerpt === undefined ? undefined : { raw: '', text: read.excerpt.text, fromFrontMatter: read.excerpt.fromFrontMatter };
  if (fm === undefined) return { ...read, excerpt };
  const kept: Record<string, unknown> = {};
  for (const key of CLASSIFYING_KEYS) if (key in fm) kept[key] = fm[key];
  // A JSON round trip copies the strings: values parsed from a file are slices that would keep its whole text alive.
  return JSON.parse(JSON.stringify({ ...read, frontMatter: kept, excerpt })) as ReadPost;
}

/** A file to add: its read text, or (restored from a persisted index) its summary. */
type Update = readonly [string, ReadPost | PostSummary, number];

export interface StoredEntry {
  readonly path: string;
  readonly read: ReadPost;
  readonly mtimeMs: number;
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

  get(path: string): PostSummary | undefined {
    return this.entries.get(normalizeSitePath(path))?.info;
  }

  /** Each file's summary and modification time, for a persisted index (plain data: JSON-safe). */
  exportSummaries(): { mtimeMs: number; info: PostSummary }[] {
    return [...this.entries.values()].map((e) => ({ mtimeMs: e.mtimeMs, info: e.info }));
  }

  /** Adds files already read (by the indexer) in one pass. */
  restore(entries: readonly StoredEntry[]): ModelChange {
    return this.apply(entries.map((e) => [normalizeSitePath(e.path), e.read, e.mtimeMs] as const), []);
  }

  /** Adds or replaces a file (posts, drafts, and files in _posts that are not posts). Files outside are ignored. */
  upsert(file: PostFile): ModelChange {
    const path = normalizeSitePath(file.path);
    const read = readPost(file.text, this.ctx.config.excerptSeparator, { countWords: false });
    return this.apply([[path, read, file.mtimeMs]], []);
  }

  /**
   * Adds posts already classified (a persisted index made with the same config and zone): no reading, no
   * classifying. Such entries keep no front matter; a later config change lists them in `needsRead`.
   */
  restoreSummaries(entries: readonly { readonly mtimeMs: number; readonly info: PostSummary }[]): ModelChange {
    return this.apply(entries.map((e) => [normalizeSitePath(e.info.path), e.info, e.mtimeMs] as const), []);
  }

  remove(rawPath: string): ModelChange {
    return this.apply([], [normalizeSitePath(rawPath)]);
  }

  /** Moves a file without re-reading it when its front matter is kept: date, categories and URL follow the path. */
  rename(rawFrom: string, rawTo: string): ModelChange {
    const from = normalizeSitePath(rawFrom);
    const to = normalizeSitePath(rawTo);
    const entry = this.entries.get(from);
    if (entry?.read === undefined) return { ...this.apply([], [from]), needsRead: [to] };
    return this.apply([[to, entry.read, entry.mtimeMs]], [from]);
  }

  /** A new config (and zone): every post is classified again; posts restored from summaries must be read. */
  setConfig(config: SiteConfig, zone: TimeZone = this.ctx.zone): ModelChange {
    const separatorChanged = config.excerptSeparator !== this.ctx.config.excerptSeparator;
    this.ctx = { ...this.ctx, config, zone };
    return this.reclassify([...this.entries.keys()], separatorChanged);
  }

  /** Moves the clock: only posts dated in the future are looked at again. */
  setNow(nowMs: number): ModelChange {
    this.ctx = { ...this.ctx, nowMs };
    return this.reclassify([...this.futurePaths], false);
  }

  private reclassify(paths: readonly string[], mustRead: boolean): ModelChange {
    const updates: Update[] = [];
    const needsRead: string[] = [];
    for (const path of paths) {
      const entry = this.entries.get(path);
      if (entry === undefined) continue;
      if (entry.read === undefined || mustRead) needsRead.push(path);
      else updates.push([path, entry.read, entry.mtimeMs]);
    }
    return { ...this.apply(updates, []), needsRead };
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

  private apply(updates: readonly Update[], removals: readonly string[]): ModelChange {
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    const catBefore = new Map<string, number>();
    const tagBefore = new Map<string, number>();
    const touch = (counts: Map<string, number>, before: Map<string, number>, names: readonly string[], delta: 1 | -1): void => {
      for (const n of names) if (!before.has(n)) before.set(n, counts.get(n) ?? 0);
      countNames(counts, names, delta);
    };
    const unindex = (info: PostSummary): void => {
      if (!info.willPublish) return;
      touch(this.categoryCounts, catBefore, info.categories, -1);
      touch(this.tagCounts, tagBefore, info.tags, -1);
    };
    const index = (info: PostSummary): void => {
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
    for (const [path, source, mtimeMs] of updates) {
      const old = this.entries.get(path);
      const fromSummary = 'status' in source;
      // A summary was classified with this config already (the persisted index is keyed by it).
      if (!fromSummary && placeOf(path, this.ctx.config).kind === 'outside') {
        // Outside _posts/_drafts: not the model's business; drop a stale entry if the path had one.
        if (old) {
          unindex(old.info);
          this.entries.delete(path);
          removed.push(path);
        }
        continue;
      }
      const read = fromSummary ? undefined : pruneRead(source);
      const info = fromSummary ? source : summarizePost(classifyRead(path, source, mtimeMs, this.ctx));
      if (old) unindex(old.info);
      index(info);
      this.entries.set(path, { read, mtimeMs, info });
      if (info.status === 'future') this.futurePaths.add(path);
      else this.futurePaths.delete(path);
      if (!old) added.push(path);
      else if (!sameSummary(old.info, info)) changed.push(path);
    }
    const diff = (counts: Map<string, number>, before: Map<string, number>): CountChange[] => {
      const out: CountChange[] = [];
      for (const [name, b] of before) {
        const after = counts.get(name) ?? 0;
        if (after !== b) out.push({ name, before: b, after });
      }
      return out;
    };
    const removedSet = new Set(removed);
    const addedSet = new Set(added);
    return {
      added: added.filter((p) => !removedSet.has(p)),
      changed: [...changed, ...added.filter((p) => removedSet.has(p))],
      removed: removed.filter((p) => !addedSet.has(p)),
      categories: diff(this.categoryCounts, catBefore),
      tags: diff(this.tagCounts, tagBefore),
      needsRead: [],
    };
  }
}
