/**
 * The preview's Astro dialect: front matter through Astro's own reader (YAML or TOML; nothing is ever run), an
 * `.mdx` post's imports, exports and components as placeholders (the MDX placeholders Docusaurus's dialect has),
 * then MDX's Markdown (mdxPage.ts) with the site's `public/` files as the root.
 */
import type MarkdownIt from 'markdown-it';
import { generatorOf } from '../../generators/generators';
import type { AstroConfig } from '../../generators/astro/astroSiteConfig';
import type { SiteConfig } from '../../siteConfig';
import { createTimeZone, type TimeZone } from '../../timeZone';
import { mdxPlaceholders, type MdxLabels } from '../docusaurus/docusaurusMdx';
import { createMdxMarkdown, renderMdxPage } from '../mdxPage';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import { bodyFrom } from '../postBody';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from '../renderPost';
import { fillLabel } from '../renderTypes';

function own(config: SiteConfig): AstroConfig {
  if (config.generator !== 'astro') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Astro dialect`);
  return config;
}

/** Renders posts of one Astro site; one per site configuration. */
export class AstroRenderer implements DialectRenderer {
  private readonly config: AstroConfig;
  private readonly localize: Localize;
  private readonly md: MarkdownIt.MarkdownIt;
  private readonly labels: MdxLabels;
  /** `z.coerce.date()` reads a date-time without an offset in the machine's zone. */
  private readonly zone: TimeZone;

  constructor(site: SiteRenderInput) {
    this.config = own(site.config);
    this.zone = createTimeZone(site.fallbackTimeZone).zone;
    this.localize = site.localize ?? fillLabel;
    this.md = createMdxMarkdown();
    this.labels = {
      byDocusaurus: (what) => this.localize(PLACEHOLDER_MESSAGES.mdxByAstro, what),
      truncate: this.localize(PLACEHOLDER_MESSAGES.truncateMarker),
    };
  }

  render(doc: DocumentRenderInput): RenderResult {
    const { config } = this;
    const generator = generatorOf(config);
    const read = generator.readPost(doc.text, config);
    const info = generator.classify(doc.sitePath, read, doc.fallbackDateMs ?? doc.nowMs, { config, zone: this.zone, nowMs: doc.nowMs });
    // Only `.mdx` is MDX to Astro; a Markdown post's `<Tag>` is raw HTML. Astro has no truncate marker.
    const raw = bodyFrom(doc.text, read.bodyLine);
    const body = /\.mdx$/i.test(doc.sitePath) ? mdxPlaceholders(raw, '(?!)', this.labels) : raw;
    return renderMdxPage({
      doc,
      md: this.md,
      info,
      frontMatter: read.frontMatter ?? {},
      body,
      bodyLine: read.bodyLine,
      site: { url: config.url, baseurl: config.baseurl, wordsPerMinute: config.wordsPerMinute, staticFolder: 'public' },
      listedPart: (html) => html,
    });
  }
}
