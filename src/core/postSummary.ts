/**
 * What the site model keeps of each post: enough for the tree, the CLI, links and hovers, and small enough for
 * 50k posts (no front matter, no body text, no description or excerpt: a tooltip reads those from the file when
 * it is shown). Plain data, so a persisted index can store it as JSON.
 */
import { detached, detachedList } from './detachedString';
import { rubyToS } from './taxonomy';
import type { PostInfo } from './post';

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
 * otherwise keep the file's whole text in memory for as long as the model lives.
 */
export function summarizePost(info: PostInfo): PostSummary {
  const s = summaryOf(info);
  const optional = (v: string | undefined): string | undefined => (v === undefined ? undefined : detached(v));
  return {
    path: detached(s.path),
    status: s.status,
    ...(s.notPostReason === undefined ? {} : { notPostReason: s.notPostReason }),
    willPublish: s.willPublish,
    isDraft: s.isDraft,
    markedUnpublished: s.markedUnpublished,
    date: s.date === undefined ? undefined : { epochMs: s.date.epochMs, offsetMinutes: s.date.offsetMinutes, iso: detached(s.date.iso) },
    title: detached(s.title),
    slug: detached(s.slug),
    categories: detachedList(s.categories),
    tags: detachedList(s.tags),
    ...(s.terms === undefined ? {} : { terms: Object.fromEntries(Object.entries(s.terms).map(([k, v]) => [detached(k), detachedList(v)])) }),
    ...(s.lang === undefined ? {} : { lang: detached(s.lang) }),
    ...(s.publishAt === undefined ? {} : { publishAt: s.publishAt }),
    ...(s.expireAt === undefined ? {} : { expireAt: s.expireAt }),
    layout: optional(s.layout),
    url: optional(s.url),
    frontMatterLines: s.frontMatterLines === undefined ? undefined : { start: s.frontMatterLines.start, end: s.frontMatterLines.end },
    problems: s.problems.map((p) => ({
      severity: p.severity,
      code: detached(p.code),
      message: detached(p.message),
      line: p.line,
      ...(p.column === undefined ? {} : { column: p.column }),
    })),
    keys: detachedList(s.keys),
  };
}

/**
 * The summary sharing its strings with the file's text: for a caller that copies it anyway (a worker's
 * postMessage clones it), where the JSON copy would be wasted.
 */
export function summaryOf(info: PostInfo): PostSummary {
  return {
    path: info.path,
    status: info.status,
    ...(info.notPostReason === undefined ? {} : { notPostReason: info.notPostReason }),
    willPublish: info.willPublish,
    isDraft: info.isDraft,
    markedUnpublished: info.markedUnpublished,
    date: info.date,
    title: info.title,
    slug: info.slug,
    categories: info.categories,
    tags: info.tags,
    ...(info.terms === undefined ? {} : { terms: info.terms }),
    ...(info.lang === undefined ? {} : { lang: info.lang }),
    ...(info.publishAt === undefined ? {} : { publishAt: info.publishAt }),
    ...(info.expireAt === undefined ? {} : { expireAt: info.expireAt }),
    layout: info.layout,
    url: info.url,
    frontMatterLines: info.frontMatterLines,
    problems: info.problems,
    keys: Object.keys(info.frontMatter).slice(0, 64),
  };
}

/** Equal in everything a view shows, so an edit that changes nothing visible emits no change. */
export function sameSummary(a: PostSummary, b: PostSummary): boolean {
  const sameList = (x: readonly unknown[], y: readonly unknown[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.status === b.status && a.willPublish === b.willPublish && a.markedUnpublished === b.markedUnpublished && a.title === b.title && a.slug === b.slug && a.url === b.url && a.lang === b.lang &&
    a.layout === b.layout && a.date?.iso === b.date?.iso && sameList(a.categories, b.categories) && sameList(a.tags, b.tags) &&
    a.publishAt === b.publishAt && a.expireAt === b.expireAt && JSON.stringify(a.terms) === JSON.stringify(b.terms) &&
    a.frontMatterLines?.start === b.frontMatterLines?.start &&
    a.frontMatterLines?.end === b.frontMatterLines?.end && JSON.stringify(a.problems) === JSON.stringify(b.problems)
  );
}
