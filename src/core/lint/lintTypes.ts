import type { Severity } from '../problem';
import type { FixCode } from './lintMessages';
import type { TextRange } from './frontMatterScan';

/** Replace the characters of `range` with `newText` (an empty range inserts). */
export interface LintEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/** A fix as data: text edits to the post, or a new file name. The title is English; `code` + `args` localise it. */
export interface LintFix {
  readonly code: FixCode;
  readonly args: readonly string[];
  readonly title: string;
  readonly edits: readonly LintEdit[];
  /** New base name of the file (same folder), for fixes that rename. */
  readonly renameTo?: string;
}

/**
 * One finding about a post's text, with an exact range. `code` is stable; when it is a LintCode the message
 * is its template with `args`, otherwise `message` is the core's English text.
 */
export interface LintFinding {
  readonly range: TextRange;
  readonly severity: Severity;
  readonly code: string;
  readonly args: readonly string[];
  readonly message: string;
  readonly fixes: readonly LintFix[];
}

/** Names of one taxonomy across the site, and an index by loose spelling (see looseNameKey). */
export interface NameIndex {
  readonly counts: ReadonlyMap<string, number>;
  readonly byLoose: ReadonlyMap<string, readonly string[]>;
}

/** The site's pages, for checks of the references between them. */
export interface SitePages {
  /** Site paths of the posts and pages the generator builds now. */
  readonly built: ReadonlySet<string>;
  /** Site paths of every post and page, built or not (drafts, future, expired). */
  readonly all: ReadonlySet<string>;
  /** The site's files that shape their folders (Hugo's `_index.md` sections among them); see Generator.shapesFolder. */
  readonly shapers: ReadonlySet<string>;
}

/** What the lint needs to know about the rest of the site. */
export interface LintSite {
  /** The site's pages; undefined where the caller lints one post alone (no reference is checked then). */
  readonly pages?: SitePages;
  /** Layouts that exist; undefined when they cannot be known (a theme whose layouts we do not know). */
  readonly layouts: ReadonlySet<string> | undefined;
  readonly categories: NameIndex;
  readonly tags: NameIndex;
}
