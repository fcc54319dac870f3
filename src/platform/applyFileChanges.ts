import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPostHead } from './postHead';
import type { CountChange, ModelChange, SiteModel } from '../core/siteModel';

/**
 * Applies changed files (created, changed or deleted: whatever is on disk now) to a site's model, in slices,
 * and returns one merged change. A path that is gone and unknown is taken for a deleted folder: every file under
 * it goes. The result is the same as reading the site afresh (a unit test checks this over a burst of 1,000).
 */
export async function applyFileChanges(
  site: { readonly root: string; readonly model: SiteModel },
  files: readonly string[],
  yieldControl?: () => Promise<void>,
): Promise<ModelChange> {
  const added = new Set<string>();
  const changed = new Set<string>();
  const removed = new Set<string>();
  const categories = new Map<string, CountChange>();
  const tags = new Map<string, CountChange>();
  const take = (change: ModelChange): void => {
    change.added.forEach((p) => added.add(p));
    change.changed.forEach((p) => changed.add(p));
    change.removed.forEach((p) => removed.add(p));
    for (const c of change.categories) categories.set(c.name, { name: c.name, before: categories.get(c.name)?.before ?? c.before, after: c.after });
    for (const c of change.tags) tags.set(c.name, { name: c.name, before: tags.get(c.name)?.before ?? c.before, after: c.after });
  };
  let sliceStart = performance.now();
  for (const file of files) {
    const relative = path.relative(site.root, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      continue;
    }
    const rel = relative.split(path.sep).join('/');
    const stat = statOf(file);
    if (stat?.isFile() === true) {
      const head = readPostHead(file, { frontMatterOnly: true });
      if (head.ok) {
        take(site.model.upsert({ path: rel, text: head.head.text, mtimeMs: head.head.mtimeMs }));
      }
    } else if (stat === undefined && site.model.get(rel) !== undefined) {
      take(site.model.remove(rel));
    } else if (stat === undefined) {
      const prefix = `${rel}/`;
      for (const post of site.model.snapshot().posts.filter((p) => p.path.startsWith(prefix))) {
        take(site.model.remove(post.path));
      }
    }
    if (yieldControl !== undefined && performance.now() - sliceStart > 12) {
      await yieldControl();
      sliceStart = performance.now();
    }
  }
  // A file added then removed in one burst is neither; one removed then added is a change.
  const both = [...added].filter((p) => removed.has(p));
  both.forEach((p) => {
    added.delete(p);
    removed.delete(p);
    changed.add(p);
  });
  return {
    added: [...added],
    changed: [...changed].filter((p) => !added.has(p)),
    removed: [...removed],
    categories: [...categories.values()].filter((c) => c.before !== c.after),
    tags: [...tags.values()].filter((c) => c.before !== c.after),
  };
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}
