/**
 * `Rename Post to Match Title` as a generator does it: which name the title gives a post, what moves (the file, or
 * a bundle's folder), and how the references to the post across the site follow (Jekyll's `{% post_url %}`,
 * Hugo's `ref`/`relref`).
 */
import type { PathResult } from '../edits/postMoves';
import type { TextEdit } from '../edits/textEdit';
import type { SiteConfig } from '../siteConfig';

/** A rename: the post's path after it, and the site-relative file or folder that moves. */
export interface RenameTarget {
  readonly path: string;
  readonly from: string;
  readonly to: string;
}

/** The post's URL before and after the rename, for generators whose posts link each other by URL (Eleventy, Astro). */
export interface RenameUrls {
  /** PostInfo.url of the post at its old path and at its new one (the same text read there); undefined where none. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** PostInfo.url of a page of the site by its site path (for links relative to it), undefined when unknown. */
  readonly of: (sitePath: string) => string | undefined;
}

export interface RenameSite {
  readonly config: SiteConfig;
  /** Site paths of the site's posts and pages before the rename. */
  readonly pages: readonly string[];
  readonly urls?: RenameUrls;
}

export interface PostRenaming {
  /** What renaming the post at `path` after `title` moves, or why it cannot be renamed. Never an existing path. */
  readonly target: (path: string, title: string, config: SiteConfig, exists: (path: string) => boolean) => ({ readonly ok: true } & RenameTarget) | (PathResult & { readonly ok: false });
  /** Text every file referring to the post holds, to skip the others unread; undefined when nothing can refer to it. */
  readonly needle: (path: string, target: RenameTarget, config: SiteConfig, urls?: RenameUrls) => string | undefined;
  /** The site's files that may refer to a post (a glob relative to the site), and what is never its source. */
  readonly referrers: (config: SiteConfig) => { readonly include: string; readonly exclude: string };
  /**
   * Edits of the references to the post at `oldPath` in one file's text (the file at `sitePath`); `kept` counts
   * references that would no longer find the post if rewritten, and so are left as they are.
   */
  readonly referenceEdits: (text: string, sitePath: string, oldPath: string, target: RenameTarget, site: RenameSite) => { readonly edits: readonly TextEdit[]; readonly kept: number };
}
