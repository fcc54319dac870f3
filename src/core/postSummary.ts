/**
 * What the site model keeps of each post: enough for the tree, the CLI, links and hovers, and small enough for
 * 50k posts (no front matter, no body text, no description or excerpt: a tooltip reads those from the file when
 * it is shown). Plain data, so a persisted index can store it as JSON.
 */
import { detached } from './detachedString';
import { ownCopies, sameList, type StringCopies } from './sharedStrings';
import { setOwn } from './ownProperty';
import { rubyToS } from './taxonomy';
import type { PostInfo } from './post';
import type { Writable } from './writable';

const DESCRIPTION_MAX = 300;
/** The excerpt is shown in a tooltip when there is no description: its start is enough. */
const EXCERPT_MAX = 160;

/** The parts of PostInfo a list needs, with the heavy ones (front matter, data, body figures) left out. */
export type PostSummary = Omit<PostInfo, 'frontMatter' | 'data' | 'excerpt' | 'wordCount' | 'readingMinutes'> & {
  /** The top-level keys the file itself writes (for completing keys the site uses), at most 64. */
  readonly keys: readonly string[];
};

/** What a tooltip says of a post besides its summary: the description, else the start of the excerpt. */
export interface PostBlurb {
  /** `description` from the front matter (or defaults), shortened. */
  readonly description: string | undefined;
  /** A short plain-text excerpt. */
  readonly excerpt: string | undefined;
}

export function blurbOf(info: PostInfo): PostBlurb {
  const raw = info.data['description'];
  return {
    description: raw === undefined || raw === null ? undefined : rubyToS(raw).slice(0, DESCRIPTION_MAX),
    excerpt: info.excerpt?.text.slice(0, EXCERPT_MAX),
  };
}

/**
 * The summary of a classified post, with its strings copied: strings parsed from a file are slices that would
 * otherwise keep the file's whole text in memory for as long as the model lives. A model passes its SharedStrings,
 * so the names and keys that posts repeat are kept once.
 */
export function summarizePost(info: PostInfo, copies: StringCopies = ownCopies): PostSummary {
  // Built from `info` directly, in the field order of summaryOf (one shape for every summary), without summaryOf's
  // copy; the optional fields are set after, where they have a value (see writable.ts).
  const date = info.date;
  const lines = info.frontMatterLines;
  const summary: Writable<PostSummary> = {
    path: detached(info.path),
    status: info.status,
    willPublish: info.willPublish,
    isDraft: info.isDraft,
    markedUnpublished: info.markedUnpublished,
    date: date === undefined ? undefined : { epochMs: date.epochMs, offsetMinutes: date.offsetMinutes, iso: detached(date.iso) },
    title: detached(info.title),
    slug: detached(info.slug),
    categories: copies.list(info.categories),
    tags: copies.list(info.tags),
    layout: info.layout === undefined ? undefined : copies.string(info.layout),
    url: info.url === undefined ? undefined : detached(info.url),
    frontMatterLines: lines === undefined ? undefined : { start: lines.start, end: lines.end },
    problems: info.problems.length === 0 ? noProblems : info.problems.map(detachedProblem),
    keys: copies.keyList(frontMatterKeys(info.frontMatter)),
  };
  if (info.notPostReason !== undefined) summary.notPostReason = info.notPostReason;
  if (info.terms !== undefined) summary.terms = copiedTerms(info.terms, copies);
  if (info.lang !== undefined) summary.lang = copies.string(info.lang);
  if (info.publishAt !== undefined) summary.publishAt = info.publishAt;
  if (info.expireAt !== undefined) summary.expireAt = info.expireAt;
  return summary;
}

/** The one empty list of problems that summaries without any share (never to be changed). */
export const noProblems: readonly PostSummary['problems'][number][] = [];

function detachedProblem(p: PostSummary['problems'][number]): PostSummary['problems'][number] {
  const problem: Writable<PostSummary['problems'][number]> = { severity: p.severity, code: detached(p.code), message: detached(p.message), line: p.line };
  if (p.column !== undefined) problem.column = p.column;
  return problem;
}

function copiedTerms(terms: Readonly<Record<string, readonly string[]>>, copies: StringCopies): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const plural in terms) {
    if (Object.prototype.hasOwnProperty.call(terms, plural)) setOwn(out, copies.string(plural), copies.list(terms[plural] ?? []));
  }
  return out;
}

/** The top-level keys the file writes, at most 64 (the front matter's own strings: the caller copies them). */
function frontMatterKeys(frontMatter: Readonly<Record<string, unknown>>): string[] {
  const keys: string[] = [];
  for (const key in frontMatter) {
    if (!Object.prototype.hasOwnProperty.call(frontMatter, key)) continue;
    if (keys.length === 64) break;
    keys.push(key);
  }
  return keys;
}

/**
 * The summary sharing its strings with the file's text: for a caller that copies it anyway (a worker's
 * postMessage clones it), where the JSON copy would be wasted.
 */
export function summaryOf(info: PostInfo): PostSummary {
  const summary: Writable<PostSummary> = {
    path: info.path,
    status: info.status,
    willPublish: info.willPublish,
    isDraft: info.isDraft,
    markedUnpublished: info.markedUnpublished,
    date: info.date,
    title: info.title,
    slug: info.slug,
    categories: info.categories,
    tags: info.tags,
    layout: info.layout,
    url: info.url,
    frontMatterLines: info.frontMatterLines,
    problems: info.problems,
    keys: Object.keys(info.frontMatter).slice(0, 64),
  };
  if (info.notPostReason !== undefined) summary.notPostReason = info.notPostReason;
  if (info.terms !== undefined) summary.terms = info.terms;
  if (info.lang !== undefined) summary.lang = info.lang;
  if (info.publishAt !== undefined) summary.publishAt = info.publishAt;
  if (info.expireAt !== undefined) summary.expireAt = info.expireAt;
  return summary;
}

/**
 * A summary made apart from a model (a worker's, cloned into this thread) with the names and keys that posts
 * repeat taken from `copies`: the summary's own copies of them are left to the garbage collector while they are
 * young, instead of being kept, and moved, once per post.
 */
export function sharingNames(summary: PostSummary, copies: StringCopies): PostSummary {
  const shared: Writable<PostSummary> = {
    ...summary,
    categories: copies.list(summary.categories),
    tags: copies.list(summary.tags),
    layout: summary.layout === undefined ? undefined : copies.string(summary.layout),
    problems: summary.problems.length === 0 ? noProblems : summary.problems,
    keys: copies.keyList(summary.keys),
  };
  if (summary.terms !== undefined) shared.terms = copiedTerms(summary.terms, copies);
  if (summary.lang !== undefined) shared.lang = copies.string(summary.lang);
  return shared;
}

/** Equal in everything a view shows, so an edit that changes nothing visible emits no change. */
export function sameSummary(a: PostSummary, b: PostSummary): boolean {
  return (
    a.status === b.status && a.willPublish === b.willPublish && a.markedUnpublished === b.markedUnpublished && a.title === b.title && a.slug === b.slug && a.url === b.url && a.lang === b.lang &&
    a.layout === b.layout && a.date?.iso === b.date?.iso && sameList(a.categories, b.categories) && sameList(a.tags, b.tags) &&
    a.publishAt === b.publishAt && a.expireAt === b.expireAt && JSON.stringify(a.terms) === JSON.stringify(b.terms) &&
    a.frontMatterLines?.start === b.frontMatterLines?.start &&
    a.frontMatterLines?.end === b.frontMatterLines?.end && JSON.stringify(a.problems) === JSON.stringify(b.problems)
  );
}
