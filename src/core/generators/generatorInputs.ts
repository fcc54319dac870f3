/** What the generator's optional hooks for checks, hovers and publishing are given (see Generator). */
import type { EditReason } from '../edits/editReasons';
import type { SitePages } from '../lint/lintTypes';
import type { PostInfo } from '../post';
import type { SiteConfig } from '../siteConfig';
import type { TimeZone } from '../timeZone';

/** What a body check reads: the post (its text and what the reader made of it) and the site's pages. */
export interface BodyCheckInput {
  readonly path: string;
  readonly text: string;
  readonly info: PostInfo;
  readonly config: SiteConfig;
  readonly pages: SitePages;
}

/** What Generator.valueHover reads: the post's text, the position (zero-based line and character), the post as read. */
export interface ValueHoverInput {
  readonly text: string;
  readonly line: number;
  readonly character: number;
  readonly info: PostInfo;
  readonly config: SiteConfig;
}

/** A draft Publish Draft is asked to publish, for a generator with its own rule (Generator.publishDraft). */
export interface DraftToPublish {
  /** Site-relative. */
  readonly path: string;
  /** Its front matter as the generator reads it ({} when it has none). */
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly config: SiteConfig;
  readonly nowMs: number;
  /** The site's zone (PostContext.zone). */
  readonly zone: TimeZone;
  readonly exists: (path: string) => boolean;
}

/** Where the draft goes, and the `date` to write into it (undefined: its own date stays). */
export type PublishTarget = { readonly ok: true; readonly path: string; readonly date: string | undefined } | { readonly ok: false; readonly reason: EditReason };
