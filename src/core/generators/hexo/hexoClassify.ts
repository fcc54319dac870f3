/**
 * One Hexo post as Hexo 8.1.2 reads it: draft (`_drafts`) or published flag, date, title, slug, tags, category
 * chains and path. Pure; never throws for a user's file.
 *
 * Hexo dates a post with no date of its own by the file's birth time. The seam hands over the modification time
 * only (the web's file system has no birth time), so that stands in: the two agree for a file written once, and
 * differ for a post edited since it was made.
 */
import type { FileTime } from '../../fileTime';
import { titleizeSlug } from '../../slugify';
import { jekyllDateAt } from '../../dates';
import { hexoPlaceOf } from './hexoPlace';
import { jsString } from './hexoValues';
import { hexoPostDate } from './hexoDates';
import { hexoFileNameTokens, hexoPostPath } from './hexoPermalink';
import { hexoCategoryChains, hexoCategoryNames, hexoCategorySlug, hexoTags } from './hexoTaxonomy';
import type { HexoConfig } from './hexoSiteConfig';
import type { PostInfo, PostStatus } from '../../post';
import { invalidEncodingProblem, postInfoStart } from '../postInfoStart';
import type { ReadPost } from '../../postRead';
import type { Problem } from '../../problem';
import type { TimeZone } from '../../timeZone';

export interface HexoClassifyContext {
  readonly config: HexoConfig;
  /** The machine's zone, which Hexo (a process with TZ) reads local times in and formats :year… in. */
  readonly machine: TimeZone;
  readonly nowMs: number;
}

// The file-name tokens Hexo does not copy onto the post (processor/post.ts preservedKeys).
const PRESERVED = new Set(['title', 'year', 'month', 'day', 'i_month', 'i_day', 'hash']);

/** warehouse's Boolean cast, which the `published` field goes through. */
function castBoolean(value: unknown): boolean {
  if (value === 'false' || value === '0') return false;
  return Boolean(value);
}

export function classifyHexoPost(sitePath: string, read: ReadPost, mtimeMs: FileTime, ctx: HexoClassifyContext): PostInfo {
  const { config, machine } = ctx;
  const settings = config.hexo;
  const problems: Problem[] = [...read.problems];
  const frontMatter = read.frontMatter ?? {};
  const place = hexoPlaceOf(sitePath, settings);
  const fileName = sitePath.slice(sitePath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const info = postInfoStart(read, { path: place.sitePath, title: () => titleizeSlug(fileName), slug: fileName, frontMatter, isDraft: place.kind === 'draft', wordsPerMinute: config.wordsPerMinute, problems });
  if (place.kind === 'outside') return info('notPost');
  if (place.kind === 'notPost') {
    problems.push({ severity: 'warning', code: `post.notPost.${place.reason}`, message: place.message, line: 0 });
    return { ...info('notPost'), notPostReason: place.reason };
  }
  if (read.invalidEncoding) problems.push(invalidEncodingProblem);
  if (read.frontMatterError || read.frontMatter === undefined) return info('invalid');
  const fmLine = read.frontMatterLines?.start ?? 0;

  const tokens = hexoFileNameTokens(settings.newPostName, place.jekyllPath);
  const slug = tokens['title'] ?? '';
  const isDraft = place.kind === 'draft';
  // Only a `_posts` file without its own `published` is published by default; a draft never is.
  const published = !isDraft && (Object.prototype.hasOwnProperty.call(frontMatter, 'published') ? castBoolean(frontMatter['published']) : true);
  const markedUnpublished = !isDraft && !published;

  const dated = hexoPostDate({ value: frontMatter['date'], fileName: tokens, fileTimeMs: mtimeMs, machine, siteZone: config.siteZone });
  if (dated.unread !== undefined) {
    problems.push({
      severity: 'warning',
      code: 'post.dateUnreadable',
      message: `the date "${dated.unread}" is not one Postcraft reads as JavaScript's Date does; Hexo dates a post whose date JavaScript cannot read by the file's time, which is used here`,
      line: read.dateLine?.line ?? fmLine,
    });
  }
  const date = jekyllDateAt(dated.epochMs, config.siteZone ?? machine);

  const chains = hexoCategoryChains(frontMatter);
  const tags = hexoTags(frontMatter);
  // :category is the slug of the post's category that the site's Category model holds last, i.e. was created last
  // anywhere in the site, which with several chains depends on the order Hexo happened to process files in (seen to
  // change between runs). The last chain's last category is that one whenever this post created its categories.
  const lastChain = chains[chains.length - 1];
  const ownTitle = typeof frontMatter['title'] === 'string' ? frontMatter['title'] : frontMatter['title'] === undefined || frontMatter['title'] === null ? '' : jsString(frontMatter['title']);
  const fields: Record<string, unknown> = { layout: 'post', comments: true, ...frontMatter, source: sitePath.slice(sitePath.indexOf(isDraft ? '_drafts/' : '_posts/')), slug, published };
  for (const [key, value] of Object.entries(tokens)) if (!PRESERVED.has(key)) fields[key] = value;
  const path = hexoPostPath(
    {
      slug,
      title: ownTitle,
      epochMs: dated.epochMs,
      machine,
      fields,
      lastCategorySlug: lastChain === undefined ? undefined : hexoCategorySlug(lastChain, settings.categoryMap, settings.filenameCase),
      ownPermalink: frontMatter['permalink'],
    },
    settings,
  );
  if (!path.ok) problems.push({ severity: 'warning', code: 'post.permalink', message: path.message, line: fmLine });

  const future = dated.epochMs > ctx.nowMs;
  const status: PostStatus = isDraft ? 'draft' : markedUnpublished ? 'unpublished' : future ? 'future' : 'published';
  const url = path.ok ? (path.path.startsWith('/') ? path.path : `/${path.path}`) : undefined;
  return info(status, {
    willPublish: (published || settings.renderDrafts) && (settings.future || !future) && url !== undefined,
    markedUnpublished,
    date,
    title: ownTitle === '' ? titleizeSlug(slug.slice(slug.lastIndexOf('/') + 1)) : ownTitle,
    slug,
    categories: hexoCategoryNames(chains),
    tags,
    layout: typeof frontMatter['layout'] === 'string' ? frontMatter['layout'] : undefined,
    url,
  });
}
