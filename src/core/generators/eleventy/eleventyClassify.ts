/**
 * One Eleventy template as Eleventy 3.1.8 reads it: the data cascade (data files, then front matter), whether it
 * is a post (in a post collection: the site's post tags, less `eleventyExcludeFromCollections`), its date, URL,
 * title and topic tags, and a draft only where the config shows a draft rule. What Eleventy computes by running
 * code is said to be computed (an `info` problem), never guessed. Pure; never throws for a user's file.
 */
import type { FileTime } from '../../fileTime';
import { titleizeSlug } from '../../slugify';
import { jekyllDateAt } from '../../dates';
import { createTimeZone } from '../../timeZone';
import { cleanTags, dataCascade, eleventyMerge, withCleanTags } from './eleventyData';
import { eleventyDate } from './eleventyDates';
import { eleventyFileSlug, eleventyUrl } from './eleventyUrls';
import { eleventyPlace } from './eleventyPlace';
import type { EleventyConfig } from './eleventySiteConfig';
import type { PostInfo } from '../../post';
import { invalidEncodingProblem, postInfoStart } from '../postInfoStart';
import type { ReadPost } from '../../postRead';
import type { Problem } from '../../problem';

const UTC = createTimeZone('UTC').zone;

/** Problem codes that say what Postcraft does not know about a post (the UI and the tests read them). */
export const ELEVENTY_COMPUTED = {
  permalink: 'eleventy.computedPermalink',
  date: 'eleventy.computedDate',
  tags: 'eleventy.computedTags',
  fileDate: 'eleventy.fileDate',
} as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The collections `eleventyExcludeFromCollections` keeps a template out of: all of them (true), or those named. */
function excludedFrom(value: unknown): { readonly all: boolean; readonly tags: readonly string[] } {
  if (value === true) return { all: true, tags: [] };
  if (typeof value === 'string') return { all: false, tags: value.split(',') };
  if (Array.isArray(value)) return { all: false, tags: value.map((v) => String(v)) };
  return { all: false, tags: [] };
}

export interface EleventyClassifyContext {
  readonly config: EleventyConfig;
}

export function classifyEleventyTemplate(sitePath: string, read: ReadPost, mtimeMs: FileTime, ctx: EleventyClassifyContext): PostInfo {
  const { config } = ctx;
  const settings = config.eleventy;
  const problems: Problem[] = [...read.problems];
  const frontMatter = read.frontMatter ?? {};
  const place = eleventyPlace(sitePath, settings.dirs, settings.ignores);
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const info = postInfoStart(read, { path: place.sitePath, title: () => titleizeSlug(name), slug: name, frontMatter, wordsPerMinute: config.wordsPerMinute, problems });
  if (place.kind !== 'template') return info('notPost');
  if (read.invalidEncoding) problems.push(invalidEncodingProblem);
  if (read.frontMatterError || read.invalidEncoding || read.frontMatter === undefined) return info('invalid');
  const fmLine = read.frontMatterLines?.start ?? 0;
  const cascade = dataCascade(place.sitePath, settings.dirs.input, settings.dataFiles);
  const merged = eleventyMerge(cascade.data, withCleanTags(frontMatter));
  const data: Record<string, unknown> = isRecord(merged) ? merged : {};
  const ownComputed = [...(read.computedKeys ?? []), ...(isRecord(frontMatter['eleventyComputed']) ? Object.keys(frontMatter['eleventyComputed']) : [])];
  // A key is unknown when code gives it and no plain value of the front matter replaces it (tags are joined).
  const unknown = (key: string): boolean => ownComputed.includes(key) || (cascade.computed.has(key) && (key === 'tags' || !(key in frontMatter)));

  const tagRead = cleanTags(data['tags']);
  if (tagRead.invalid) {
    problems.push({ severity: 'error', code: 'eleventy.tags', message: 'tags must be a string or a list: Eleventy stops the build', line: fmLine });
    return info('invalid', { data });
  }
  const excluded = excludedFrom(data['eleventyExcludeFromCollections']);
  const postTags = settings.postTags.filter((t) => tagRead.tags.includes(t) && !excluded.all && !excluded.tags.includes(t));
  if (postTags.length === 0) return info('notPost', { data, tags: tagRead.tags });
  if (unknown('tags')) {
    problems.push({ severity: 'info', code: ELEVENTY_COMPUTED.tags, message: 'Eleventy computes some of the tags by running code: only the plain ones are shown', line: fmLine });
  }

  const page = { inInput: place.inInput };
  const slug = eleventyFileSlug(page);
  let date: PostInfo['date'];
  if (unknown('date')) {
    problems.push({ severity: 'info', code: ELEVENTY_COMPUTED.date, message: 'Eleventy computes the date by running code: it is not shown', line: fmLine });
  } else {
    const found = eleventyDate(data['date'], place.sitePath, mtimeMs);
    if (!found.ok) {
      problems.push({ severity: 'error', code: 'eleventy.date', message: found.message, line: read.dateLine?.line ?? fmLine });
    } else {
      date = jekyllDateAt(found.epochMs, UTC);
      if (found.from === 'file' || found.from === 'git') {
        const why = found.from === 'git' ? 'Eleventy asks git for this date; the file\'s modification time is shown' : 'no date in the data or the path: Eleventy uses the file\'s creation time; its modification time is shown';
        problems.push({ severity: 'info', code: ELEVENTY_COMPUTED.fileDate, message: why, line: read.dateLine?.line ?? fmLine });
      }
    }
  }

  const renders = settings.markdownTemplateEngine === 'liquid' || settings.markdownTemplateEngine === 'njk';
  const url = unknown('permalink') ? { kind: 'computed' as const, template: '' } : eleventyUrl(page, data['permalink'], renders);
  if (url.kind === 'error') problems.push({ severity: 'error', code: 'eleventy.permalink', message: url.message, line: fmLine });
  if (url.kind === 'computed') {
    const what = url.template === '' ? 'by running code' : `from the template "${url.template}"`;
    problems.push({ severity: 'info', code: ELEVENTY_COMPUTED.permalink, message: `Eleventy computes this post's URL ${what}: it is not shown`, line: fmLine });
  }
  if (url.kind === 'error') return info('invalid', { data });

  const isDraft = settings.draftRule && data['draft'] !== undefined && data['draft'] !== null && data['draft'] !== false && data['draft'] !== '' && data['draft'] !== 0;
  const title = typeof data['title'] === 'string' && data['title'] !== '' ? data['title'] : titleizeSlug(slug === '' ? name : slug);
  return info(isDraft ? 'draft' : 'published', {
    willPublish: !isDraft && url.kind !== 'none',
    isDraft,
    data,
    date,
    title,
    slug,
    // The collection tags that make a post a post are on every post: the Tags tree shows the topics only.
    tags: tagRead.tags.filter((t) => !settings.postTags.includes(t) && t !== 'all'),
    layout: typeof data['layout'] === 'string' ? data['layout'] : undefined,
    url: url.kind === 'url' ? url.url : undefined,
  });
}
