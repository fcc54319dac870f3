/**
 * The preview's render pipeline: front matter, the generator's own template layer (Liquid, shortcodes), Markdown in
 * the generator's flavour, table of contents, front-matter card, then sanitising and resource rewriting. Pure: every
 * file it needs comes in through the site input; the clock comes in with the document. The dialect is chosen once,
 * from the site's generator (dialects.ts).
 */
import type { SiteConfig } from '../siteConfig';
import { createDialectRenderer } from './dialects';
import type { HeadingInfo } from './headingIds';
import type { Localize } from './placeholderMessages';
import type { PostFacts } from './postFacts';
import type { CardLabels, IncludeResolver, PostLookup, RelativeFileReader } from './renderTypes';

export interface SiteRenderInput {
  /** The site's config; its generator's dialect renders the posts. */
  readonly config: SiteConfig;
  readonly includes: IncludeResolver;
  /** Files next to a page, for `{% include_relative %}` (Jekyll); without it every such file is missing. */
  readonly relativeFiles?: RelativeFileReader;
  readonly posts: PostLookup;
  /** `site.data`, from the site's `_data` folder (Jekyll). */
  readonly siteData?: Readonly<Record<string, unknown>>;
  /** Zone used when the config names none and the generator takes the machine's (Jekyll). */
  readonly fallbackTimeZone: string;
  /** Placeholder reasons in the UI language; English without it. */
  readonly localize?: Localize;
}

export interface DocumentRenderInput {
  readonly text: string;
  /** Path relative to the site source, "/" separated. */
  readonly sitePath: string;
  readonly nowMs: number;
  /** URL under which the webview loads the site's files (no trailing "/"). */
  readonly resourceRoot: string;
  readonly showCard: boolean;
  readonly labels: CardLabels;
  /** Modification time, which dates drafts. */
  readonly fallbackDateMs?: number;
}

export interface RenderResult {
  readonly html: string;
  readonly title: string;
  readonly facts: PostFacts;
  readonly headings: readonly HeadingInfo[];
  /** Front matter that could not be read, and the like: shown in the preview too. */
  readonly problems: readonly string[];
  /** Site paths `{% include_relative %}` asked for (found or not): a change to one of them changes the page. */
  readonly relativeFiles: readonly string[];
}

/** One dialect's renderer for one site. */
export interface DialectRenderer {
  render(doc: DocumentRenderInput): RenderResult;
}

/** Renders posts of one site; create one per site configuration and reuse it (it caches what it parsed). */
export class PostRenderer {
  private readonly dialect: DialectRenderer;

  constructor(site: SiteRenderInput) {
    this.dialect = createDialectRenderer(site);
  }

  render(doc: DocumentRenderInput): RenderResult {
    return this.dialect.render(doc);
  }
}
