/**
 * New Post on an Astro site, in the site's habits: in the posts collection's folder (the subfolder most of its
 * posts are in), as `<slug>.md` or `<slug>/index.md` as most of them are, with the schema's own field names (the
 * date field, `description` where the schema requires it, tags, draft), and the date written the way the other
 * posts write it (a date, an ISO date-time in UTC with or without milliseconds, or with the zone's offset; quoted
 * or not). Pure: the caller hands the recent posts' texts and says which files exist.
 */
import { formatIso } from '../../dates';
import { reason, type EditReason } from '../../edits/editReasons';
import { yamlScalar } from '../../lint/lintNames';
import { githubSlug } from './githubSlug';
import { splitAstroFrontMatter } from './astroReadPost';
import type { AstroConfig } from './astroSiteConfig';
import type { TimeZone } from '../../timeZone';

export type AstroDateStyle = 'date' | 'utc' | 'utc-ms' | 'offset';

export interface AstroNewPostPlace {
  /** Site-relative folder the new post goes in. */
  readonly folder: string;
  /** `<slug>/index.md` rather than `<slug>.md`. */
  readonly folderPerPost: boolean;
  readonly dateStyle: AstroDateStyle;
  readonly quote: '' | "'" | '"';
}

/** The date style of one written date value, or undefined when it is none of the usual ones. */
export function astroDateStyle(raw: string): { style: AstroDateStyle; quote: '' | "'" | '"' } | undefined {
  const quote = raw.startsWith('"') ? '"' : raw.startsWith("'") ? "'" : '';
  const value = quote === '' ? raw : raw.slice(1, -1);
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return { style: 'date', quote };
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\.\d+Z$/.test(value)) return { style: 'utc-ms', quote };
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?Z$/.test(value)) return { style: 'utc', quote };
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?[+-]\d\d:?\d\d$/.test(value)) return { style: 'offset', quote };
  return undefined;
}

function mostCommon<T>(values: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let max = 0;
  for (const [v, n] of counts) if (n > max) [best, max] = [v, n];
  return best;
}

/** Where and how a new post is written, from the site's posts (paths) and a few recent posts' texts. */
export function astroNewPostPlace(config: AstroConfig, posts: readonly string[], recentTexts: readonly string[]): AstroNewPostPlace {
  const source = config.astro.sources[0];
  const base = source?.base ?? 'src/content/blog';
  const inBase = posts.filter((p) => p.startsWith(`${base}/`)).map((p) => p.slice(base.length + 1));
  const folderPerPost = inBase.length > 0 && inBase.filter((p) => /(?:^|\/)index\.mdx?$/.test(p)).length * 2 > inBase.length;
  // The folder of most posts (a post's own folder, for index.md posts, is not its folder).
  const folders = inBase.map((p) => {
    const parts = p.split('/');
    return parts.slice(0, folderPerPost && /^index\.mdx?$/.test(parts.at(-1) ?? '') ? -2 : -1).join('/');
  });
  const sub = mostCommon(folders, '');
  const styles = recentTexts.flatMap((text) => {
    const split = splitAstroFrontMatter(text);
    const line = split === undefined ? undefined : new RegExp(`^[ \\t]*${config.astro.roles.date}[ \\t]*[:=][ \\t]*(.+?)[ \\t]*\\r?$`, 'm').exec(split.raw)?.[1];
    const style = line === undefined ? undefined : astroDateStyle(line);
    return style === undefined ? [] : [`${style.style}|${style.quote}`];
  });
  const [dateStyle, quote] = mostCommon(styles, 'date|').split('|') as [AstroDateStyle, '' | "'" | '"'];
  return { folder: sub === '' ? base : `${base}/${sub}`, folderPerPost, dateStyle, quote };
}

export interface AstroNewPostRequest {
  readonly title: string;
  readonly tags: readonly string[];
  readonly draft: boolean;
  readonly nowMs: number;
  readonly zone: TimeZone;
  readonly config: AstroConfig;
  readonly place: AstroNewPostPlace;
  readonly exists: (sitePath: string) => boolean;
}

export type AstroNewPost = { readonly ok: true; readonly path: string; readonly text: string; readonly cursor: number } | { readonly ok: false; readonly reason: EditReason };

/** Why a title cannot be used for an Astro post, or undefined. */
export function astroTitleProblem(title: string): EditReason | undefined {
  if (title.trim() === '') return reason('titleRequired');
  if (/[\r\n]/.test(title)) return reason('titleOneLine');
  return githubSlug(title.trim()).replace(/-/g, '') === '' ? reason('noSlug') : undefined;
}

function dateText(nowMs: number, zone: TimeZone, style: AstroDateStyle): string {
  const local = formatIso(nowMs, zone.offsetMinutesAt(nowMs));
  switch (style) {
    case 'date':
      return local.slice(0, 10);
    case 'utc':
      return new Date(Math.floor(nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    case 'utc-ms':
      return new Date(nowMs).toISOString();
    case 'offset':
      return local;
  }
}

/** The file name (without extension) a title gives a post: its GitHub slug, dashes collapsed and trimmed. */
export function astroTitleName(title: string): string {
  return githubSlug(title.trim()).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

export function astroNewPost(req: AstroNewPostRequest): AstroNewPost {
  const problem = astroTitleProblem(req.title);
  if (problem !== undefined) return { ok: false, reason: problem };
  const { roles, collections, sources, draftField } = req.config.astro;
  // A draft is marked by the schema's field; a schema without one has no drafts to make.
  if (req.draft && draftField === undefined) return { ok: false, reason: reason('noDraftField', roles.draft) };
  const fields = collections.find((c) => c.name === sources[0]?.collection)?.fields;
  const has = (name: string): boolean => fields === undefined || fields.length === 0 || fields.some((f) => f.name === name);
  const required = (name: string): boolean => fields?.some((f) => f.name === name && !/\.(?:optional|default|nullish)\(/.test(f.type)) ?? false;
  const slug = astroTitleName(req.title);
  const at = (n: number): string => {
    const name = n === 1 ? slug : `${slug}-${n}`;
    return req.place.folderPerPost ? `${req.place.folder}/${name}/index.md` : `${req.place.folder}/${name}.md`;
  };
  let n = 1;
  while (req.exists(at(n))) n++;
  const q = req.place.quote;
  const lines = ['---', `${roles.title}: ${yamlScalar(req.title.trim())}`];
  if (required('description')) lines.push("description: ''");
  if (has(roles.date)) lines.push(`${roles.date}: ${q}${dateText(req.nowMs, req.zone, req.place.dateStyle)}${q}`);
  if (has(roles.tags) && (req.tags.length > 0 || required(roles.tags))) lines.push(`${roles.tags}: [${req.tags.map(yamlScalar).join(', ')}]`);
  if (req.draft) lines.push(`${draftField}: true`);
  lines.push('---', '', '');
  const text = lines.join('\n');
  return { ok: true, path: at(n), text, cursor: text.length };
}
