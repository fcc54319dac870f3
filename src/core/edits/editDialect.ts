import type { EditReason } from './editReasons';
import type { EditRefusal } from './textEdit';
import type { TimeZone } from '../timeZone';

/**
 * How a generator's posts are edited: which front matter is front matter, how keys and taxonomy values are read,
 * and how a post is published. A generator says so on the seam (`Generator.editing`); without it, the rules are
 * the ones the edit layer was first written for (YAML only, keys exact, drafts by folder).
 */
export interface EditDialect {
  /** Whether a `+++` TOML block is the post's front matter (edited in place) rather than text of the body. */
  readonly toml: boolean;
  /** Whether front-matter keys are compared without case (`Tags` is `tags`), as a generator that lower-cases them reads them. */
  readonly foldKeyCase: boolean;
  /**
   * How a taxonomy's string value is read: `split`, names separated by spaces, and the singular key (`tag:`) read
   * too; `one`, the whole string is one name and only the taxonomy's own key counts.
   */
  readonly names: 'split' | 'one';
  /**
   * The key whose true value makes a post a draft, for generators that mark drafts in the file; undefined when
   * drafts live in a folder of their own and publishing moves the file.
   */
  readonly draftKey: string | undefined;
  /** Why the site's posts cannot be drafts at all (an Astro schema without a draft field); publishing then changes nothing. */
  readonly noDrafts?: EditReason;
  /** The key Update Last Modified refreshes. */
  readonly lastModifiedKey: string;
  /** The text Update Last Modified writes for now, where the generator reads it its own way; else as the value is written. */
  readonly lastModifiedStamp?: (nowMs: number, zone: TimeZone) => string;
  /**
   * Why a post's front matter, as the generator reads it, cannot be edited in place (Hexo's `;;;` JSON, or a block
   * without its opening line), or undefined: the edit is then refused, never written as a new block above it.
   */
  readonly refusal?: (text: string) => EditRefusal | undefined;
}

/** The rules without a generator's word: YAML front matter, exact keys, names split on spaces, drafts in a folder. */
export const defaultEditDialect: EditDialect = {
  toml: false,
  foldKeyCase: false,
  names: 'split',
  draftKey: undefined,
  lastModifiedKey: 'last_modified_at',
};

/** Whether two front-matter keys are one key under `dialect`. */
export function sameKey(dialect: Pick<EditDialect, 'foldKeyCase'>, a: string, b: string): boolean {
  return dialect.foldKeyCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}
