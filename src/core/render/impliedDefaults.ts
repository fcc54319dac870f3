/**
 * Values in `defaults:` that change nothing for a document, because Jekyll gives it that value anyway: the card's
 * "From defaults" line leaves them out (a writer did set them, but they say nothing about this post).
 */
import type { JekyllConfig } from '../config';

export interface ImpliedContext {
  readonly config: Pick<JekyllConfig, 'excerptSeparator' | 'collections' | 'postsPermalink'>;
  /** The document's type for defaults: `posts`, `pages`, or a collection's label. */
  readonly type: string;
  /** Whether the document is a draft (in `_drafts`). */
  readonly isDraft: boolean;
}

function empty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * Whether `key: value` from `defaults:` is what Jekyll 4.3 gives the document without it: an empty value; the
 * document's own type or collection restated (`type: posts`, `collection: posts`); `published: true`; `draft`
 * equal to where the file is; the site's `excerpt_separator`; the collection's own `permalink`.
 */
export function impliedByJekyll(key: string, value: unknown, context: ImpliedContext): boolean {
  if (empty(value)) return true;
  const { config, type } = context;
  switch (key) {
    case 'type':
    case 'collection':
      return value === type;
    case 'published':
      return value === true;
    case 'draft':
      return value === context.isDraft;
    case 'excerpt_separator':
      return value === config.excerptSeparator;
    case 'permalink': {
      const own = type === 'posts' ? config.postsPermalink : config.collections.get(type)?.permalink;
      return own !== undefined && value === own;
    }
    default:
      return false;
  }
}
