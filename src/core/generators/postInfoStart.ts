/**
 * What a post is to every generator but Jekyll before the generator's own rules say more: not a post, with no
 * date, names, layout or URL, the title and slug from its name, and the body's word count, excerpt and reading time.
 */
import type { PostInfo, PostStatus } from '../post';
import type { Problem } from '../problem';
import type { ReadPost } from '../postRead';
import { readingMinutes } from '../wordCount';
import type { Writable } from '../writable';

export interface PostInfoStart {
  readonly path: string;
  /** The title from the file's name; a function where it costs something and most posts give their own. */
  readonly title: string | (() => string);
  readonly slug: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** The data the generator gives the post; its front matter by default. */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly isDraft?: boolean;
  readonly lang?: string;
  readonly wordsPerMinute: number;
  /** The post's problems: the caller adds to the same list as it goes on. */
  readonly problems: Problem[];
}

/** The post's info with a status and what the generator found (`more`) over the start. */
export type PostInfoOf = (status: PostStatus, more?: Partial<PostInfo>) => PostInfo;

export function postInfoStart(read: ReadPost, start: PostInfoStart): PostInfoOf {
  const minutes = read.wordCount === undefined ? undefined : readingMinutes(read.wordCount, { wordsPerMinute: start.wordsPerMinute });
  return (status, more = {}) => {
    const info: Writable<PostInfo> = {
      path: start.path,
      status,
      willPublish: false,
      isDraft: start.isDraft ?? false,
      markedUnpublished: false,
      frontMatter: start.frontMatter,
      data: start.data ?? start.frontMatter,
      date: undefined,
      // Only made when the generator gives no title of its own (`more` replaces it then).
      title: more.title !== undefined ? more.title : typeof start.title === 'string' ? start.title : start.title(),
      slug: start.slug,
      categories: [],
      tags: [],
      layout: undefined,
      url: undefined,
      excerpt: read.excerpt,
      wordCount: read.wordCount,
      readingMinutes: minutes,
      frontMatterLines: read.frontMatterLines,
      problems: start.problems,
    };
    if (start.lang !== undefined) info.lang = start.lang;
    // What the generator found replaces the start's fields (as a spread would, at a fraction of its cost).
    return Object.assign(info, more);
  };
}

/** A file that is not valid UTF-8: an error at its first line. */
export const invalidEncodingProblem: Problem = { severity: 'error', code: 'post.encoding', message: 'the file is not valid UTF-8', line: 0 };
