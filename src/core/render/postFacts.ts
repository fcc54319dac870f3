/**
 * What the preview needs to know about the document it shows, taken from the site model's `analyzePost`
 * (effective front matter, date, categories, tags, URL, status, reading time, excerpt), plus which keys
 * come only from `defaults:` (the card marks them). Pages and files the model does not take as posts get
 * their defaults merged here. No I/O.
 */
import type { JekyllConfig } from '../config';
import { defaultsFor, deepMerge } from '../defaults';
import type { JekyllDate } from '../dates';
import { analyzePost } from '../analyzePost';
import { impliedByJekyll } from './impliedDefaults';
import { populateCategories, populateTags } from '../taxonomy';
import type { TimeZone } from '../timeZone';

export type PostKind = 'post' | 'draft' | 'page';

export interface PostFacts {
  readonly kind: PostKind;
  /** Effective front matter: defaults, the post's own, and what Jekyll fills in. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Top-level keys whose value comes only from `defaults:`, less those that restate what Jekyll implies (impliedDefaults.ts). */
  readonly inherited: ReadonlySet<string>;
  readonly date: JekyllDate | undefined;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  /** The post's URL on the site (without baseurl), when it can be computed. */
  readonly url: string | undefined;
  readonly published: boolean;
  readonly future: boolean;
  /** Past its expiry date (Hugo's expiryDate), so no longer built. */
  readonly expired?: boolean;
  /** Names in the site's other taxonomies (Hugo's `series`, `authors`…), by the taxonomy's plural key. */
  readonly terms?: Readonly<Record<string, readonly string[]>>;
  /** Minutes to read (CJK-aware), when the model counted them. */
  readonly readingMinutes: number | undefined;
  /** Plain-text excerpt (up to `excerpt_separator`, or front matter `excerpt`). */
  readonly excerpt: string | undefined;
  readonly problems: readonly string[];
}

export interface PostFactsInput {
  readonly config: JekyllConfig;
  readonly zone: TimeZone;
  /** Path relative to the site source, with "/" separators. */
  readonly sitePath: string;
  /** The whole file text (the model reads the front matter itself). */
  readonly text: string;
  /** The post's own front matter, as the pipeline read it (used for pages). */
  readonly ownData: Readonly<Record<string, unknown>>;
  readonly nowMs: number;
  /** Modification time: dates drafts, as Jekyll does. */
  readonly mtimeMs: number;
}

/** Computes the facts of one document of the site. Never throws. */
export function postFacts(input: PostFactsInput): PostFacts {
  const { config, sitePath, ownData } = input;
  const info = analyzePost({ path: sitePath, text: input.text, mtimeMs: input.mtimeMs }, { config, zone: input.zone, nowMs: input.nowMs });
  const isPost = info.status !== 'notPost' && info.status !== 'invalid';
  const type = isPost ? 'posts' : 'pages';
  const jekyllPath = config.collectionsDir !== '' && sitePath.startsWith(`${config.collectionsDir}/`) ? sitePath.slice(config.collectionsDir.length + 1) : sitePath;
  const defaults = defaultsFor(config, jekyllPath, sitePath, type);
  const implied = { config, type, isDraft: info.isDraft };
  // A scalar default the effective data does not hold (Jekyll set its own, as `draft` in _drafts) had no effect.
  const tookEffect = (k: string): boolean => typeof defaults[k] === 'object' || !isPost || info.data[k] === defaults[k];
  const inherited = new Set(
    Object.keys(defaults).filter((k) => (ownData[k] === undefined || ownData[k] === null) && tookEffect(k) && !impliedByJekyll(k, defaults[k], implied)),
  );
  const problems = info.problems.filter((p) => p.severity === 'error').map((p) => `line ${p.line + 1}: ${p.message}`);
  if (isPost) {
    return {
      kind: info.isDraft ? 'draft' : 'post',
      data: info.data,
      inherited,
      date: info.date,
      categories: info.categories,
      tags: info.tags,
      url: info.url,
      published: info.status !== 'unpublished',
      future: info.date !== undefined && info.date.epochMs > input.nowMs,
      readingMinutes: info.readingMinutes,
      excerpt: info.excerpt?.text,
      problems,
    };
  }
  const data = deepMerge(defaults, ownData);
  const base = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const own = data['permalink'];
  const url = typeof own === 'string' && own !== '' ? own : `/${sitePath.slice(0, sitePath.length - base.length)}${stem === 'index' ? '' : `${stem}.html`}`;
  return {
    kind: 'page',
    data,
    inherited,
    date: undefined,
    categories: populateCategories(data),
    tags: populateTags(data),
    url,
    published: data['published'] !== false,
    future: false,
    readingMinutes: info.readingMinutes,
    excerpt: info.excerpt?.text,
    problems: info.status === 'invalid' ? problems : [],
  };
}
