/**
 * The preview's Astro dialect: front matter through Astro's own reader (YAML or TOML; nothing is ever run), an
 * `.mdx` post's imports, exports and components as placeholders (the MDX placeholders Docusaurus's dialect has),
 * then CommonMark + GFM Markdown (raw HTML kept and sanitised), the front-matter card and the site's `public/`
 * files as the root.
 */
import { generatorOf } from '../../generators/generators';
import type { AstroConfig } from '../../generators/astro/astroSiteConfig';
import type { PostInfo } from '../../post';
import type { SiteConfig } from '../../siteConfig';
import { createTimeZone, type TimeZone } from '../../timeZone';
import { countWordsInText, readingMinutes } from '../../wordCount';
import { htmlToText, liquidPlaceholder } from '../escape';
import { plainTextOfHtml } from '../cardSummary';
import { frontMatterCard } from '../frontMatterCard';
import { cachedHighlighter } from '../highlight';
import type { MarkdownEnv } from '../markdown';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import type { PostFacts } from '../postFacts';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from '../renderPost';
import { fillLabel } from '../renderTypes';
import { sanitizeHtml } from '../sanitize';
import { pageToc } from '../toc';
import { createGoldmarkMarkdown } from '../hugo/goldmarkMarkdown';
import { DEFAULT_GOLDMARK } from '../hugo/goldmarkSettings';
import { mdxPlaceholders, type MdxLabels } from '../docusaurus/docusaurusMdx';
import type MarkdownIt from 'markdown-it';

function own(config: SiteConfig): AstroConfig {
  if (config.generator !== 'astro') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Astro dialect`);
  return config;
}

/** The body from file line `line` on (a BOM dropped), with "\n" line ends. */
function bodyFrom(text: string, line: number): string {
  let at = 0;
  for (let i = 0; i < line && at >= 0; i++) at = text.indexOf('\n', at) + 1 || -1;
  const body = at < 0 ? '' : text.slice(at);
  return (line === 0 ? body.replace(/^\uFEFF/, '') : body).replace(/\r\n?/g, '\n');
}

function factsOf(info: PostInfo, frontMatter: Readonly<Record<string, unknown>>): PostFacts {
  return {
    kind: info.isDraft ? 'draft' : info.status === 'notPost' || info.status === 'invalid' ? 'page' : 'post',
    data: frontMatter,
    inherited: new Set(),
    date: info.date,
    categories: [],
    tags: info.tags,
    ...(info.terms === undefined ? {} : { terms: info.terms }),
    url: info.url,
    published: true,
    future: false,
    readingMinutes: info.readingMinutes,
    excerpt: info.excerpt?.text,
    problems: info.problems.filter((p) => p.severity === 'error' || p.code === 'frontMatter.computed').map((p) => `line ${p.line + 1}: ${p.message}`),
  };
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
    this.md = createGoldmarkMarkdown({
      // MDX is CommonMark + GFM with HTML kept (as JSX); quotes stay straight.
      settings: { ...DEFAULT_GOLDMARK, typographer: false, linkify: false, unsafe: true, headingAttributes: true },
      highlight: cachedHighlighter(),
      emoji: false,
      omittedHtml: '',
    });
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
    const frontMatter = read.frontMatter ?? {};
    const facts0 = factsOf(info, frontMatter);
    const bodyLine = read.bodyLine;
    // Only `.mdx` is MDX to Astro; a Markdown post's `<Tag>` is raw HTML. Astro has no truncate marker.
    const mdx = /\.mdx$/i.test(doc.sitePath);
    const raw = bodyFrom(doc.text, bodyLine);
    const body = mdx ? mdxPlaceholders(raw, '(?!)', this.labels) : raw;
    // The placeholders keep every line where it was: output line n is body line n.
    const env: MarkdownEnv = { lineMap: body.split('\n').map((_, i) => i), lineOffset: bodyLine };
    const markdownHtml = this.md.render(body, env);
    const bodyHtml = pageToc(frontMatter, env.headings ?? []) + markdownHtml;
    const facts = { ...facts0, excerpt: this.description(frontMatter, markdownHtml), readingMinutes: readingMinutes(countWordsInText(htmlToText(markdownHtml)), { wordsPerMinute: config.wordsPerMinute }) };
    const title = info.title;
    const card = doc.showCard ? frontMatterCard({ facts, title, bodyHtml, wordsPerMinute: config.wordsPerMinute, labels: doc.labels, line: 0 }) : '';
    const problemHtml = facts.problems.map((p) => `<p class="pc-problem">${liquidPlaceholder(p, p)}</p>`).join('');
    const slash = doc.sitePath.lastIndexOf('/');
    const html = sanitizeHtml(`${problemHtml}${card}<div class="pc-body">${bodyHtml}</div>`, {
      siteUrl: config.url,
      baseurl: config.baseurl,
      documentDir: slash < 0 ? '' : doc.sitePath.slice(0, slash),
      resourceRoot: doc.resourceRoot,
      rootFolder: 'public',
    });
    return { html, title, facts, headings: env.headings ?? [], problems: facts.problems, relativeFiles: [] };
  }

  /** What a blog list usually shows of the post: `description`, else the start of its text. */
  private description(frontMatter: Readonly<Record<string, unknown>>, html: string): string {
    const own = frontMatter['description'];
    if (typeof own === 'string' && own.trim() !== '') return own;
    return plainTextOfHtml(html.replace(/<span class="pc-shortcode"[^>]*>[^<]*<\/span>/g, ''));
  }
}
