/**
 * One post as Jekyll 4.3.1 sees it: status, effective front matter (defaults + own), date, title, slug,
 * categories, tags, URL and problems. Pure: the clock, zone and config come in. Never throws.
 */
import { fileTimeMs, type FileTime } from './fileTime';
import { setOwn } from './ownProperty';
import { placeOf } from './postPath';
import { mergeInto } from './defaults';
import { postStartData } from './postStartData';
import { jekyllDateAt, matchDatedFileName, parseFileNameDate, parseJekyllDate } from './dates';
import { wallClockAt } from './timeZone';
import { mergeCategories, populateCategories, populateTags, rubyToS } from './taxonomy';
import { titleizeSlug } from './slugify';
import { postUrl } from './permalink';
import { jekyllPublishes } from './generators/jekyll/jekyllClock';
import { readingMinutes } from './wordCount';
import type { JekyllConfig } from './config';
import type { SiteConfig } from './siteConfig';
import type { TimeZone } from './timeZone';
import type { JekyllDate } from './dates';
import type { Excerpt } from './excerpt';
import type { WordCount } from './wordCount';
import type { Problem } from './problem';
import type { NotPostReason, PostPlace } from './postPath';
import type { ReadPost } from './postRead';

export type PostStatus = 'published' | 'draft' | 'unpublished' | 'future' | 'expired' | 'invalid' | 'notPost';

/** Names one post may contribute; more are cut off with a warning. */
export const MAX_NAMES_PER_POST = 1000;

export interface PostContext {
  readonly config: SiteConfig;
  readonly zone: TimeZone;
  readonly nowMs: number;
  /** The site's files that shape their folders (Generator.shapesFolder), when the caller knows them. */
  readonly shapers?: ReadonlySet<string>;
}

export interface PostInfo {
  readonly path: string;
  readonly status: PostStatus;
  readonly notPostReason?: NotPostReason;
  /** Whether `jekyll build` with this config would publish it now (drafts only with show_drafts). */
  readonly willPublish: boolean;
  readonly isDraft: boolean;
  /** `published: false` (its own or from defaults): a post's status says so, a draft's does not. */
  readonly markedUnpublished: boolean;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** Effective data: defaults, own front matter and what Jekyll fills in (title, slug, categories, tags, date). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly date: JekyllDate | undefined;
  readonly title: string;
  readonly slug: string;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  /** Names in the site's other taxonomies (Hugo's `series`, `authors`…), by the taxonomy's plural key. */
  readonly terms?: Readonly<Record<string, readonly string[]>>;
  /** The post's language code on a multilingual site (see Generator.languages); undefined otherwise. */
  readonly lang?: string;
  /** When the post goes live, where that is not its date (Hugo's publishDate); epoch ms. */
  readonly publishAt?: number;
  /** When the post stops being built (Hugo's expiryDate); epoch ms. */
  readonly expireAt?: number;
  readonly layout: string | undefined;
  readonly url: string | undefined;
  readonly excerpt: Excerpt | undefined;
  /** Undefined when the post was read without counting (the site index). */
  readonly wordCount: WordCount | undefined;
  readonly readingMinutes: number | undefined;
  readonly frontMatterLines: { readonly start: number; readonly end: number } | undefined;
  readonly problems: readonly Problem[];
}

export interface PostFile {
  readonly path: string;
  readonly text: string;
  readonly mtimeMs: number;
}

/** What classifying decides, besides the status. */
type Classified = Pick<PostInfo, 'data' | 'date' | 'title' | 'slug' | 'categories' | 'tags' | 'layout' | 'url'>;

function capNames(names: string[], kind: string, problems: Problem[], line: number): string[] {
  if (names.length <= MAX_NAMES_PER_POST) return names;
  problems.push({ severity: 'warning', code: 'post.tooManyNames', message: `${names.length} ${kind}; only the first ${MAX_NAMES_PER_POST} are used here`, line });
  return names.slice(0, MAX_NAMES_PER_POST);
}

function outputExt(ext: string, config: JekyllConfig): string {
  const bare = (ext.startsWith('.') ? ext.slice(1) : ext).toLowerCase();
  return config.markdownExt.includes(bare) ? '.html' : ext;
}

