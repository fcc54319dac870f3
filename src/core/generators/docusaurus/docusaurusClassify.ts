/**
 * One blog post as Docusaurus's blog plugin 3.10.2 reads it (`processBlogSourceFile`): draft and unlisted in a
 * production build, the date (front matter, a string read as UTC; else the path's date; else the file's time),
 * the title (front matter, else the body's `# h1`, else the file name), the slug and permalink, tags (tags.yml
 * or inline, keyed by permalink) and authors. Pure; never throws for a user's file.
 */
import { fileTimeMs, type FileTime } from '../../fileTime';
import { jekyllDateAt } from '../../dates';
import { docusaurusPlaceOf } from './docusaurusPaths';
import { jsDateMs, normalizeUrl, parseBlogFileName } from './docusaurusUrls';
import { lodashKebabCase } from './lodashKebabCase';
import type { DocusaurusConfig } from './docusaurusSiteConfig';
import type { PostContext, PostInfo } from '../../post';
import { invalidEncodingProblem, postInfoStart } from '../postInfoStart';
import type { ReadPost } from '../../postRead';
import type { Problem } from '../../problem';
import type { Writable } from '../../writable';

/** The permalink Docusaurus gives a tag name written in front matter: tags.yml's, else the inline kebab-case one. */
export function docusaurusTagPermalink(name: string, config: DocusaurusConfig): string {
  const defined = config.docusaurus.tags?.[name];
  return defined !== undefined ? defined.permalink : normalizeUrl([config.docusaurus.tagsRoute, lodashKebabCase(name)]);
}

/** The label Docusaurus shows for a tag name written in front matter. */
export function docusaurusTagLabel(name: string, config: DocusaurusConfig): string {
  return config.docusaurus.tags?.[name]?.label ?? name;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** Joi's boolean as the front-matter schema converts it (`true`, or the string `true` in any case). */
function joiTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}

/** The front-matter tags as names: a string as written, an inline `{ label, permalink }` by its label. */
function tagNames(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return undefined;
  const out: string[] = [];
  for (const tag of raw as unknown[]) {
    if (typeof tag === 'string') out.push(tag);
    else if (isRecord(tag) && typeof tag['label'] === 'string') out.push(tag['label']);
    else return undefined;
  }
  return out;
}

/** The authors as names: a key as written, an inline author by its key, else its name (legacy `author` too). */
function authorNames(frontMatter: Readonly<Record<string, unknown>>): string[] {
  const raw = frontMatter['authors'];
  const list: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const author of list) {
    if (typeof author === 'string') out.push(author);
    else if (isRecord(author)) {
      const name = typeof author['key'] === 'string' ? author['key'] : author['name'];
      if (typeof name === 'string') out.push(name);
    }
  }
  if (out.length === 0 && typeof frontMatter['author'] === 'string') out.push(frontMatter['author']);
  return out;
}

/** What the front-matter schema refuses (Docusaurus then stops the whole build), as messages. */
function schemaErrors(fm: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  for (const key of ['title', 'description', 'slug', 'id']) {
    if (fm[key] !== undefined && typeof fm[key] !== 'string') errors.push(`"${key}" must be a string`);
  }
  for (const key of ['draft', 'unlisted']) {
    const v = fm[key];
    if (v !== undefined && typeof v !== 'boolean' && !(typeof v === 'string' && /^\s*(?:true|false)\s*$/i.test(v))) errors.push(`"${key}" must be a boolean`);
  }
  if (tagNames(fm['tags']) === undefined) errors.push('"tags" must be a list of names or { label, permalink } objects');
  const date = fm['date'];
  if (date !== undefined && !(date instanceof Date) && typeof date !== 'number' && !(typeof date === 'string' && !Number.isNaN(Date.parse(date)))) {
    errors.push('"date" must be a date');
  }
  if (joiTrue(fm['draft']) && joiTrue(fm['unlisted'])) errors.push('a post cannot be both draft and unlisted');
  return errors;
}

