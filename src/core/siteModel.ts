/**
 * The incremental in-memory site model. One file change costs one file's work plus the names it touches;
 * only a config change (or the clock passing future posts) revisits many posts. Keyed by site path.
 */
import { fileTimeMs, type FileTime } from './fileTime';
import { indexReadOptions } from './postRead';
import { normalizeSitePath } from './postPath';
import { generatorOf } from './generators/generators';
import { taxonomyFindings } from './taxonomy';
import { namesIn } from './taxonomyGroups';
import { KeyedCounts } from './taxonomyCounts';
import { sameSummary, sharingNames, summarizePost, type PostSummary } from './postSummary';
import { SharedStrings } from './sharedStrings';
import { isClockBound, reclocked } from './postClock';
import type { PostContext, PostFile } from './post';
import type { ReadPost } from './postRead';
import type { SiteConfig } from './siteConfig';
import type { Generator } from './generators/generator';
import type { TimeZone } from './timeZone';
import type { CountChange, ModelChange, NameCount, PathProblem, SiteSnapshot } from './siteSnapshot';

interface Entry {
  readonly mtimeMs: FileTime;
  readonly info: PostSummary;
}

/**
 * A file to add: its read text, or (restored from a persisted index or a worker) its summary. The model keeps
 * only summaries: a config change reads the site again, as generators do.
 */
type Update = readonly [string, ReadPost | PostSummary, FileTime];

export interface StoredEntry {
  readonly path: string;
  readonly read: ReadPost;
  /** Left for later by a reader that keeps no persisted index (see FileTime). */
  readonly mtimeMs: FileTime;
}

export interface SiteModelDeps {
  readonly config: SiteConfig;
  readonly zone: TimeZone;
  readonly nowMs: number;
  /** The site's files that shape their folders (Generator.shapesFolder), as the indexer found them. */
  readonly shapers?: Iterable<string>;
}

export class SiteModel {
  private readonly entries = new Map<string, Entry>();
  /** Each taxonomy's counts by plural, in the config's order. */
  private readonly counts = new Map<string, { readonly singular: string; readonly counts: KeyedCounts }>();
  /** Posts dated later than now, whatever their status: the clock may change whether they publish. */
  private readonly clockBoundPaths = new Set<string>();
  private ctx: PostContext & { readonly shapers: ReadonlySet<string> };
  private readonly generator: Generator;
  /** The last snapshot, until the model changes: views, completion and lookups ask for it many times per change. */
  private cached: SiteSnapshot | undefined;
  /** The names and keys the summaries share. */
  private readonly shared = new SharedStrings();

