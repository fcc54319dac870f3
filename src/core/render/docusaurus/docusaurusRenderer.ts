/**
 * The preview's Docusaurus dialect: front matter through the generator's reader (YAML or JSON; `---js` never
 * run), MDX-only parts as placeholders (docusaurusMdx.ts), admonitions as titled boxes, then MDX's Markdown
 * (mdxPage.ts) with the site's `static/` files as the root.
 */
import type MarkdownIt from 'markdown-it';
import { generatorOf } from '../../generators/generators';
import type { DocusaurusConfig } from '../../generators/docusaurus/docusaurusSiteConfig';
import type { SiteConfig } from '../../siteConfig';
import { createTimeZone } from '../../timeZone';
import { createMdxMarkdown, renderMdxPage } from '../mdxPage';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import { bodyFrom } from '../postBody';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from '../renderPost';
import { fillLabel } from '../renderTypes';
import { docusaurusAdmonitionsPlugin } from './docusaurusAdmonitions';
import { mdxPlaceholders, type MdxLabels } from './docusaurusMdx';

function own(config: SiteConfig): DocusaurusConfig {
  if (config.generator !== 'docusaurus') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Docusaurus dialect`);
  return config;
}

/** The line after a front-matter block the reader refused (`---js`), so the code is not shown as text. */
function lineAfterBlock(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split('\n', 2_000);
  if (!/^---/.test(lines[0] ?? '')) return 0;
  for (let i = 1; i < lines.length; i++) if ((lines[i] ?? '').trimEnd() === '---') return i + 1;
  return 0;
}

/** Renders posts of one Docusaurus site; one per site configuration. */
export class DocusaurusRenderer implements DialectRenderer {
  private readonly config: DocusaurusConfig;
  private readonly localize: Localize;
  private readonly md: MarkdownIt.MarkdownIt;
  private readonly labels: MdxLabels;

  constructor(site: SiteRenderInput) {
    this.config = own(site.config);
    this.localize = site.localize ?? fillLabel;
    this.md = createMdxMarkdown();
    this.md.use(docusaurusAdmonitionsPlugin);
    this.labels = {
      byDocusaurus: (what) => this.localize(PLACEHOLDER_MESSAGES.mdxByDocusaurus, what),
      truncate: this.localize(PLACEHOLDER_MESSAGES.truncateMarker),
    };
  }

  render(doc: DocumentRenderInput): RenderResult {
    const { config } = this;
    const generator = generatorOf(config);
    const read = generator.readPost(doc.text, config);
    const info = generator.classify(doc.sitePath, read, doc.fallbackDateMs ?? doc.nowMs, { config, zone: createTimeZone('UTC').zone, nowMs: doc.nowMs });
    const bodyLine = read.frontMatterError ? lineAfterBlock(doc.text) : read.bodyLine;
    return renderMdxPage({
      doc,
      md: this.md,
      info,
      frontMatter: read.frontMatter ?? {},
      body: mdxPlaceholders(bodyFrom(doc.text, bodyLine), config.docusaurus.text.blog.truncateMarker, this.labels),
      bodyLine,
      site: { url: config.url, baseurl: config.docusaurus.text.baseUrl.replace(/\/+$/, ''), wordsPerMinute: config.wordsPerMinute, staticFolder: 'static' },
      // The blog list shows the post up to its truncate marker.
      listedPart: (html) => html.split('<p class="pc-shortcode pc-truncate"')[0] ?? '',
    });
  }
}
