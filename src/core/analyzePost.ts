/** Reading and classifying one file with its site's generator, as the model, the preview and lint do. */
import { generatorOf } from './generators/generators';
import type { PostContext, PostFile, PostInfo } from './post';
import type { ReadPostOptions } from './postRead';

/**
 * Reads and classifies one file. `text` may be anything (binary, 10 MB, empty). Never throws. `options` may
 * leave out the word count and the excerpt where nothing shows them.
 */
export function analyzePost(file: PostFile, ctx: PostContext, options?: ReadPostOptions): PostInfo {
  try {
    const generator = generatorOf(ctx.config);
    return generator.classify(file.path, generator.readPost(file.text, ctx.config, options), file.mtimeMs, ctx);
  } catch (e) {
    // A bug, not the user's file: still report it as a value so one file cannot break the whole model.
    const message = e instanceof Error ? e.message : String(e);
    return {
      path: file.path, status: 'invalid', willPublish: false, isDraft: false, markedUnpublished: false, frontMatter: {}, data: {}, date: undefined,
      title: file.path, slug: '', categories: [], tags: [], layout: undefined, url: undefined, excerpt: undefined,
      wordCount: { words: 0, cjkChars: 0 }, readingMinutes: 1, frontMatterLines: undefined,
      problems: [{ severity: 'error', code: 'post.internal', message: `internal error: ${message}`, line: 0 }],
    };
  }
}
