/**
 * What the preview needs of a Hugo page, read by the site's generator as the site model reads it: the front matter
 * (YAML, TOML or JSON, never evaluated), where the body starts, and the page's title, date, status (draft, future,
 * expired), taxonomies and URL. No I/O; never throws for a user's file.
 */
import { generatorOf } from '../../generators/generators';
import type { HugoConfig } from '../../generators/hugo/hugoSiteConfig';
import type { PostInfo } from '../../post';
import type { ReadPost } from '../../postRead';
import { createTimeZone } from '../../timeZone';
import type { PostFacts } from '../postFacts';

export interface HugoPage {
  readonly facts: PostFacts;
  readonly title: string;
  /** The page's own front matter ({} when it has none or it could not be read). */
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** The file line where the body starts. */
  readonly bodyLine: number;
  /** Front matter that could not be read, and the like. */
  readonly problems: readonly string[];
}

export interface HugoPageInput {
  readonly config: HugoConfig;
  readonly sitePath: string;
  readonly text: string;
  readonly nowMs: number;
  readonly mtimeMs: number;
}

function problemText(p: { readonly line: number; readonly message: string }): string {
  return `line ${p.line + 1}: ${p.message}`;
}

/**
 * The line after a front-matter block Hugo could not read (`---js`, bad TOML…), so the block is not shown as text;
 * 0 when it has no closing delimiter.
 */
function lineAfterBrokenBlock(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split('\n', 2_000);
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  const delimiter = /^(---|\+\+\+)/.exec(lines[first] ?? '')?.[1];
  if (delimiter === undefined) return 0;
  for (let i = first + 1; i < lines.length; i++) if ((lines[i] ?? '').trimEnd() === delimiter) return i + 1;
  return 0;
}

function facts(info: PostInfo, read: ReadPost, nowMs: number): PostFacts {
  const publishMs = info.publishAt ?? info.date?.epochMs;
  return {
    kind: info.isDraft ? 'draft' : info.status === 'notPost' || info.status === 'invalid' ? 'page' : 'post',
    data: read.frontMatter ?? {},
    inherited: new Set(),
    date: info.date,
    categories: info.categories,
    tags: info.tags,
    ...(info.terms === undefined ? {} : { terms: info.terms }),
    url: info.url,
    published: true,
    // A draft is also future or expired by its dates, which the card shows too.
    future: info.status === 'future' || (info.isDraft && publishMs !== undefined && publishMs > nowMs),
    expired: info.expireAt !== undefined && info.expireAt < nowMs,
    readingMinutes: info.readingMinutes,
    excerpt: info.excerpt?.text,
    problems: info.problems.filter((p) => p.severity === 'error').map(problemText),
  };
}

/** Reads and classifies the page. */
export function readHugoPage(input: HugoPageInput): HugoPage {
  const { config, text } = input;
  const generator = generatorOf(config);
  // Words are counted on the rendered page (as Hugo counts them) and the summary comes from it too: the reader
  // need not go through the Markdown for them.
  const read = generator.readPost(text, config, { countWords: false, excerpt: false });
  const zone = config.zones.get(config.hugo.defaultContentLanguage) ?? createTimeZone('UTC').zone;
  let info: PostInfo;
  try {
    info = generator.classify(input.sitePath, read, input.mtimeMs, { config, zone, nowMs: input.nowMs });
  } catch (error) {
    // A bug, not the user's file: the page still renders, with the reason shown.
    const message = error instanceof Error ? error.message : String(error);
    return { facts: facts(emptyInfo(input.sitePath, read), read, input.nowMs), title: input.sitePath, frontMatter: read.frontMatter ?? {}, bodyLine: read.bodyLine, problems: [`internal error: ${message}`] };
  }
  const pageFacts = facts(info, read, input.nowMs);
  const own = read.frontMatter?.['title'];
  // The reader's own problems (an unreadable front matter among them) are the page's too.
  const bodyLine = read.frontMatterError ? lineAfterBrokenBlock(text) : read.bodyLine;
  return { facts: pageFacts, title: typeof own === 'string' && own.trim() !== '' ? own : info.title, frontMatter: read.frontMatter ?? {}, bodyLine, problems: pageFacts.problems };
}

function emptyInfo(path: string, read: ReadPost): PostInfo {
  return {
    path, status: 'invalid', willPublish: false, isDraft: false, markedUnpublished: false, frontMatter: {}, data: {}, date: undefined,
    title: path, slug: '', categories: [], tags: [], layout: undefined, url: undefined, excerpt: read.excerpt,
    wordCount: read.wordCount, readingMinutes: undefined, frontMatterLines: read.frontMatterLines, problems: [],
  };
}
