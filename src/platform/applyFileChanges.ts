import { fileTimeMs } from '../core/fileTime';
import { relativeLocation } from '../core/locations';
import { listPostFiles } from './postFiles';
import type { FileSystem } from './fileSystem';
import { ModelChangeCollector } from '../core/modelChanges';
import type { SiteModel } from '../core/siteModel';
import type { ModelChange } from '../core/siteSnapshot';
import type { Generator } from '../core/generators/generator';

/**
 * Applies changed files (created, changed or deleted: whatever is on disk now) to a site's model, in slices,
 * and returns one merged change. A path that is gone and unknown is taken for a deleted folder: every file under
 * it goes. A file that shapes its folder (Generator.shapesFolder: Hugo's `index.md`, `_index.md`) coming or going
 * has every file below its folder read again, since what they are may have changed. The result is the same as
 * reading the site afresh (unit tests check this over a burst of 1,000, and as bundle headers come and go).
 */
export async function applyFileChanges(
  fs: FileSystem,
  site: { readonly root: string; readonly generator: Generator; readonly model: SiteModel },
  files: readonly string[],
  yieldControl?: () => Promise<void>,
): Promise<ModelChange> {
  const changes = new ModelChangeCollector();
  const take = (change: ModelChange): void => changes.take(change);
  let sliceStart = performance.now();
  const queue = [...files];
  // Files waiting in the queue (a file read already may be queued again when a header above it comes or goes).
  const pending = new Set(queue);
  const listing = site.generator.listing(site.model.config);
  /** Queues the files below a site folder that the generator's walk takes, as a full walk would find them. */
  const enqueueBelow = async (folder: string): Promise<void> => {
    // Inside a post folder (Jekyll's `_posts/2024`) every file counts; elsewhere only post folders below it do.
    const inPosts = listing.postFolders === undefined || folder.split('/').some((part) => listing.postFolders?.includes(part) === true);
    const found = (await listPostFiles(fs, site.root, { ...listing, roots: [folder], ...(inPosts ? { postFolders: undefined } : {}) })).files;
    // Headers first, so that the files beside them are read once, under them.
    const headersFirst = [...found.filter((f) => site.model.shapesFolder(f.relativePath)), ...found.filter((f) => !site.model.shapesFolder(f.relativePath))];
    for (const below of headersFirst) {
      if (!pending.has(below.absolutePath)) {
        pending.add(below.absolutePath);
        queue.push(below.absolutePath);
      }
    }
  };
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] ?? '';
    pending.delete(file);
    const rel = relativeLocation(site.root, file);
    if (rel === undefined) {
      continue;
    }
    const stat = await fs.stat(file);
    const shapersBefore = site.model.shapers;
    if (stat?.kind === 'file') {
      const head = await fs.readPostHead(file, site.generator.headState, { frontMatterOnly: true });
      if (head.ok) {
        take(site.model.upsert({ path: rel, text: head.head.text, mtimeMs: fileTimeMs(head.head.mtimeMs) }));
      }
    } else if (stat?.kind === 'directory') {
      // A folder moved or copied in (a renamed bundle, a folder of posts): the files below it, as a walk finds them.
      await enqueueBelow(rel);
    } else if (stat === undefined && site.model.knows(rel)) {
      take(site.model.remove(rel));
    } else if (stat === undefined) {
      const prefix = `${rel}/`;
      const gone = [...site.model.snapshot().posts.map((p) => p.path), ...site.model.shapers].filter((p) => p.startsWith(prefix));
      for (const p of gone) take(site.model.remove(p));
    }
    if (site.model.shapers !== shapersBefore) {
      // A bundle header came or went: the files below its folder may be posts, resources or sections now.
      await enqueueBelow(stat === undefined && !site.model.shapesFolder(rel) ? rel : rel.slice(0, Math.max(0, rel.lastIndexOf('/'))));
    }
    if (yieldControl !== undefined && performance.now() - sliceStart > 12) {
      await yieldControl();
      sliceStart = performance.now();
    }
  }
  // A file added then removed in one burst is neither; one removed then added is a change.
  return changes.result();
}
