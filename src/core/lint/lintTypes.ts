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
  /** Every post's day and slug by site path, for references by date and name (Jekyll's `post_url`). */
  readonly posts?: ReadonlyMap<string, SitePost>;
  /** Site paths of the posts by their file name's part before its first dot, and by slug: lookups by name. */
  readonly postsByStem?: ReadonlyMap<string, readonly string[]>;
  readonly postsBySlug?: ReadonlyMap<string, readonly string[]>;
  /** Site paths of the posts by title (Hexo's `post_link` looks a post up by title after its slug). */
  readonly postsByTitle?: ReadonlyMap<string, readonly string[]>;
  /** Site paths of the posts by their day (SitePost.day). */
  readonly postsByDay?: ReadonlyMap<string, readonly string[]>;
  /** Site paths of the built posts by the file their URL is written to (see destinationOf). */
  readonly postsByDestination?: ReadonlyMap<string, readonly string[]>;
  /** The site's files; undefined where they were not listed (no reference to a file is checked then). */
  readonly files?: SiteFiles;
  /**
   * Every page's URL as a key of urlKey (built or not) and every folder above one (a list page may be there), and the
   * folders of the built pages' URLs: for link checks.
   */
  readonly urlKeys?: ReadonlySet<string>;
  readonly postFolders?: ReadonlySet<string>;
  /** Every folder of the site that holds a file at any depth (SiteFiles.folders and the folders above them). */
  readonly folders?: ReadonlySet<string>;
  /** The site's files by base name (see SiteFiles), for fixes that offer a file of the same name elsewhere. */
  readonly filesByName?: ReadonlyMap<string, readonly string[]>;
}

/** What a reference by date and name matches a post on. */
export interface SitePost {
  /** The post's date in the site's zone, `YYYY-MM-DD`; '' when it has none. */
  readonly day: string;
  readonly slug: string;
}

/** The site's files, listed once per site (not per post) by the platform. */
export interface SiteFiles {
  /** Site-relative paths of the site's files (hidden folders, dependencies and the build's output left out). */
  readonly paths: ReadonlySet<string>;
  /** Site-relative paths of the folders that hold any of them. */
  readonly folders: ReadonlySet<string>;
  /**
   * The files of the theme the config names, relative to the theme's root: undefined when the config names none,
   * null when it names one whose files are not on this machine (then nothing is said about what it may hold).
   */
  readonly theme: ReadonlySet<string> | null | undefined;
  /** The texts of the site's dependency manifests (a Gemfile), by site path. */
  readonly manifests: ReadonlyMap<string, string>;
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
