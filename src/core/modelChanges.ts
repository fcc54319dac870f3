/**
 * Several model changes merged into one, as a view should see them: a file added then removed is neither, one
 * removed then added is a change, and a count is reported from its first value to its last.
 */
import type { CountChange, ModelChange } from './siteSnapshot';

export class ModelChangeCollector {
  private readonly added = new Set<string>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly categories = new Map<string, CountChange>();
  private readonly tags = new Map<string, CountChange>();

  take(change: ModelChange): void {
    change.added.forEach((p) => this.added.add(p));
    change.changed.forEach((p) => this.changed.add(p));
    change.removed.forEach((p) => this.removed.add(p));
    const counts = (into: Map<string, CountChange>, from: readonly CountChange[]): void => {
      for (const c of from) into.set(c.name, { name: c.name, before: into.get(c.name)?.before ?? c.before, after: c.after });
    };
    counts(this.categories, change.categories);
    counts(this.tags, change.tags);
  }

  result(): ModelChange {
    const added = new Set(this.added);
    const removed = new Set(this.removed);
    const changed = new Set(this.changed);
    for (const p of this.added) {
      if (removed.has(p)) {
        added.delete(p);
        removed.delete(p);
        changed.add(p);
      }
    }
    return {
      added: [...added],
      changed: [...changed].filter((p) => !added.has(p)),
      removed: [...removed],
      categories: [...this.categories.values()].filter((c) => c.before !== c.after),
      tags: [...this.tags.values()].filter((c) => c.before !== c.after),
    };
  }
}

export const noChange: ModelChange = { added: [], changed: [], removed: [], categories: [], tags: [] };

export function isEmptyChange(change: ModelChange): boolean {
  return change.added.length + change.changed.length + change.removed.length + change.categories.length + change.tags.length === 0;
}
