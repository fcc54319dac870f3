import type { JekyllConfig } from '../../config';
import type { PublishFacts } from '../generator';

/** Jekyll's rule for a post it has read: whether `jekyll build` with this config writes it. */
export function jekyllPublishes(post: PublishFacts, config: Pick<JekyllConfig, 'showDrafts' | 'unpublished' | 'future'>): boolean {
  return (!post.isDraft || config.showDrafts) && (!post.markedUnpublished || config.unpublished) && (!post.future || config.future) && post.hasUrl;
}