  constructor(deps: SiteModelDeps) {
    this.generator = generatorOf(deps.config);
    const shapers = [...(deps.shapers ?? [])].map(normalizeSitePath).filter((p) => this.shapes(p, deps.config));
    this.ctx = { config: deps.config, zone: deps.zone, nowMs: deps.nowMs, shapers: new Set(shapers) };
    const config = deps.config;
    for (const { singular, plural } of this.generator.taxonomies(config)) {
      this.counts.set(plural, { singular, counts: new KeyedCounts((name) => this.generator.nameKey(plural, name, config)) });
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(path: string): PostSummary | undefined {
    return this.entries.get(normalizeSitePath(path))?.info;
  }

  /** The site's config, as the generator read it. */
  get config(): SiteConfig {
    return this.ctx.config;
  }

  /** The site's files that shape their folders (see Generator.shapesFolder); a new set whenever one comes or goes. */
  get shapers(): ReadonlySet<string> {
    return this.ctx.shapers;
  }

  /** Whether a file's presence changes what the files at and below its folder are (see Generator.shapesFolder). */
  shapesFolder(path: string): boolean {
    return this.shapes(normalizeSitePath(path), this.ctx.config);
  }

  /** Whether the model holds the file, as a post or other entry, or as a file that shapes its folder. */
  knows(path: string): boolean {
    const p = normalizeSitePath(path);
    return this.entries.has(p) || this.ctx.shapers.has(p);
  }

  private shapes(path: string, config: SiteConfig): boolean {
    return this.generator.shapesFolder?.(path, config) ?? false;
  }

  /** Takes the shapers among files added and removed, before any of them is classified. */
  private takeShapers(added: readonly string[], removed: Iterable<string>): void {
    if (this.generator.shapesFolder === undefined) return;
    let next: Set<string> | undefined;
    // Whether a path shapes its folder is read from the path alone, and nearly every path does not: asked first.
    for (let i = 0; i < added.length; i++) {
      const path = added[i] as string;
      if (this.shapes(path, this.ctx.config) && !this.ctx.shapers.has(path)) (next ??= new Set(this.ctx.shapers)).add(path);
    }
    for (const path of removed) {
      if ((next ?? this.ctx.shapers).has(path)) (next ??= new Set(this.ctx.shapers)).delete(path);
    }
    if (next !== undefined) this.ctx = { ...this.ctx, shapers: next };
  }

  /**
   * Each file's summary and modification time, for a persisted index (plain data: JSON-safe), read as they are
   * iterated: nothing is copied up front (a copy of 50,000 would block the thread). The model may change between
   * two steps; each item is then one entry as it was at its step, its time and summary from the same reading.
   */
  *summaries(): IterableIterator<{ mtimeMs: number; info: PostSummary }> {
    for (const e of this.entries.values()) yield { mtimeMs: fileTimeMs(e.mtimeMs), info: e.info };
  }

  /** Adds files already read (by the indexer) in one pass. */
  restore(entries: readonly StoredEntry[]): ModelChange {
    return this.apply(entries.map((e) => [normalizeSitePath(e.path), e.read, e.mtimeMs] as const), []);
  }

  /** Adds or replaces a file (posts, drafts, and files in _posts that are not posts). Files outside are ignored. */
  upsert(file: PostFile): ModelChange {
    const path = normalizeSitePath(file.path);
    const read = this.generator.readPost(file.text, this.ctx.config, indexReadOptions);
    return this.apply([[path, read, file.mtimeMs]], []);
  }

  /**
   * Adds posts already classified (by a worker, or a persisted index made with the same config and zone) to
   * paths the model does not have yet, reporting no change: the fast way to fill a model being built.
   */
  fill(entries: readonly { readonly mtimeMs: FileTime; readonly info: PostSummary }[]): void {
    if (this.generator.shapesFolder !== undefined) this.takeShapers(entries.map((e) => normalizeSitePath(e.info.path)), []);
    this.fillTaken(entries);
  }

  /**
   * `fill` with summaries made apart from this model (a worker's): their names and keys are shared with the
   * model's other summaries first (see sharingNames).
   */
  fillMadeApart(entries: readonly { readonly mtimeMs: FileTime; readonly info: PostSummary }[]): void {
    this.fill(entries.map(({ mtimeMs, info }) => ({ mtimeMs, info: sharingNames(info, this.shared) })));
  }

  /** `fill` once the folder-shaping files among the entries are taken. */
  private fillTaken(entries: readonly { readonly mtimeMs: FileTime; readonly info: PostSummary }[]): void {
    this.cached = undefined;
    for (const { mtimeMs, info } of entries) {
      const path = normalizeSitePath(info.path);
      if (this.entries.has(path)) {
        this.restoreSummaries([{ mtimeMs, info }]);
        continue;
      }
      this.entries.set(path, { mtimeMs, info });
      this.countPost(info, 1);
      if (isClockBound(info, this.ctx.nowMs)) this.clockBoundPaths.add(path);
    }
  }

  /**
   * Adds files read by the indexer on this thread, as `restore` does but reporting no change (as `fill` does):
   * the fast way to fill a model being built. A path the model has already goes through `restore`.
   */
  fillRead(entries: readonly StoredEntry[]): void {
    // The folder-shaping files first: classifying reads them.
    if (this.generator.shapesFolder !== undefined) this.takeShapers(entries.map((e) => normalizeSitePath(e.path)), []);
    const summaries: { mtimeMs: FileTime; info: PostSummary }[] = [];
    for (const entry of entries) {
      const path = normalizeSitePath(entry.path);
      if (this.entries.has(path)) this.restore([entry]);
      // Not where the generator looks for posts: not the model's business (as in `apply`).
      else if (this.generator.placeOf(path, this.ctx.config, this.ctx.shapers).kind !== 'outside') {
        summaries.push({ mtimeMs: entry.mtimeMs, info: summarizePost(this.generator.classify(path, entry.read, entry.mtimeMs, this.ctx), this.shared) });
      }
    }
    // Their folder-shaping files were taken above.
    this.fillTaken(summaries);
  }

  /** Adds posts already classified (by a worker, or a persisted index made with the same config and zone). */
  restoreSummaries(entries: readonly { readonly mtimeMs: FileTime; readonly info: PostSummary }[]): ModelChange {
    return this.apply(entries.map((e) => [normalizeSitePath(e.info.path), e.info, e.mtimeMs] as const), []);
  }

  remove(rawPath: string): ModelChange {
    return this.apply([], [normalizeSitePath(rawPath)]);
  }

  /** Moves the clock: only posts dated in the future are looked at again, from their summaries. */
  setNow(nowMs: number): ModelChange {
    this.ctx = { ...this.ctx, nowMs };
    const updates: Update[] = [];
    for (const path of this.clockBoundPaths) {
      const entry = this.entries.get(path);
      if (entry !== undefined) updates.push([path, reclocked(entry.info, nowMs, this.generator, this.ctx.config), entry.mtimeMs]);
    }
    return this.apply(updates, []);
  }

  /** Every post and name, newest first; the same (read-only) object until the model changes. */
  snapshot(): SiteSnapshot {
    this.cached ??= this.makeSnapshot();
    return this.cached;
  }

  private makeSnapshot(): SiteSnapshot {
    const posts = [...this.entries.values()].map((e) => e.info);
    posts.sort((a, b) => (b.date?.epochMs ?? -Infinity) - (a.date?.epochMs ?? -Infinity) || (a.path < b.path ? 1 : -1));
    const problems: PathProblem[] = [];
    for (const p of posts) for (const problem of p.problems) problems.push({ ...problem, path: p.path });
    const taxonomies = [...this.counts].map(([plural, { singular, counts }]) => ({ singular, plural, names: counts.list() }));
    const plain = (plural: string): NameCount[] => (taxonomies.find((t) => t.plural === plural)?.names ?? []).map(({ name, count }) => ({ name, count }));
    const names = (plural: string): string[] => this.counts.get(plural)?.counts.names() ?? [];
    return {
      posts,
      categories: plain('categories'),
      tags: plain('tags'),
      taxonomies,
      languages: this.generator.languages?.(this.ctx.config) ?? [],
      problems,
      findings: this.generator.distinctNameVariants ? [...taxonomyFindings(names('categories'), 'category'), ...taxonomyFindings(names('tags'), 'tag')] : [],
    };
  }

  /** Counts (+1) or uncounts (-1) a post's names in every taxonomy, if the generator would publish it. */
  private countPost(info: PostSummary, delta: 1 | -1, before?: ReadonlyMap<string, Map<string, number>>): void {
    if (!info.willPublish) return;
    for (const [plural, { counts }] of this.counts) counts.add(namesIn(info, plural), delta, before?.get(plural));
  }

  private apply(updates: readonly Update[], removals: readonly string[]): ModelChange {
    this.cached = undefined;
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    if (this.generator.shapesFolder !== undefined) this.takeShapers(updates.map(([path]) => path), removals);
    const before = new Map([...this.counts.keys()].map((plural) => [plural, new Map<string, number>()]));
    const unindex = (info: PostSummary): void => this.countPost(info, -1, before);
    const index = (info: PostSummary): void => this.countPost(info, 1, before);
    for (const path of removals) {
      const old = this.entries.get(path);
      if (!old) continue;
      unindex(old.info);
      this.entries.delete(path);
      this.clockBoundPaths.delete(path);
      removed.push(path);
    }
    for (const [path, source, mtimeMs] of updates) {
      const old = this.entries.get(path);
      const fromSummary = 'status' in source;
      // A summary was classified with this config already (the persisted index is keyed by it).
      if (!fromSummary && this.generator.placeOf(path, this.ctx.config, this.ctx.shapers).kind === 'outside') {
        // Not where the generator looks for posts: not the model's business; drop a stale entry if the path had one.
        if (old) {
          unindex(old.info);
          this.entries.delete(path);
          removed.push(path);
        }
        continue;
      }
      const info = fromSummary ? source : summarizePost(this.generator.classify(path, source, mtimeMs, this.ctx), this.shared);
      if (old) unindex(old.info);
      index(info);
      this.entries.set(path, { mtimeMs, info });
      if (isClockBound(info, this.ctx.nowMs)) this.clockBoundPaths.add(path);
      else this.clockBoundPaths.delete(path);
      if (!old) added.push(path);
      else if (!sameSummary(old.info, info)) changed.push(path);
    }
    const diff = (plural: string): CountChange[] => this.counts.get(plural)?.counts.diff(before.get(plural) ?? new Map()) ?? [];
    const removedSet = new Set(removed);
    const addedSet = new Set(added);
    return {
      added: added.filter((p) => !removedSet.has(p)),
      changed: [...changed, ...added.filter((p) => removedSet.has(p))],
      removed: removed.filter((p) => !addedSet.has(p)),
      categories: diff('categories'),
      tags: diff('tags'),
    };
  }
}
