import { joinLocation } from '../core/locations';
import { generatorOf } from '../core/generators/generators';
import { blurbOf, type PostBlurb } from '../core/postSummary';
import type { FileSystem } from './fileSystem';
import type { LoadedConfig } from './siteConfigFile';

/**
 * A post's description (its own or from `defaults:`) and the start of its excerpt, read from the file when a
 * tooltip asks: the site model does not keep them, so 50k posts stay small.
 */
export async function readPostBlurb(fs: FileSystem, root: string, sitePath: string, loaded: LoadedConfig, nowMs: number): Promise<PostBlurb> {
  const generator = generatorOf(loaded.config);
  const head = await fs.readPostHead(joinLocation(root, sitePath), generator.headState);
  if (!head.ok) {
    return { description: undefined, excerpt: undefined };
  }
  const read = generator.readPost(head.head.text, loaded.config, { countWords: false });
  return blurbOf(generator.classify(sitePath, read, head.head.mtimeMs, { config: loaded.config, zone: loaded.zone, nowMs }));
}