/** The file name without its last extension (Jekyll's basename without ext). */
function withoutExt(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? fileName : fileName.slice(0, dot);
}

/** The last extension of a file name with its dot ("" when there is none or nothing follows the dot). */
function extOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot);
}

/** Ruby's `sub(/\.*$/, "")`: trailing dots off. */
function withoutTrailingDots(name: string): string {
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 0x2e) end--;
  return end === name.length ? name : name.slice(0, end);
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** One object literal with every field in one order: spreading a shared base costs more than the rest of classifying. */
function postInfo(
  place: PostPlace,
  read: ReadPost,
  frontMatter: Readonly<Record<string, unknown>>,
  problems: Problem[],
  readingTime: number | undefined,
  status: PostStatus,
  fields: Classified,
  willPublish: boolean,
  markedUnpublished: boolean,
): PostInfo {
  return {
    path: place.sitePath,
    status,
    willPublish,
    isDraft: place.kind === 'draft',
    markedUnpublished,
    frontMatter,
    data: fields.data,
    date: fields.date,
    title: fields.title,
    slug: fields.slug,
    categories: fields.categories,
    tags: fields.tags,
    layout: fields.layout,
    url: fields.url,
    excerpt: read.excerpt,
    wordCount: read.wordCount,
    readingMinutes: readingTime,
    frontMatterLines: read.frontMatterLines,
    problems,
  };
}

/** What a file Jekyll does not read as a post is shown with. */
function unclassified(frontMatter: Readonly<Record<string, unknown>>, fileName: string): Classified {
  const slug = withoutExt(fileName);
  return { data: frontMatter, date: undefined, title: titleizeSlug(slug), slug, categories: [], tags: [], layout: undefined, url: undefined };
}

