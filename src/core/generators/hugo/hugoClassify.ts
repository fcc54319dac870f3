/**
 * One Hugo page as Hugo 0.111.3 reads it: draft, the four dates from the `[frontmatter]` chains, future and
 * expired, title, slug, every taxonomy's terms and the RelPermalink. Pure; never throws for a user's file.
 */
import type { FileTime } from '../../fileTime';
import { titleizeSlug } from '../../slugify';
import { readHugoContentPath, hugoPageSections } from './hugoContentPath';
import { hugoPathContextOf, type HugoPathContext } from './hugoBundleHeaders';
import { resolveHugoDates } from './hugoDates';
import { hugoDraft, hugoPageStatus, hugoSlug, hugoTaxonomyNames, hugoTitle, hugoUrlField } from './hugoStatus';
import { hugoPageRelPermalink } from './hugoUrls';
import { isBuiltLanguage } from './hugoLanguages';
import { castToBool } from './goValues';
import type { HugoConfig } from './hugoSiteConfig';
import type { PostInfo, PostStatus } from '../../post';
import { invalidEncodingProblem, postInfoStart, type PostInfoStart } from '../postInfoStart';
import type { ReadPost } from '../../postRead';
import type { Problem } from '../../problem';
import type { Writable } from '../../writable';

export interface HugoClassifyContext {
  readonly config: HugoConfig;
  readonly nowMs: number;
  /** The site's bundle headers (`index.*`, `_index.*`), when the caller knows them. */
  readonly shapers?: ReadonlySet<string>;
}

const CATEGORIES = 'categories';
const TAGS = 'tags';

export function classifyHugoPage(sitePath: string, read: ReadPost, mtimeMs: FileTime, ctx: HugoClassifyContext): PostInfo {
  const { config } = ctx;
  const settings = config.hugo;
  const problems: Problem[] = [...read.problems];
  const frontMatter = read.frontMatter ?? {};
  const fileName = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const dot = fileName.lastIndexOf('.');
  const name = dot < 0 ? fileName : fileName.slice(0, dot);
  const pathContext: HugoPathContext = ctx.shapers === undefined ? {} : hugoPathContextOf(ctx.shapers);
  const place = readHugoContentPath(sitePath, settings, pathContext);
  // A file two content folders hold is two pages to Hugo, one file here: it is read as the first folder's.
  const reading = place.kind === 'content' ? place.readings[0] : undefined;
  const lang = config.siteLanguages.length > 0 ? reading?.lang : undefined;
  const start: Writable<PostInfoStart> = { path: sitePath, title: () => titleizeSlug(name), slug: name, frontMatter, wordsPerMinute: config.wordsPerMinute, problems };
  if (lang !== undefined) start.lang = lang;
  const info = postInfoStart(read, start);
  if (reading === undefined || (reading.class !== 'page' && reading.class !== 'leaf') || !isBuiltLanguage(settings, reading.lang)) return info('notPost');
  if (read.invalidEncoding) problems.push(invalidEncodingProblem);
  if (read.frontMatterError || read.invalidEncoding || read.frontMatter === undefined) return info('invalid');
  const fmLine = read.frontMatterLines?.start ?? 0;
  const format = read.format ?? 'yaml';
  if (reading.class === 'leaf' && castToBool(Object.entries(frontMatter).find(([k]) => k.toLowerCase() === 'headless')?.[1], format)) {
    return { ...info('notPost'), notPostReason: 'headless' };
  }
  const zone = config.zones.get(reading.lang) ?? config.zones.get(settings.defaultContentLanguage);
  if (zone === undefined) return info('invalid');
  const dates = resolveHugoDates({ frontMatter, chains: settings.frontmatter, zone, contentBaseName: reading.contentBaseName, modTimeMs: mtimeMs, format });
  for (const key of dates.unreadable) {
    problems.push({
      severity: 'warning',
      code: 'post.dateUnreadable',
      message: `Hugo cannot read the date in "${key}" and uses no date (0001-01-01) instead`,
      line: read.dateLine?.line ?? fmLine,
    });
  }
  const draft = hugoDraft(frontMatter, format);
  if (draft.warning !== undefined) problems.push({ severity: 'warning', code: 'post.draftAndPublished', message: draft.warning, line: fmLine });
  const status = hugoPageStatus({ draft: draft.draft, publishDate: dates.publishDate, expiryDate: dates.expiryDate }, settings, ctx.nowMs);
  const ownTitle = hugoTitle(frontMatter);
  const slug = hugoSlug(frontMatter) || (dates.filenameSlug ?? '');
  const names = hugoTaxonomyNames(frontMatter, settings.taxonomies, settings);
  let others: Record<string, string[]> | undefined;
  for (const plural in names) {
    if (plural !== CATEGORIES && plural !== TAGS) (others ??= {})[plural] = names[plural] ?? [];
  }
  const url = hugoPageRelPermalink(settings, {
    lang: reading.lang,
    dir: reading.dir,
    translationBaseName: reading.translationBaseName,
    contentBaseName: reading.contentBaseName,
    section: reading.section,
    sections: hugoPageSections(reading, pathContext),
    title: ownTitle,
    slug,
    url: hugoUrlField(frontMatter),
    date: dates.date,
  });
  if (!url.ok) problems.push({ severity: 'error', code: 'post.permalink', message: url.message, line: fmLine });
  const pageStatus: PostStatus = status.draft ? 'draft' : status.future ? 'future' : status.expired ? 'expired' : 'published';
  const found: Writable<Partial<PostInfo>> = {
    willPublish: status.built && url.ok,
    isDraft: status.draft,
    date: dates.date,
    title: ownTitle === '' ? titleizeSlug(reading.contentBaseName) : ownTitle,
    slug: slug === '' ? reading.contentBaseName : slug,
    categories: names[CATEGORIES] ?? [],
    tags: names[TAGS] ?? [],
    layout: typeof frontMatter['layout'] === 'string' ? frontMatter['layout'] : undefined,
    url: url.ok ? url.relPermalink : undefined,
  };
  if (others !== undefined) found.terms = others;
  if (dates.publishDate !== undefined && dates.publishDate.epochMs !== dates.date?.epochMs) found.publishAt = dates.publishDate.epochMs;
  if (dates.expiryDate !== undefined) found.expireAt = dates.expiryDate.epochMs;
  return info(pageStatus, found);
}