export function classifyDocusaurusPost(sitePath: string, read: ReadPost, mtimeMs: FileTime, ctx: PostContext & { readonly config: DocusaurusConfig }): PostInfo {
  const { config } = ctx;
  const problems: Problem[] = [...read.problems];
  const frontMatter = read.frontMatter ?? {};
  const place = docusaurusPlaceOf(sitePath, config);
  const rel = place.kind === 'post' ? place.jekyllPath : sitePath;
  const parsed = parseBlogFileName(rel);
  const info = postInfoStart(read, { path: place.sitePath, title: parsed.text, slug: parsed.text, frontMatter, wordsPerMinute: config.wordsPerMinute, problems });
  if (place.kind === 'notPost') return { ...info('notPost'), notPostReason: place.reason };
  if (place.kind !== 'post') return info('notPost');
  if (read.invalidEncoding) problems.push(invalidEncodingProblem);
  if (read.frontMatterError || read.invalidEncoding || read.frontMatter === undefined) return info('invalid');
  const fmLine = read.frontMatterLines?.start ?? 0;
  const errors = schemaErrors(frontMatter);
  if (errors.length > 0) {
    for (const message of errors) problems.push({ severity: 'error', code: 'post.frontMatterSchema', message: `${message}; Docusaurus stops the build on it`, line: fmLine });
    return info('invalid');
  }
  const draft = joiTrue(frontMatter['draft']);
  const unlisted = joiTrue(frontMatter['unlisted']);
  // Date: front matter (a string gets a `Z`: UTC), else the path's date, else the file's time (Docusaurus asks git first).
  const raw = frontMatter['date'];
  let dateMs: number;
  if (raw !== undefined && raw !== null && raw !== '' && raw !== 0 && raw !== false) {
    dateMs = raw instanceof Date ? raw.getTime() : typeof raw === 'string' ? jsDateMs(`${raw}Z`) : Number(raw);
    if (Number.isNaN(dateMs)) {
      problems.push({
        severity: 'warning',
        code: 'post.dateUnreadable',
        message: `Docusaurus reads this date as "${typeof raw === 'string' ? raw : read.dateLine?.raw ?? ''}Z", which is no date: the post gets an Invalid Date. Write it without an offset (it is read as UTC) or as YYYY-MM-DD`,
        line: read.dateLine?.line ?? fmLine,
      });
    }
  } else if (parsed.dateMs !== undefined) {
    dateMs = parsed.dateMs;
  } else {
    dateMs = fileTimeMs(mtimeMs);
  }
  const title = typeof frontMatter['title'] === 'string' ? frontMatter['title'] : (read.contentTitle ?? parsed.text);
  const slug = typeof frontMatter['slug'] === 'string' ? frontMatter['slug'] : parsed.slug;
  const { baseUrl, blog } = config.docusaurus.text;
  const url = normalizeUrl([baseUrl, blog.routeBasePath, slug]);
  const tags = tagNames(frontMatter['tags']) ?? [];
  const inline = tags.filter((t) => config.docusaurus.tags !== null && config.docusaurus.tags[t] === undefined);
  if (inline.length > 0 && blog.onInlineTags !== 'ignore') {
    problems.push({
      severity: blog.onInlineTags === 'throw' ? 'error' : 'warning',
      code: 'post.inlineTags',
      message: `tags not defined in ${blog.tags ?? 'tags.yml'}: ${[...new Set(inline)].join(', ')}`,
      line: fmLine,
    });
  }
  const authors = authorNames(frontMatter);
  const authorsMap = config.docusaurus.authors;
  const unknown = (Array.isArray(frontMatter['authors']) ? (frontMatter['authors'] as unknown[]) : [frontMatter['authors']]).filter(
    (a): a is string => typeof a === 'string' && authorsMap?.[a] === undefined,
  );
  if (unknown.length > 0) {
    problems.push({ severity: 'error', code: 'post.unknownAuthor', message: `authors not in the authors map: ${unknown.join(', ')}; Docusaurus stops the build on it`, line: fmLine });
  }
  if (unlisted) {
    problems.push({ severity: 'info', code: 'post.unlisted', message: 'unlisted: a production build makes its page but leaves it out of lists, feeds, tags and the sitemap', line: fmLine });
  }
  const date = Number.isNaN(dateMs) ? undefined : jekyllDateAt(dateMs, ctx.zone);
  const found: Writable<Partial<PostInfo>> = {
    // What a production build (`docusaurus build`) makes: drafts are left out there, and only there.
    willPublish: !draft,
    isDraft: draft,
    date,
    title,
    slug,
    tags,
    url,
  };
  if (authors.length > 0) found.terms = { authors };
  return info(draft ? 'draft' : 'published', found);
}
