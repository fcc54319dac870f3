/**
 * The optional part of the generator seam for front-matter intelligence: the keys a generator reads, the lint
 * rules only it has, the way it writes a date, and what a hover adds about a key (the dates it reads, the
 * status, the URL). Neutral code (lint, completion, hovers) asks these and never names a generator.
 */
import type { FrontMatterKey } from '../lint/frontMatterKeys';
import type { FrontMatterScan, ScannedEntry } from '../lint/frontMatterScan';
import type { LintFinding } from '../lint/lintTypes';
import type { PostContext, PostInfo } from '../post';
import type { SiteConfig } from '../siteConfig';
import type { TimeZone } from '../timeZone';

export interface FrontMatterLintInput {
  /** Site-relative path of the post. */
  readonly path: string;
  readonly text: string;
  /** The post as the generator reads it (never `invalid` or `notPost` here). */
  readonly info: PostInfo;
  readonly ctx: PostContext;
  /** The front matter's keys and values with their positions, in the block's syntax; undefined for JSON. */
  readonly scan: FrontMatterScan | undefined;
}

/** One of the dates a generator gives a post, and the front-matter key it took it from. */
export interface DateFact {
  /** The generator's name for the date (`date`, `publishDate`, `lastmod`, `expiryDate`). */
  readonly name: string;
  /** RFC 3339 as the generator prints it; undefined when the post has no such date. */
  readonly iso: string | undefined;
  /** The key (or `:filename`, `:fileModTime`) the date came from. */
  readonly from: string | undefined;
}

/**
 * When a draft is built anyway: with a build flag (Hugo's `--buildDrafts`), by the dev server only (Docusaurus: a
 * production build leaves it out), or never, by a rule of the site's own (Eleventy's draft preprocessor).
 */
export type DraftBuilt = 'withFlag' | 'devServerOnly' | 'bySiteRule';

/** Whether the generator builds the post now, and why not. */
export type StatusFact =
  | { readonly kind: 'published' }
  | { readonly kind: 'draft'; readonly built: DraftBuilt }
  | { readonly kind: 'future'; readonly at: string }
  | { readonly kind: 'expired'; readonly at: string };

/** What a hover over a key adds to its documentation. */
export interface KeyHoverFacts {
  /** Every date of the post, on the keys that set one. */
  readonly dates?: readonly DateFact[];
  /** The config section that says where the dates come from (Hugo's `[frontmatter]`), when the site's config decides. */
  readonly datesConfig?: string;
  readonly status?: StatusFact;
  /** Whether the key goes into the post's URL (the hover then shows it). */
  readonly makesUrl: boolean;
}

export interface FrontMatterRules {
  /** The front-matter syntaxes whose blocks completion and hovers read, with positions. */
  readonly syntaxes: readonly ('yaml' | 'toml')[];
  /** Keys whose string value is a space-separated list of names (Jekyll's tags and categories); none for Hugo. */
  readonly wordKeys: readonly string[];
  /** The keys the generator reads, documented, for this site (its taxonomies included). */
  readonly keyDocs: (config: SiteConfig) => readonly FrontMatterKey[];
  /** Whether the generator matches keys in any case (`publishdate` is `publishDate`). */
  readonly caseInsensitiveKeys: boolean;
  /** Findings of the generator's own rules, with exact ranges. Never throws for a user's file. */
  readonly lint: (input: FrontMatterLintInput) => readonly LintFinding[];
  /** Codes of the reader's problems that `lint` reports itself, at their exact range (the reader's are dropped). */
  readonly ownedProblems: readonly string[];
  /** A date as the generator's own archetypes write it, in the block's syntax. */
  readonly dateText: (nowMs: number, zone: TimeZone, syntax: 'yaml' | 'toml') => string;
  /** What a hover over `entry` (a key of the post's front matter, whose text is `text`) adds. */
  readonly hover: (input: { readonly entry: ScannedEntry; readonly text: string; readonly info: PostInfo; readonly ctx: PostContext }) => KeyHoverFacts;
}
