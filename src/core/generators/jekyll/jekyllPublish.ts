/**
 * Publish Draft on a Jekyll site: `_drafts/x.md` → `_posts/TODAY-x.md` (a folder above `_drafts` kept, today in the
 * site's zone), with `date` set to now as Jekyll's own docs write it (`2024-03-05 10:20:30 +0900`).
 */
import { dayInZone, jekyllTimestamp } from '../../edits/postDates';
import { publishPath } from '../../edits/postMoves';
import type { DraftToPublish, PublishTarget } from '../generatorInputs';

export function jekyllPublishTarget(draft: DraftToPublish): PublishTarget {
  const target = publishPath(draft.path, dayInZone(draft.nowMs, draft.zone), draft.exists);
  return target.ok ? { ok: true, path: target.path, date: jekyllTimestamp(draft.nowMs, draft.zone) } : target;
}
