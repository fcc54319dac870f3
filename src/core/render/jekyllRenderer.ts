/**
 * The preview's Jekyll dialect, in Jekyll's order: front matter → Liquid (with `site` and `page`) →
 * Markdown (kramdown-flavoured) → table of contents → front-matter card → sanitising and resource rewriting.
 */
import { Context } from 'liquidjs';
import type { Liquid, Template } from 'liquidjs';
import type { JekyllConfig } from '../config';
import type { SiteConfig } from '../siteConfig';
import { jekyllDateAt } from '../dates';
import { splitFrontMatter } from '../frontMatterSplit';
import { createTimeZone } from '../timeZone';
import type { TimeZone } from '../timeZone';
import { titleizeSlug } from '../slugify';
import { loadYaml11 } from '../yaml11';
import { liquidPlaceholder } from './escape';
import { frontMatterCard } from './frontMatterCard';
import { cachedHighlighter } from './highlight';
import { createJekyllLiquid } from './liquidEngine';
import { relativeUrl } from './liquidFilters';
import { liquidGroups, renderGroups, replaceLiquidTokens } from './liquidLines';
import type { LineMappedText } from './liquidLines';
import { undefinedImagePathVariables } from '../lint/imagePathVariables';
import { liquidScope } from './liquidScope';
import { messageOf } from './liquidTags';
import { createMarkdown } from './markdown';
import type MarkdownIt from 'markdown-it';
import type { MarkdownEnv } from './markdown';
import { postFacts } from './postFacts';
import { jekyllExcerptSource } from './jekyllExcerptSource';
import { jekyllExcerptText } from './cardSummary';
import type { PostFacts } from './postFacts';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from './renderPost';
import { PLACEHOLDER_MESSAGES, type Localize } from './placeholderMessages';
import { fillLabel } from './renderTypes';
import { sanitizeHtml } from './sanitize';
import { fillTocSlots, pageToc } from './toc';

interface Body {
  readonly own: Record<string, unknown>;
  readonly body: string;
  readonly bodyLine: number;
  readonly problems: string[];
}

function readBody(text: string): Body {
  const split = splitFrontMatter(text);
  const problems: string[] = [];
  if (split.kind === 'yaml') {
    const yaml = loadYaml11(split.yaml, { lineOffset: split.yamlStartLine });
    let own: Record<string, unknown> = {};
    if (!yaml.ok) problems.push(`front matter, line ${yaml.error.line + 1}: ${yaml.error.message}`);
    else if (typeof yaml.value === 'object' && yaml.value !== null && !Array.isArray(yaml.value)) own = yaml.value as Record<string, unknown>;
    return { own, body: text.slice(split.bodyOffset), bodyLine: split.bodyLine, problems };
  }
  if (split.kind === 'error') {
    problems.push(split.message);
    return { own: {}, body: text.replace(/^\uFEFF/, ''), bodyLine: 0, problems };
  }
  return { own: {}, body: split.kind === 'none' ? text.slice(split.bodyOffset) : text, bodyLine: 0, problems };
}

