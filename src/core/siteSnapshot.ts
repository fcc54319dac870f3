/**
 * What the site model answers: a snapshot of the site (posts, taxonomies with their counts, languages, problems)
 * and the change one update made to it, for the views and the CLI.
 */
import type { PostSummary } from './postSummary';
import type { SiteLanguage } from './generators/generator';
import type { TermCount } from './taxonomyCounts';
import type { Problem } from './problem';
import type { NameFinding } from './taxonomy';

export interface CountChange {
  /** The name's key under the site's generator: the name itself for Jekyll, Hugo's term key ("go-lang") for Hugo. */
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

export interface ModelChange {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Categories and tags whose counts changed (a post's other taxonomies change with the post: see `changed`). */
  readonly categories: readonly CountChange[];
  readonly tags: readonly CountChange[];
}

export interface NameCount {
  readonly name: string;
  readonly count: number;
}

export interface PathProblem extends Problem {
  readonly path: string;
}

/** One taxonomy of the site with the counts of its names. */
export interface TaxonomySnapshot {
  readonly singular: string;
  readonly plural: string;
  /** Most posts first; one entry per key, shown by the spelling most posts use (see shownSpelling). */
  readonly names: readonly TermCount[];
}

export interface SiteSnapshot {
  /** Newest first, as generators list posts. */
  readonly posts: readonly PostSummary[];
  /**
   * Counts of the posts the generator would publish (Jekyll's site.categories[name].size), one per key; empty
   * for a site without the taxonomy (a Hugo `[taxonomies]` that leaves it out).
   */
  readonly categories: readonly NameCount[];
  readonly tags: readonly NameCount[];
  /** Every taxonomy the site has, in its config's order: categories and tags for Jekyll; each of Hugo's `[taxonomies]`. */
  readonly taxonomies: readonly TaxonomySnapshot[];
  /** The languages of a multilingual site, in the generator's order (each post then has its `lang`); empty otherwise. */
  readonly languages: readonly SiteLanguage[];
  readonly problems: readonly PathProblem[];
  readonly findings: readonly NameFinding[];
}
