/**
 * The preview's Eleventy dialect: front matter through the generator's reader (`---js` never run), the template
 * layer (Liquid or Nunjucks) shown as placeholders, then Markdown as Eleventy's markdown-it renders it by default
 * (`html: true`, nothing else), front-matter card, sanitising, with root-relative resources from the input folder.
 */
import MarkdownIt from 'markdown-it';
import { generatorOf } from '../../generators/generators';
import type { EleventyConfig } from '../../generators/eleventy/eleventySiteConfig';
import type { SiteConfig } from '../../siteConfig';
import { createTimeZone } from '../../timeZone';
import { htmlToText, liquidPlaceholder } from '../escape';
import { frontMatterCard } from '../frontMatterCard';
import { cachedHighlighter } from '../highlight';
import { sourceLinesPlugin, type MarkdownEnv } from '../markdown';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import { modelFacts } from '../modelFacts';
import { bodyFrom } from '../postBody';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from '../renderPost';
import { fillLabel } from '../renderTypes';
import { sanitizeHtml } from '../sanitize';
import { countWordsInText, readingMinutes } from '../../wordCount';
import { SLOT_TOKEN, templateSlots } from './eleventyTemplateSlots';

function own(config: SiteConfig): EleventyConfig {
  if (config.generator !== 'eleventy') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Eleventy dialect`);
  return config;
}

const ENGINE_NAMES: Readonly<Record<string, string>> = { njk: 'Nunjucks', liquid: 'Liquid' };

/** Renders posts of one Eleventy site; one per site configuration. */
export class EleventyRenderer implements DialectRenderer {
  private readonly config: EleventyConfig;
  private readonly localize: Localize;
  private readonly md: MarkdownIt.MarkdownIt;

  constructor(site: SiteRenderInput) {
    this.config = own(site.config);
    this.localize = site.localize ?? fillLabel;
    const highlight = cachedHighlighter();
    this.md = new MarkdownIt({ html: true, highlight: (code, lang) => highlight(code, lang.split(/\s+/)[0] ?? '') });
    this.md.use(sourceLinesPlugin);
  }

  render(doc: DocumentRenderInput): RenderResult {
    const { config } = this;
    const generator = generatorOf(config);
    const read = generator.readPost(doc.text, config, { countWords: false });
    const info = generator.classify(doc.sitePath, read, doc.fallbackDateMs ?? doc.nowMs, { config, zone: createTimeZone('UTC').zone, nowMs: doc.nowMs });
    const problems = info.problems.filter((p) => p.severity !== 'warning').map((p) => `line ${p.line + 1}: ${p.message}`);
    const body = read.frontMatterError ? '' : bodyFrom(doc.text, read.bodyLine);
    const engine = config.eleventy.markdownTemplateEngine;
    const slotted = templateSlots(body, engine);
    const reason = this.localize(PLACEHOLDER_MESSAGES.templateByEleventy, typeof engine === 'string' ? (ENGINE_NAMES[engine] ?? engine) : '');
    const env: MarkdownEnv = { lineMap: slotted.lineMap, lineOffset: read.bodyLine };
    const markdownHtml = this.md.render(slotted.text, env).replace(SLOT_TOKEN, (token) => {
      const source = slotted.slots.get(token);
      return source === undefined ? token : liquidPlaceholder(source, reason);
    });
    const minutes = readingMinutes(countWordsInText(htmlToText(markdownHtml)), { wordsPerMinute: config.wordsPerMinute });
    const data = info.data;
    const facts = modelFacts(info, { data, readingMinutes: minutes });
    const title = typeof data['title'] === 'string' && data['title'].trim() !== '' ? data['title'] : info.title;
    const card = doc.showCard ? frontMatterCard({ facts, title, bodyHtml: markdownHtml, wordsPerMinute: config.wordsPerMinute, labels: doc.labels, line: 0 }) : '';
    const problemHtml = problems.map((p) => `<p class="pc-problem">${liquidPlaceholder(p, p)}</p>`).join('');
    const slash = doc.sitePath.lastIndexOf('/');
    const html = sanitizeHtml(`${problemHtml}${card}<div class="pc-body">${markdownHtml}</div>`, {
      siteUrl: config.url,
      baseurl: config.baseurl,
      documentDir: slash < 0 ? '' : doc.sitePath.slice(0, slash),
      resourceRoot: doc.resourceRoot,
      rootFolder: config.eleventy.dirs.input,
    });
    return { html, title, facts, headings: [], problems, relativeFiles: [] };
  }
}
