/**
 * The preview's facts of a post as the site model classified it, for the generators whose front matter has no
 * defaults layer (every generator but Jekyll): no inherited keys; each generator states what differs from the
 * plain reading (categories, whether it is published or in the future, the reading time).
 */
import type { PostInfo } from '../post';
import type { PostFacts } from './postFacts';

export interface ModelFactsOptions {
  /** The front matter the card shows (the post's own, or the generator's merged data). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Categories shown on the card; none by default (the generator has no categories or shows them as terms). */
  readonly categories?: readonly string[];
  readonly published?: boolean;
  readonly future?: boolean;
  /** Minutes to read; the model's count by default. */
  readonly readingMinutes?: number | undefined;
  /** Which of the model's problems the card shows besides errors (a code). */
  readonly alsoShow?: string;
}

export function modelFacts(info: PostInfo, options: ModelFactsOptions): PostFacts {
  const shown = (p: PostInfo['problems'][number]): boolean => p.severity === 'error' || (options.alsoShow !== undefined && p.code === options.alsoShow);
  return {
    kind: info.isDraft ? 'draft' : info.status === 'notPost' || info.status === 'invalid' ? 'page' : 'post',
    data: options.data,
    inherited: new Set(),
    date: info.date,
    categories: options.categories ?? [],
    tags: info.tags,
    ...(info.terms === undefined ? {} : { terms: info.terms }),
    url: info.url,
    published: options.published ?? true,
    future: options.future ?? false,
    readingMinutes: 'readingMinutes' in options ? options.readingMinutes : info.readingMinutes,
    excerpt: info.excerpt?.text,
    problems: info.problems.filter(shown).map((p) => `line ${p.line + 1}: ${p.message}`),
  };
}
