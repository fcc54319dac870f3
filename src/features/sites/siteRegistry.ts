import * as vscode from 'vscode';
import { indexSite } from '../../platform/siteIndexer';
import type { IndexWorkerPool } from '../../platform/indexWorkers';
import { findSites } from '../../platform/siteLocator';
import { siteLabel, sitePath, type Site, type SiteChange } from './site';
import { SiteChangeQueue } from './siteChangeQueue';
import { watchSite } from './siteWatcher';
import type { FolderFiles, FolderFilesOf } from '../../platform/folderFiles';
import type { IndexStore } from '../../platform/indexStore';
import { generatorName } from '../../core/generators/generatorNames';
import { generatorById } from '../../core/generators/generators';
import type { GeneratorId } from '../../core/generators/detectGenerator';
import { isEmptyChange } from '../../core/modelChanges';
import { countingFileSystem } from '../../platform/countingFileSystem';
import { partialShowIntervalMs, readingProgress, startReading, type SiteReading, type SiteReadingLog } from './siteReading';

export interface SiteRegistryDeps {
  readonly log: vscode.LogOutputChannel;
  /** How a workspace folder's files are read. */
  readonly filesOf: FolderFilesOf;
  /** Where a site's index is kept between sessions; undefined when there is nowhere (no folder open). */
  readonly storeFor: (root: string, uri: vscode.Uri) => IndexStore | undefined;
  /**
   * Worker threads for reading whole sites on a local disk (running dist/indexWorker.js), and below how many
   * files to read a first build stays on this thread while they are cold; none on the web.
   */
  readonly workers: { readonly pool: IndexWorkerPool; readonly coldMinFiles: number } | undefined;
  readonly now: () => number;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The sites of the workspace (of every generator Postcraft reads) and their live models: finds them, indexes them in time slices (so the
 * extension host never blocks for long), and keeps them current from file-system events, one file at a time.
 */
export class SiteRegistry implements vscode.Disposable {
  private readonly sites = new Map<string, Site>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<SiteChange>();
  private readonly sitesEmitter = new vscode.EventEmitter<void>();
  private loading: Promise<void> = Promise.resolve();
  private generation = 0;
  private readonly clock: ReturnType<typeof setInterval>;
  private readonly readings = new Map<string, SiteReadingLog>();
  private readonly changes: SiteChangeQueue;

  /** A site's files changed, or it was read again. */
  readonly onDidChangeSite = this.changeEmitter.event;
  /** Sites were found, added or removed, or one was read again after its config changed. */
  readonly onDidChangeSites = this.sitesEmitter.event;

  constructor(private readonly deps: SiteRegistryDeps) {
    // Future-dated posts go live as time passes: look at them again every minute.
    this.clock = setInterval(() => this.tick(), 60_000);
    this.changes = new SiteChangeQueue({ siteAt: (root) => this.sites.get(root), now: deps.now, fire: (change) => this.changeEmitter.fire(change) });
    this.disposables.push(
      this.changes,
      this.changeEmitter,
      this.sitesEmitter,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      // A save is known here before the file watcher reports it: apply it at once.
      vscode.workspace.onDidSaveTextDocument((document) => this.saved(document.uri)),
    );
  }

  /** Resolves when the current load (the first, or the one after a folder change) has finished. */
  get ready(): Promise<void> {
    return this.loading;
  }

  list(): Site[] {
    return [...this.sites.values()].sort((a, b) => a.label.localeCompare(b.label));
  }

  /** The site a file belongs to (the innermost one). */
  siteFor(uri: vscode.Uri): Site | undefined {
    let best: Site | undefined;
    for (const site of this.sites.values()) {
      if (sitePath(site, uri) !== undefined && (best === undefined || site.root.length > best.root.length)) {
        best = site;
      }
    }
    return best;
  }

  /** What the last reading of the site at `root` cost (see siteReading.ts). */
  readingOf(root: string): SiteReading | undefined {
    return this.readings.get(root);
  }

  /** How far the sites being read are, undefined when none is. */
  progress(): { readonly done: number; readonly total: number } | undefined {
    return readingProgress(this.readings.values());
  }

  /** The files of the workspace folder `uri` is in, through the file system that folder is read with. */
  filesFor(uri: vscode.Uri): FolderFiles | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder === undefined ? undefined : this.deps.filesOf(folder.uri);
  }

