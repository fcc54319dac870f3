/**
 * How the clock moves a post the model keeps: whether it can, and what its summary says once it has. Read from the
 * summary alone, by the rule the generator's classify applies.
 */
import type { Generator } from './generators/generator';
import type { PostSummary } from './postSummary';
import type { SiteConfig } from './siteConfig';

/** Whether the clock can change what the model says of this post: it goes live, or expires, later than now. */
export function isClockBound(info: PostSummary, nowMs: number): boolean {
  return info.status !== 'invalid' && info.status !== 'notPost' && (liveAt(info) > nowMs || (info.expireAt ?? -Infinity) > nowMs);
}

/** When a post goes live: its publish date where the generator has one, else its date. */
function liveAt(info: PostSummary): number {
  return info.publishAt ?? info.date?.epochMs ?? -Infinity;
}

/**
 * A post dated in the future (or expiring) as the clock moves: what changes follows from its summary alone, by the rule
 * the generator's classify applies. Drafts and unpublished posts keep their status; whether they publish may still change
 * (a draft with show_drafts, an unpublished post with unpublished: true).
 */
export function reclocked(info: PostSummary, nowMs: number, generator: Generator, config: SiteConfig): PostSummary {
  const future = liveAt(info) > nowMs;
  const expired = info.expireAt !== undefined && info.expireAt <= nowMs;
  const timed = info.status === 'future' || info.status === 'published' || info.status === 'expired';
  const status = timed ? (future ? 'future' : expired ? 'expired' : 'published') : info.status;
  const willPublish = generator.publishes({ isDraft: info.isDraft, markedUnpublished: info.markedUnpublished, future, expired, hasUrl: info.url !== undefined }, config);
  return status === info.status && willPublish === info.willPublish ? info : { ...info, status, willPublish };
}
