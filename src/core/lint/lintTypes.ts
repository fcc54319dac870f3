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

/** What the lint needs to know about the rest of the site. */
export interface LintSite {
  /** Layouts that exist; undefined when they cannot be known (a theme whose layouts we do not know). */
  readonly layouts: ReadonlySet<string> | undefined;
  readonly categories: NameIndex;
  readonly tags: NameIndex;
}
