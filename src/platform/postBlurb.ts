import * as path from 'node:path';
import { generatorOf } from '../core/generators/generators';
import { blurbOf, type PostBlurb } from '../core/postSummary';
import { readPostHead } from './postHead';
import type { LoadedConfig } from './siteConfigFile';

/**
 * A post's description (its own or from `defaults:`) and the start of its excerpt, read from the file when a
 * tooltip asks: the site model does not keep them, so 50k posts stay small.
 */
export function readPostBlurb(root: string, sitePath: string, loaded: LoadedConfig, nowMs: number): PostBlurb {
  const generator = generatorOf(loaded.config);
  const head = readPostHead(path.join(root, ...sitePath.split('/')), generator.headState);
  if (!head.ok) {
    return { description: undefined, excerpt: undefined };
  }
  const read = generator.readPost(head.head.text, loaded.config, { countWords: false });
  return blurbOf(generator.classify(sitePath, read, head.head.mtimeMs, { config: loaded.config, zone: loaded.zone, nowMs }));
}
