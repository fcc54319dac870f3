/** Which files the writing commands (publish, tags, dates…) treat as posts. */
import type { Generator } from './generators/generator';
import type { PostSummary } from './postSummary';
import type { SiteConfig } from './siteConfig';

/**
 * Whether the writing commands may edit the file at `sitePath`: a post or draft where the generator looks for them
 * (one the model has not read yet too, such as a file just created), or a post the model has. A file the generator
 * places but would not publish as a post (Jekyll's undated `_posts/README.md`, a Hugo file its `ignoreFiles` names) is
 * not one.
 */
export function isEditablePost(
  generator: Pick<Generator, 'placeOf'>,
  config: SiteConfig,
  shapers: ReadonlySet<string>,
  sitePath: string,
  summary: PostSummary | undefined,
): boolean {
  const kind = generator.placeOf(sitePath, config, shapers).kind;
  return kind === 'post' || kind === 'draft' || (summary !== undefined && summary.status !== 'notPost');
}
