import type * as vscode from 'vscode';
import { applyFileChanges } from '../../platform/applyFileChanges';
import { isEmptyChange } from '../../core/modelChanges';
import type { Site, SiteChange } from './site';

export interface SiteChangeQueueDeps {
  /** The site read at `root` now (undefined once it is gone). */
  readonly siteAt: (root: string) => Site | undefined;
  readonly now: () => number;
  /** Tells the views what a change did to a site's model. */
  readonly fire: (change: SiteChange) => void;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Files of the sites that changed on disk, waiting to go into their models: a burst of events (a branch switch, a
 * search-and-replace) is taken together, a save at once.
 */
export class SiteChangeQueue implements vscode.Disposable {
  private readonly pending = new Map<string, Set<string>>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rechecks = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: SiteChangeQueueDeps) {}

  /** A file (a location on the site's file system) of the site at `root` changed, was made or was deleted. */
  add(root: string, file: string, delayMs = 30): void {
    let set = this.pending.get(root);
    if (set === undefined) {
      set = new Set();
      this.pending.set(root, set);
    }
    set.add(file);
    if (delayMs === 0) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      void this.flush();
    } else {
      this.flushTimer ??= setTimeout(() => void this.flush(), delayMs);
    }
  }

  /** A post was saved: it goes in at once, and is looked at again a little later. */
  saved(root: string, file: string): void {
    this.add(root, file, 0);
    // The file watcher drops a create and a delete that fall in one of its windows: were the saved file deleted
    // that quickly, no event would ever say so.
    const recheck = setTimeout(() => {
      this.rechecks.delete(recheck);
      this.add(root, file);
    }, 2000);
    this.rechecks.add(recheck);
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    const batches = [...this.pending];
    this.pending.clear();
    for (const [root, files] of batches) {
      const site = this.deps.siteAt(root);
      if (site === undefined) continue;
      // The clock first: a post dated a moment ago (New Post) must not read as future to a clock up to a minute old.
      const clock = site.model.setNow(this.deps.now());
      if (!isEmptyChange(clock)) this.deps.fire({ site, kind: 'files', change: clock });
      const change = await applyFileChanges(site.files.fs, site, [...files], yieldToEventLoop);
      if (!isEmptyChange(change)) this.deps.fire({ site, kind: 'files', change });
    }
  }

  dispose(): void {
    this.rechecks.forEach((t) => clearTimeout(t));
    this.rechecks.clear();
    clearTimeout(this.flushTimer);
  }
}