/** The config the Jekyll dialect was chosen for; anything else is a bug in the caller. */
function own(config: SiteConfig): JekyllConfig {
  if (config.generator !== 'jekyll') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Jekyll dialect`);
  return config;
}

/** Renders posts of one Jekyll site; one per site configuration (it caches parsed Liquid). */
export class JekyllRenderer implements DialectRenderer {
  private readonly liquid: Liquid;
  /** One cache per renderer (one per site): a post's unchanged code blocks are not highlighted again. */
  private readonly highlight = cachedHighlighter();
  private readonly markdownWithIal = createMarkdown(this.highlight, { ial: true });
  private readonly markdownPlain = createMarkdown(this.highlight, { ial: false });
  private readonly zone: TimeZone;
  private readonly parsed = new Map<string, Template[] | Error>();
  private currentPath = '';
  private relativeAsked: string[] = [];

  private readonly localize: Localize;

  private readonly site: SiteRenderInput & { readonly config: JekyllConfig };

  constructor(input: SiteRenderInput) {
    const site = { ...input, config: own(input.config) };
    this.site = site;
    const { config } = site;
    this.localize = site.localize ?? fillLabel;
    this.zone = createTimeZone(config.timezone ?? site.fallbackTimeZone).zone;
    this.liquid = createJekyllLiquid({
      timezone: config.timezone ?? site.fallbackTimeZone,
      url: config.url,
      baseurl: config.baseurl,
      includes: site.includes,
      relativeFiles: (sitePath) => {
        if (!this.relativeAsked.includes(sitePath)) this.relativeAsked.push(sitePath);
        return site.relativeFiles?.(sitePath) ?? { kind: 'missing' };
      },
      posts: site.posts,
      highlight: this.highlight,
      relativeUrl: (path) => relativeUrl(path, config.baseurl),
      currentPath: () => this.currentPath,
      markdownify: (text) => this.markdownFor(text).render(text, {}),
      localize: this.localize,
    });
  }

  /** The markdown-it with kramdown's attribute lists only for text that has one (`{:`). */
  private markdownFor(text: string): MarkdownIt.MarkdownIt {
    return text.includes('{:') ? this.markdownWithIal : this.markdownPlain;
  }

  render(doc: DocumentRenderInput): RenderResult {
    const { config } = this.site;
    const { own, body, bodyLine, problems } = readBody(doc.text);
    this.relativeAsked = [];
    const facts = postFacts({
      config,
      zone: this.zone,
      sitePath: doc.sitePath,
      text: doc.text,
      ownData: own,
      nowMs: doc.nowMs,
      mtimeMs: doc.fallbackDateMs ?? doc.nowMs,
    });
    for (const p of facts.problems) if (!problems.includes(p)) problems.push(p);
    for (const v of undefinedImagePathVariables(body, facts.data)) problems.push(this.localize(PLACEHOLDER_MESSAGES.imagePathVariable, v.line + bodyLine + 1, `{{ ${v.expression} }}`));
    const liquidOutput = this.renderLiquid(body.replace(/\r\n?/g, '\n'), facts, doc);
    const env: MarkdownEnv = { lineMap: liquidOutput.lineMap, lineOffset: bodyLine };
    const markdownHtml = this.markdownFor(liquidOutput.text).render(liquidOutput.text, env);
    const headings = env.headings ?? [];
    const bodyHtml = pageToc(facts.data, headings) + fillTocSlots(markdownHtml, headings);
    const title = typeof facts.data['title'] === 'string' && facts.data['title'] !== '' ? facts.data['title'] : this.fallbackTitle(doc);
    const card = doc.showCard
      ? frontMatterCard({ facts: { ...facts, excerpt: this.excerptText(body, markdownHtml, facts, doc) }, title, bodyHtml, wordsPerMinute: config.wordsPerMinute, labels: doc.labels, line: 0 })
      : '';
    const problemHtml = problems.map((p) => `<p class="pc-problem">${liquidPlaceholder(p, p)}</p>`).join('');
    const slash = doc.sitePath.lastIndexOf('/');
    const html = sanitizeHtml(`${problemHtml}${card}<div class="pc-body">${bodyHtml}</div>`, {
      siteUrl: config.url,
      baseurl: config.baseurl,
      documentDir: slash < 0 ? '' : doc.sitePath.slice(0, slash),
      resourceRoot: doc.resourceRoot,
    });
    return { html, title, facts, headings, problems, relativeFiles: this.relativeAsked };
  }

  /**
   * The post's excerpt as Jekyll renders it (Liquid, then Markdown), as plain text; undefined for a page (Jekyll
   * gives pages none), a post with no excerpt, or one whose excerpt comes from the front matter (the card shows that).
   */
  private excerptText(body: string, bodyHtml: string, facts: PostFacts, doc: DocumentRenderInput): string | undefined {
    if (facts.kind === 'page' || facts.data['excerpt'] !== undefined) return undefined;
    const own = facts.data['excerpt_separator'];
    const source = jekyllExcerptSource(body, typeof own === 'string' ? own : this.site.config.excerptSeparator);
    if (source === undefined) return undefined;
    // With no separator in the post the excerpt is the whole post, already rendered.
    if (source === body) return jekyllExcerptText(bodyHtml);
    const text = this.renderLiquid(source.replace(/\r\n?/g, '\n'), facts, doc).text;
    return jekyllExcerptText(this.markdownFor(text).render(text, {}));
  }

  private fallbackTitle(doc: DocumentRenderInput): string {
    const base = doc.sitePath.slice(doc.sitePath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    const slug = base.replace(/^\d{2,4}-\d{1,2}-\d{1,2}-/, '');
    return slug === '' ? doc.labels.untitled : titleizeSlug(slug);
  }

  private renderLiquid(body: string, facts: PostFacts, doc: DocumentRenderInput): LineMappedText {
    this.currentPath = doc.sitePath;
    const scope = liquidScope({
      config: this.site.config,
      facts,
      sitePath: doc.sitePath,
      siteData: this.site.siteData ?? {},
      now: jekyllDateAt(doc.nowMs, this.zone),
    });
    const ctx = new Context(scope, this.liquid.options, { sync: true }, { liquid: this.liquid });
    return renderGroups(liquidGroups(body), (group) => {
      const templates = this.parse(group.text);
      if (templates instanceof Error) return this.failed(group.text, templates);
      try {
        return String(this.liquid.renderSync(templates, ctx));
      } catch (error) {
        return this.failed(group.text, error);
      }
    });
  }

  private parse(text: string): Template[] | Error {
    let result = this.parsed.get(text);
    if (result === undefined) {
      try {
        result = this.liquid.parse(text);
      } catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
      }
      if (this.parsed.size > 5_000) this.parsed.clear();
      this.parsed.set(text, result);
    }
    return result;
  }

  private failed(text: string, error: unknown): string {
    const reason = this.localize(PLACEHOLDER_MESSAGES.liquidError, messageOf(error));
    return replaceLiquidTokens(text, (token) => liquidPlaceholder(token, reason));
  }
}