  /** Finds and indexes every site of the workspace again. */
  reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading = this.load(generation).catch((error: unknown) => {
      this.deps.log.error(vscode.l10n.t('Reading the sites failed: {0}', error instanceof Error ? (error.stack ?? error.message) : String(error)));
    });
    return this.loading;
  }

  private async load(generation: number): Promise<void> {
    for (const watcher of this.watchers.values()) {
      watcher.dispose();
    }
    this.watchers.clear();
    this.sites.clear();
    this.readings.clear();
    const found: { folder: vscode.WorkspaceFolder; files: FolderFiles; root: string; generator: GeneratorId }[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files = this.deps.filesOf(folder.uri);
      const location = files.locationOf(folder.uri);
      if (location === undefined) continue;
      for (const site of await findSites(files.fs, location)) found.push({ folder, files, ...site });
      if (generation !== this.generation) return;
    }
    for (const { folder, files, root, generator } of found) {
      // A site of a generator Postcraft does not read yet is named in the log, never read as another's.
      if (generatorById(generator) === undefined) {
        this.deps.log.info(vscode.l10n.t('{0} is a {1} site, which Postcraft does not read yet', root, generatorName(generator)));
        continue;
      }
      // On a slow file system the site shows while it is read, growing at most every partialShowIntervalMs.
      const site = await this.indexOne(folder, files, root, generator, (partial) => {
        if (generation !== this.generation) return;
        this.sites.set(root, partial);
        this.markShown(root);
        this.sitesEmitter.fire();
      });
      if (generation !== this.generation) {
        return;
      }
      this.sites.set(root, site);
      this.markShown(root);
      this.watchers.set(root, watchSite(site, (location) => this.changes.add(root, location), () => void this.reindex(root)));
      this.sitesEmitter.fire();
    }
    this.sitesEmitter.fire();
  }

  private async indexOne(folder: vscode.WorkspaceFolder, files: FolderFiles, root: string, generator: GeneratorId, showPartial?: (site: Site) => void): Promise<Site> {
    const started = Date.now();
    const uri = files.uriOf(root);
    const cache = this.deps.storeFor(root, uri);
    const workers = this.deps.workers;
    const counted = countingFileSystem(files.fs);
    const reading = startReading(counted.reads);
    this.readings.set(root, reading);
    const label = siteLabel(folder, files.locationOf(folder.uri) ?? root, root);
    let partial: Site | undefined;
    let shownAt = started;
    const indexed = await indexSite(root, {
      fs: counted.fs, generator, nowMs: this.deps.now(), yieldControl: yieldToEventLoop,
      ...(workers === undefined ? {} : { workers: workers.pool, coldWorkersMinFiles: workers.coldMinFiles }),
      ...(cache === undefined ? {} : { cache }),
      // A local disk reads a site in moments: only a remote one shows it part-read.
      ...(showPartial === undefined || files.fs.local ? {} : {
        onModel: (start: Pick<Site, 'generator' | 'loaded' | 'model'>) => {
          partial = { root, uri, files, folder, label, generator: start.generator, model: start.model, loaded: start.loaded };
        },
      }),
      onProgress: (done, total) => {
        reading.done = done;
        reading.total = total;
        if (partial !== undefined && showPartial !== undefined && done < total && Date.now() - shownAt >= partialShowIntervalMs) {
          shownAt = Date.now();
          showPartial(partial);
        }
      },
    });
    reading.reading = false;
    reading.readMs = performance.now();
    reading.fromCache = indexed.fromCache;
    this.deps.log.info(vscode.l10n.t('Read {0}: {1} files ({2} from the saved index, {3} in worker threads) in {4} ms', root, indexed.files.length, indexed.fromCache, indexed.inWorkers, Date.now() - started));
    const site: Site = partial ?? { root, uri, files, folder, label, generator: indexed.generator, model: indexed.model, loaded: indexed.loaded };
    // Posts from the saved index are checked against the disk after the site shows: what changed meanwhile follows.
    void indexed.checked.then(({ change, stale }) => {
      reading.checked = true;
      reading.checkedMs = performance.now();
      if (indexed.fromCache > 0) {
        this.deps.log.info(vscode.l10n.t('Checked the saved index of {0}: {1} files had changed, in {2} ms', root, stale, Date.now() - started));
      }
      if (!isEmptyChange(change) && this.sites.get(root) === site) {
        this.changeEmitter.fire({ site, kind: 'files', change });
      }
    });
    void indexed.saved.then(() => {
      reading.saved = true;
    });
    return site;
  }

  private markShown(root: string): void {
    const reading = this.readings.get(root);
    if (reading !== undefined) reading.shownMs ??= performance.now();
  }

  private saved(uri: vscode.Uri): void {
    const site = this.siteFor(uri);
    const rel = site === undefined ? undefined : sitePath(site, uri);
    const location = site?.files.locationOf(uri);
    if (site !== undefined && rel !== undefined && location !== undefined && site.generator.placeOf(rel, site.loaded.config, site.model.shapers).kind !== 'outside') {
      this.changes.saved(site.root, location);
    }
  }

  /** The config changed: read the whole site again, as the generator would on its next build. */
  private async reindex(root: string): Promise<void> {
    const old = this.sites.get(root);
    if (old === undefined) {
      return;
    }
    const site = await this.indexOne(old.folder, old.files, root, old.generator.id);
    if (this.sites.get(root) === old) {
      this.sites.set(root, site);
      this.markShown(root);
      this.changeEmitter.fire({ site, kind: 'reset' });
      this.sitesEmitter.fire();
    }
  }

  private tick(): void {
    for (const site of this.sites.values()) {
      const change = site.model.setNow(this.deps.now());
      if (!isEmptyChange(change)) {
        this.changeEmitter.fire({ site, kind: 'files', change });
      }
    }
  }

  dispose(): void {
    clearInterval(this.clock);
    for (const watcher of this.watchers.values()) {
      watcher.dispose();
    }
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
