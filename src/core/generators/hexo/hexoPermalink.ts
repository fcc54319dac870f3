/**
 * A Hexo post's path (its URL under `root`) as Hexo 8.1.2's post_permalink filter makes it, and the tokens a file
 * name gives through `new_post_name` (processor/post.ts parseFilename).
 */
import { hexoSlugize, parsePermalink, permalinkRule, stringifyPermalink } from './hexoSlugize';
import { sha1Hex } from './hexoSha1';
import { jsString } from './hexoValues';
import { wallClockAt, type TimeZone } from '../../timeZone';
import type { HexoSettings } from './hexoSettings';

const FILE_NAME_SEGMENTS: Readonly<Record<string, RegExp>> = {
  year: /(\d{4})/,
  month: /(\d{2})/,
  day: /(\d{2})/,
  i_month: /(\d{1,2})/,
  i_day: /(\d{1,2})/,
  hash: /([0-9a-f]{12})/,
};

function withoutExtension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? path : path.slice(0, path.length - (base.length - dot));
}

/**
 * The tokens of a post's path under `_posts`/`_drafts` read with `new_post_name` (extensions dropped from both);
 * `title` is always there: the matched :title, else the whole path slugized. It is the post's slug, `:title` of
 * the permalink.
 */
export function hexoFileNameTokens(newPostName: string, innerPath: string): Record<string, string> {
  const rule = permalinkRule(withoutExtension(newPostName), FILE_NAME_SEGMENTS);
  const path = withoutExtension(innerPath);
  const data = parsePermalink(rule, path);
  if (data !== undefined && data['title'] !== undefined) return data;
  return { ...(data ?? {}), title: hexoSlugize(path) };
}

/**
 * The path under `_posts`/`_drafts` (extension kept) a post at `innerPath` gets when its slug, `:title`, becomes
 * `slug`: a name `new_post_name` reads keeps its other tokens (the date) and the folders of its `:title`; any other
 * name keeps its folder.
 */
export function hexoRetitledPath(newPostName: string, innerPath: string, slug: string): string {
  const rule = permalinkRule(withoutExtension(newPostName), FILE_NAME_SEGMENTS);
  const stem = withoutExtension(innerPath);
  const ext = innerPath.slice(stem.length);
  const data = parsePermalink(rule, stem);
  const old = data?.['title'];
  if (data !== undefined && old !== undefined) {
    const retitled = `${old.slice(0, old.lastIndexOf('/') + 1)}${slug}`;
    return `${stringifyPermalink(rule.rule, (name) => (name === 'title' ? retitled : data[name]))}${ext}`;
  }
  return `${stem.slice(0, stem.lastIndexOf('/') + 1)}${slug}${ext}`;
}

/** A document field as the permalink's String() makes it; a Date is left out (its text depends on the machine). */
function fieldString(value: unknown): string | undefined {
  return value === undefined || value instanceof Date ? undefined : jsString(value);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export interface HexoPathInput {
  readonly slug: string;
  readonly title: string;
  readonly epochMs: number;
  /** The zone moment formats :year… in: the machine's, not `timezone`. */
  readonly machine: TimeZone;
  /** The post's fields Hexo's document has besides the tokens: front matter, file-name tokens, layout, source. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The last category's slug, when the post has categories. */
  readonly lastCategorySlug: string | undefined;
  /** Front-matter `permalink`. */
  readonly ownPermalink: unknown;
}

export type HexoPathResult = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/** post_permalink.ts: the post's path, which starts with `/` only when front matter's permalink did. */
export function hexoPostPath(input: HexoPathInput, settings: Pick<HexoSettings, 'permalink' | 'permalinkDefaults' | 'postAssetFolder' | 'defaultCategory'>): HexoPathResult {
  const dirSlash = (p: string): string => (settings.postAssetFolder && !p.endsWith('/') && !p.endsWith('.html') ? `${p}/` : p);
  const own = input.ownPermalink;
  if (own !== undefined && own !== null && own !== false && own !== '' && own !== 0) {
    if (typeof own !== 'string') return { ok: false, message: 'Hexo stops on a permalink that is not text' };
    const p = dirSlash(own);
    return { ok: true, path: p.startsWith('/') ? p : `/${p}` };
  }
  const w = wallClockAt(input.epochMs, input.machine);
  const seconds = Math.floor(input.epochMs / 1000);
  const meta: Record<string, string> = {
    title: input.slug,
    name: input.slug.slice(input.slug.lastIndexOf('/') + 1),
    year: pad(w.year, 4),
    month: pad(w.month),
    day: pad(w.day),
    hour: pad(w.hour),
    minute: pad(w.minute),
    second: pad(w.second),
    i_month: String(w.month),
    i_day: String(w.day),
    timestamp: String(seconds),
    category: input.lastCategorySlug ?? settings.defaultCategory,
  };
  // The two costly tokens (a SHA-1, a slugized title) are made only for a permalink that uses them.
  let hash: string | undefined;
  let postTitle: string | undefined;
  const idField = fieldString(input.fields['id']);
  let unknownId = false;
  const value = (name: string): string | undefined => {
    if (name === 'id') {
      // Without an `id` of its own, :id is the database's generated id, which differs on every fresh load.
      if (idField === undefined || idField === '') unknownId = true;
      return idField;
    }
    if (name === 'hash') return (hash ??= sha1Hex(input.slug + String(seconds)).slice(0, 12));
    if (name === 'post_title') return (postTitle ??= hexoSlugize(input.title, 1));
    if (Object.prototype.hasOwnProperty.call(meta, name)) return meta[name];
    if (Object.prototype.hasOwnProperty.call(input.fields, name)) return fieldString(input.fields[name]);
    return fieldString(settings.permalinkDefaults[name]);
  };
  const path = stringifyPermalink(settings.permalink, value);
  if (unknownId) return { ok: false, message: 'the permalink uses :id, which Hexo fills with a generated id unless the post has an id of its own' };
  return { ok: true, path: dirSlash(path) };
}
