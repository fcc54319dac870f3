/**
 * Publish Draft as `hexo publish <name>` does it (lib/hexo/post.ts publish → create, filter/new_post_path.ts):
 * the draft moves to `_posts/` under `new_post_name` filled with its slug (front-matter `slug`, else the draft's file
 * name, slugized with filename_case), the year/month/day of its date (its own `date`, else now), any front-matter key
 * the rule names and `permalink_defaults`; a taken name gets `-1`, `-2`… A draft without a date gets now, written as
 * `YYYY-MM-DD HH:mm:ss`. Hexo re-writes the whole front matter through its scaffold; Postcraft moves the file and
 * sets only `date`, keeping the rest byte for byte. Hexo writes now in the machine's zone, which with `timezone` set
 * it then re-reads in that zone (a date hours off); the wall clock is written in `timezone` here, so the post is
 * dated now as Hexo reads it.
 */
import { hexoPostDate } from './hexoDates';
import { hexoPostRoots } from './hexoPlace';
import { hexoSlugize, stringifyPermalink } from './hexoSlugize';
import { sha1Hex } from './hexoSha1';
import { jsString, jsTruthy } from './hexoValues';
import { wallClockAt, type TimeZone } from '../../timeZone';
import { reason } from '../../edits/editReasons';
import type { HexoConfig } from './hexoSiteConfig';
import type { DraftToPublish, PublishTarget } from '../generatorInputs';

const RESERVED = new Set(['year', 'month', 'i_month', 'day', 'i_day', 'title', 'hash']);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Generator.publishDraft's draft with Hexo's config, and the zone as Hexo knows it: the machine's. */
export type HexoDraftToPublish = Omit<DraftToPublish, 'config' | 'zone'> & { readonly config: HexoConfig; readonly machine: TimeZone };

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || name.lastIndexOf('/') > dot ? '' : name.slice(dot);
}

/** `YYYY-MM-DD HH:mm:ss`, the wall clock of `epochMs` in `zone`: what Hexo reads back as that moment in that zone. */
export function hexoWallClockText(epochMs: number, zone: TimeZone): string {
  const at = wallClockAt(epochMs, zone);
  return `${pad(at.year, 4)}-${pad(at.month)}-${pad(at.day)} ${pad(at.hour)}:${pad(at.minute)}:${pad(at.second)}`;
}

export function hexoPublishTarget(draft: HexoDraftToPublish): PublishTarget {
  const { config, frontMatter, machine } = draft;
  const settings = config.hexo;
  const roots = hexoPostRoots(settings);
  if (!draft.path.startsWith(`${roots.drafts}/`)) return { ok: false, reason: reason('notADraft') };
  const inner = draft.path.slice(roots.drafts.length + 1);
  const name = inner.slice(inner.lastIndexOf('/') + 1);
  const stem = name.slice(0, name.length - extOf(name).length);
  const own = frontMatter['slug'];
  const slug = hexoSlugize(jsTruthy(own) ? jsString(own) : hexoSlugize(stem, settings.filenameCase), settings.filenameCase);
  if (slug === '') return { ok: false, reason: reason('noSlug') };
  // The draft's own date, read as Hexo reads front matter (without `timezone`: moment(data.date) is the machine's).
  const dated = jsTruthy(frontMatter['date']) ? hexoPostDate({ value: frontMatter['date'], fileName: {}, fileTimeMs: draft.nowMs, machine, siteZone: undefined }) : undefined;
  const whenMs = dated?.source === 'frontMatter' ? dated.epochMs : draft.nowMs;
  const w = wallClockAt(whenMs, machine);
  const tokens: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings.permalinkDefaults)) tokens[key] = jsString(value);
  Object.assign(tokens, {
    year: pad(w.year, 4),
    month: pad(w.month),
    i_month: String(w.month),
    day: pad(w.day),
    i_day: String(w.day),
    title: slug,
    hash: sha1Hex(slug + String(Math.floor(whenMs / 1000))).slice(0, 12),
  });
  for (const [key, value] of Object.entries(frontMatter)) if (!RESERVED.has(key) && !(value instanceof Date)) tokens[key] = jsString(value);
  let target = stringifyPermalink(settings.newPostName, (token) => tokens[token]);
  if (extOf(target) === '') target += extOf(settings.newPostName) || '.md';
  const ext = extOf(target);
  const base = `${roots.posts}/${target.slice(0, target.length - ext.length)}`;
  let path = `${base}${ext}`;
  for (let n = 1; draft.exists(path); n++) path = `${base}-${n}${ext}`;
  let date: string | undefined;
  if (dated?.source !== 'frontMatter') {
    date = hexoWallClockText(draft.nowMs, config.siteZone ?? machine);
  }
  return { ok: true, path, date };
}
