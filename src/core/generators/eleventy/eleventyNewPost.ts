/**
 * New Post on an Eleventy site, in the site's habits: in the folder most of its posts are in, with a `YYYY-MM-DD-`
 * file-name prefix when most of them have one (Eleventy then takes the date from the path, and no `date:` is
 * written), the post collection tag only when the folder's data files do not give it, and `draft: true` only where
 * the config has a draft rule. Pure: the caller says which files exist.
 */
import { reason, type EditReason } from '../../edits/editReasons';
import { yamlScalar } from '../../lint/lintNames';
import { slugify } from '../../slugify';
import { cleanTags, dataCascade } from './eleventyData';
import type { EleventyConfig } from './eleventySiteConfig';

export interface EleventyNewPostPlace {
  /** Site-relative folder. */
  readonly folder: string;
  readonly datePrefix: boolean;
  /** The tag the front matter must carry for the post to be a post ('' when the folder's data gives one). */
  readonly postTag: string;
}

const DATED = /^\d{4}-\d{2}-\d{2}-/;

/** Where a new post goes, from the paths of the site's posts. */
export function eleventyNewPostPlace(config: EleventyConfig, posts: readonly string[]): EleventyNewPostPlace {
  const { input } = config.eleventy.dirs;
  const byFolder = new Map<string, string[]>();
  for (const post of posts) {
    const slash = post.lastIndexOf('/');
    const folder = slash < 0 ? '' : post.slice(0, slash);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), post.slice(slash + 1)]);
  }
  const biggest = [...byFolder.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
  const folder = biggest?.[0] ?? (input === '' ? 'posts' : `${input}/posts`);
  const names = biggest?.[1] ?? [];
  const datePrefix = names.length > 0 && names.filter((n) => DATED.test(n)).length * 2 > names.length;
  const given = cleanTags(dataCascade(`${folder}/new.md`, input, config.eleventy.dataFiles).data['tags']).tags;
  const postTag = config.eleventy.postTags.some((t) => given.includes(t)) ? '' : (config.eleventy.postTags[0] ?? 'posts');
  return { folder, datePrefix, postTag };
}

export interface EleventyNewPostRequest {
  readonly title: string;
  readonly tags: readonly string[];
  readonly draft: boolean;
  readonly nowMs: number;
  readonly config: EleventyConfig;
  readonly place: EleventyNewPostPlace;
  readonly exists: (sitePath: string) => boolean;
}

export type EleventyNewPost = { readonly ok: true; readonly path: string; readonly text: string; readonly cursor: number } | { readonly ok: false; readonly reason: EditReason };

/** Why a title cannot be used for an Eleventy post, or undefined. */
export function eleventyTitleProblem(title: string): EditReason | undefined {
  if (title.trim() === '') return reason('titleRequired');
  if (/[\r\n]/.test(title)) return reason('titleOneLine');
  return slugify(title) === '' ? reason('noSlug') : undefined;
}

export function eleventyNewPost(req: EleventyNewPostRequest): EleventyNewPost {
  const problem = eleventyTitleProblem(req.title);
  if (problem !== undefined) return { ok: false, reason: problem };
  // Eleventy reads dates in UTC: the day in the file name is the UTC day.
  const day = new Date(req.nowMs).toISOString().slice(0, 10);
  const base = `${req.place.datePrefix ? `${day}-` : ''}${slugify(req.title)}`;
  let path = `${req.place.folder}/${base}.md`;
  for (let n = 2; req.exists(path); n++) path = `${req.place.folder}/${base}-${n}.md`;
  const tags = [...(req.place.postTag === '' ? [] : [req.place.postTag]), ...req.tags.filter((t) => t !== req.place.postTag)];
  const lines = ['---', `title: ${yamlScalar(req.title.trim())}`];
  if (!req.place.datePrefix) lines.push(`date: ${day}`);
  if (tags.length > 0) lines.push(`tags: [${tags.map(yamlScalar).join(', ')}]`);
  if (req.draft && req.config.eleventy.draftRule) lines.push('draft: true');
  lines.push('---', '', '');
  const text = lines.join('\n');
  return { ok: true, path, text, cursor: text.length };
}
