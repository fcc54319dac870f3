import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPostHead } from './postHead';
import { ModelChangeCollector } from '../core/modelChanges';
import type { ModelChange, SiteModel } from '../core/siteModel';
import type { Generator } from '../core/generators/generator';

/**
 * Applies changed files (created, changed or deleted: whatever is on disk now) to a site's model, in slices,
 * and returns one merged change. A path that is gone and unknown is taken for a deleted folder: every file under
 * it goes. The result is the same as reading the site afresh (a unit test checks this over a burst of 1,000).
 */
export async function applyFileChanges(
  site: { readonly root: string; readonly generator: Generator; readonly model: SiteModel },
  files: readonly string[],
  yieldControl?: () => Promise<void>,
): Promise<ModelChange> {
  const changes = new ModelChangeCollector();
  const take = (change: ModelChange): void => changes.take(change);
  let sliceStart = performance.now();
  for (const file of files) {
    const relative = path.relative(site.root, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      continue;
    }
    const rel = relative.split(path.sep).join('/');
    const stat = statOf(file);
    if (stat?.isFile() === true) {
      const head = readPostHead(file, site.generator.headState, { frontMatterOnly: true });
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
  return changes.result();
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}
