/** The `site` and `page` objects a post's Liquid sees, shaped as Jekyll's drops are. */
import type { JekyllConfig } from '../config';
import { titleizeSlug } from '../slugify';
import { formatIso } from '../dates';
import type { JekyllDate } from '../dates';
import type { PostFacts } from './postFacts';

/** A Date that prints as Ruby's Time#to_s does ("2024-03-05 10:20:30 +0900"), which is what `{{ page.date }}` shows. */
export class RubyTime extends Date {
  constructor(
    epochMs: number,
    private readonly offsetMinutes: number,
  ) {
    super(epochMs);
  }
  override toString(): string {
    return formatIso(this.getTime(), this.offsetMinutes)
      .replace('T', ' ')
      .replace(/\.\d+/, '')
      .replace(/([+-]\d\d):(\d\d)$/, ' $1$2');
  }
}

export interface ScopeInput {
  readonly config: JekyllConfig;
  readonly facts: PostFacts;
  readonly sitePath: string;
  readonly siteData: Readonly<Record<string, unknown>>;
  readonly now: JekyllDate;
}

function timeOf(date: JekyllDate): RubyTime {
  return new RubyTime(date.epochMs, date.offsetMinutes);
}

/** `{ site, page }` for rendering one document. */
export function liquidScope(input: ScopeInput): Record<string, unknown> {
  const { config, facts, sitePath } = input;
  const base = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const slug = stem.replace(/^\d{2,4}-\d{1,2}-\d{1,2}-/, '');
  const page: Record<string, unknown> = {
    ...facts.data,
    categories: facts.categories,
    tags: facts.tags,
    path: sitePath,
    relative_path: sitePath,
    name: base,
    slug: typeof facts.data['slug'] === 'string' ? facts.data['slug'] : slug,
    ext: base.includes('.') ? base.slice(base.lastIndexOf('.')) : '',
  };
  if (facts.url !== undefined) {
    page['url'] = facts.url;
    page['id'] = facts.url.replace(/\.html$/, '');
  }
  if (facts.date !== undefined) page['date'] = timeOf(facts.date);
  if (facts.kind !== 'page') {
    page['collection'] = 'posts';
    page['draft'] = facts.kind === 'draft';
    page['title'] ??= titleizeSlug(slug);
    if (facts.excerpt !== undefined) page['excerpt'] ??= facts.excerpt;
  }
  const site: Record<string, unknown> = {
    ...config.raw,
    url: config.url,
    baseurl: config.baseurl,
    time: timeOf(input.now),
    data: input.siteData,
    posts: [],
    pages: [],
    categories: {},
    tags: {},
  };
  return { site, page };
}