/** Classifies a post from its already read text (see readPost); used by the model on renames and config changes. */
export function classifyRead(
  path: string,
  read: ReadPost,
  mtimeMs: FileTime,
  ctx: PostContext & { readonly config: JekyllConfig },
  place: PostPlace = placeOf(path, ctx.config),
): PostInfo {
  const { config, zone } = ctx;
  const problems: Problem[] = read.problems.length === 0 ? [] : [...read.problems];
  const frontMatter = read.frontMatter ?? {};
  const readingTime = read.wordCount === undefined ? undefined : readingMinutes(read.wordCount, { wordsPerMinute: config.wordsPerMinute });
  const fileName = place.sitePath.slice(place.sitePath.lastIndexOf('/') + 1);
  if (place.kind === 'outside' || place.kind === 'notPost') {
    const reason = place.kind === 'notPost' ? place.reason : undefined;
    if (place.kind === 'notPost') problems.push({ severity: 'warning', code: `post.notPost.${place.reason}`, message: place.message, line: 0 });
    const info = postInfo(place, read, frontMatter, problems, readingTime, 'notPost', unclassified(frontMatter, fileName), false, false);
    return reason === undefined ? info : { ...info, notPostReason: reason };
  }
  if (read.invalidEncoding) {
    problems.push({ severity: 'error', code: 'post.encoding', message: 'the file is not valid UTF-8; Jekyll skips it', line: 0 });
  }
  if (read.frontMatterError || read.invalidEncoding || read.frontMatter === undefined) {
    return postInfo(place, read, frontMatter, problems, readingTime, 'invalid', unclassified(frontMatter, fileName), false, false);
  }
  const fmLine = read.frontMatterLines?.start ?? 0;

  // Jekyll's order: categories from the path, then defaults (both decided by the folder), then the file's own front matter.
  const start = postStartData(config, place.jekyllPath, place.sitePath, place.specialDir);
  if (!start.ok) {
    problems.push({ severity: 'error', code: 'post.categories', message: start.message, line: fmLine });
    return postInfo(place, read, frontMatter, problems, readingTime, 'invalid', unclassified(frontMatter, fileName), false, false);
  }
  // Copied key by key into a new literal: a spread copy of a shared object, grown afterwards, costs several times more.
  const data: Record<string, unknown> = {};
  for (let i = 0; i < start.keys.length; i++) {
    const key = start.keys[i] as string;
    setOwn(data, key, start.data[key]);
  }
  const ownCategories = read.frontMatter['categories'];
  const merged = mergeCategories(data['categories'], ownCategories);
  if (!merged.ok) {
    problems.push({ severity: 'error', code: 'post.categories', message: merged.message, line: fmLine });
    return postInfo(place, read, frontMatter, problems, readingTime, 'invalid', unclassified(frontMatter, fileName), false, false);
  }
  mergeInto(data, read.frontMatter);
  // merge_categories!: the merged list, where the file writes categories of its own.
  if (ownCategories !== undefined && ownCategories !== null) setOwn(data, 'categories', merged.value);

  // Date: front matter (or defaults) first, else the file name, else (drafts) the modification time.
  const named = matchDatedFileName(place.jekyllPath);
  let date: JekyllDate;
  const rawDate = data['date'];
  if (isSet(rawDate)) {
    const parsed = parseJekyllDate(rubyToS(rawDate), zone);
    const line = read.dateLine?.line ?? fmLine;
    if (!parsed.ok) {
      problems.push({ severity: 'error', code: 'post.date', message: `${parsed.message}; Jekyll stops the whole build on it`, line });
      return postInfo(place, read, frontMatter, problems, readingTime, 'invalid', unclassified(frontMatter, fileName), false, false);
    }
    date = parsed.date;
    if (read.dateLine && / UTC$/.test(rubyToS(rawDate)) && !/(?:Z|UTC|GMT)\s*['"]?\s*$/i.test(read.dateLine.raw)) {
      problems.push({
        severity: 'warning',
        code: 'post.dateUtc',
        message: `date has no time zone, so Jekyll reads it as UTC: ${date.iso}. Add an offset (e.g. +09:00) or quote it`,
        line,
      });
    }
  } else if (named) {
    const parsed = parseFileNameDate(named.date, zone);
    if (!parsed.ok) {
      problems.push({ severity: 'error', code: 'post.date', message: `file name date ${parsed.message}`, line: 0 });
      return postInfo(place, read, frontMatter, problems, readingTime, 'invalid', unclassified(frontMatter, fileName), false, false);
    }
    date = parsed.date;
  } else {
    date = jekyllDateAt(fileTimeMs(mtimeMs), zone);
  }
  data['date'] = date.iso;

  const nameSlug = withoutTrailingDots(named ? named.slug : withoutExt(fileName));
  const title = isSet(data['title']) ? rubyToS(data['title']) : titleizeSlug(nameSlug);
  const slug = isSet(data['slug']) ? rubyToS(data['slug']) : nameSlug;
  data['title'] = title;
  data['slug'] = slug;
  const categories = capNames(populateCategories(data), 'categories', problems, fmLine);
  const tags = capNames(populateTags(data), 'tags', problems, fmLine);
  data['categories'] = categories;
  data['tags'] = tags;
  data['draft'] = place.kind === 'draft';

  const ext = extOf(fileName);
  const url = postUrl(config.postsPermalink, data['permalink'], {
    relativePath: place.jekyllPath,
    collectionLabel: 'posts',
    collectionDir: '_posts',
    slug,
    categories,
    date: wallClockAt(date.epochMs, zone),
    outputExt: outputExt(ext, config),
  });
  if (!url.ok) problems.push({ severity: 'error', code: 'post.permalink', message: url.message, line: fmLine });

  const unpublished = data['published'] === false;
  const future = date.epochMs > ctx.nowMs;
  const status: PostStatus = place.kind === 'draft' ? 'draft' : unpublished ? 'unpublished' : future ? 'future' : 'published';
  const willPublish = jekyllPublishes({ isDraft: place.kind === 'draft', markedUnpublished: unpublished, future, expired: false, hasUrl: url.ok }, config);
  const layout = data['layout'] === undefined || data['layout'] === null ? undefined : rubyToS(data['layout']);
  return postInfo(place, read, frontMatter, problems, readingTime, status, { data, date, title, slug, categories, tags, layout, url: url.ok ? url.url : undefined }, willPublish, unpublished);
}
