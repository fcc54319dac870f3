/**
 * The preview's Hugo dialect, in Hugo 0.111.3's order: front matter (YAML, TOML or JSON, through the generator's
 * reader) → shortcodes (never Liquid: `{% %}` and `{{ }}` are text) → Goldmark-flavoured Markdown → shortcode outputs
 * put back → front-matter card → sanitising, with root-relative resources from the site's `static` folder.
 */
import type { HugoConfig } from '../../generators/hugo/hugoSiteConfig';
import type { SiteConfig } from '../../siteConfig';
import { htmlToText, liquidPlaceholder } from '../escape';
import { plainTextOfHtml } from '../cardSummary';
import { frontMatterCard } from '../frontMatterCard';
import { cachedHighlighter } from '../highlight';
import { readingMinutes, type WordCount } from '../../wordCount';
import type { MarkdownEnv } from '../markdown';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from '../renderPost';
import { fillLabel } from '../renderTypes';
import { sanitizeHtml } from '../sanitize';
import { pageToc } from '../toc';
import { codeRegions } from './codeRegions';
import { createGoldmarkMarkdown } from './goldmarkMarkdown';
import { goldmarkSettings, type GoldmarkSettings } from './goldmarkSettings';
import { readHugoPage } from './hugoFacts';
import { hugoIsCJKLanguage, hugoSummaryHtml } from './hugoSummary';
import { hugoShortcodes, type ShortcodeSite } from './hugoShortcodes';
import { expandShortcodes } from './shortcodeExpand';
import { restoreShortcodes } from './shortcodeRestore';
import type MarkdownIt from 'markdown-it';

/** The config the Hugo dialect was chosen for; anything else is a bug in the caller. */
function own(config: SiteConfig): HugoConfig {
  if (config.generator !== 'hugo') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Hugo dialect`);
  return config;
}

function record(v: unknown): Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The body of the text from file line `line` on (a BOM dropped), with "\n" line ends. */
function bodyFrom(text: string, line: number): string {
  let at = 0;
  for (let i = 0; i < line && at >= 0; i++) at = text.indexOf('\n', at) + 1 || -1;
  const body = at < 0 ? '' : text.slice(at);
  return (line === 0 ? body.replace(/^\uFEFF/, '') : body).replace(/\r\n?/g, '\n');
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The site model's word rule (wordCount.ts) on the rendered text, token by token: a run of punctuation thousands of
 * characters long costs no more than its length.
 */
function countWords(text: string): WordCount {
  let words = 0;
  let cjkChars = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '' || !WORD_CHAR.test(token)) continue;
    const cjk = token.match(CJK_CHAR);
    if (cjk === null) {
      words++;
      continue;
    }
    cjkChars += cjk.length;
    for (const run of token.split(CJK_CHAR)) if (WORD_CHAR.test(run)) words++;
  }
  return { words, cjkChars };
}

/** Renders posts of one Hugo site; one per site configuration. */
export class HugoRenderer implements DialectRenderer {
  private readonly config: HugoConfig;
  private readonly localize: Localize;
  private readonly settings: GoldmarkSettings;
  private readonly md: MarkdownIt.MarkdownIt;
  private readonly shortcodeSite: ShortcodeSite;
  private readonly contentDirs: readonly string[];
  private readonly staticDir: string;

  constructor(private readonly site: SiteRenderInput) {
    const config = own(site.config);
    this.config = config;
    this.localize = site.localize ?? fillLabel;
    const raw = config.hugo.raw;
    this.settings = goldmarkSettings(raw);
    const highlight = cachedHighlighter();
    this.md = createGoldmarkMarkdown({ settings: this.settings, highlight, emoji: raw['enableemoji'] === true, omittedHtml: this.localize(PLACEHOLDER_MESSAGES.rawHtmlOmitted) });
    this.shortcodeSite = {
      highlight,
      localize: this.localize,
      markdownify: (text) => this.md.renderInline(text),
      unsafe: this.settings.unsafe,
      siteUrl: config.url,
      siteParams: record(raw['params']),
    };
    const languageDirs = Object.values(config.hugo.languages).map((l) => l.contentDir);
    this.contentDirs = [...new Set([config.hugo.contentDir, ...languageDirs].filter((d): d is string => d !== undefined).map((d) => d.replace(/^\.?\/+|\/+$/g, '')))];
    const staticDir = raw['staticdir'];
    const first = Array.isArray(staticDir) ? (staticDir as unknown[])[0] : staticDir;
    this.staticDir = typeof first === 'string' && first.trim() !== '' ? first.trim().replace(/^\.?\/+|\/+$/g, '') : 'static';
  }

  render(doc: DocumentRenderInput): RenderResult {
    const { config } = this;
    const page = readHugoPage({ config, sitePath: doc.sitePath, text: doc.text, nowMs: doc.nowMs, mtimeMs: doc.fallbackDateMs ?? doc.nowMs });
    const problems = [...page.problems];
    const body = bodyFrom(doc.text, page.bodyLine);
    const refs = { posts: this.site.posts, contentDirs: this.contentDirs, sitePath: doc.sitePath, pageUrl: page.facts.url };
    const expanded = expandShortcodes(body, codeRegions(body), hugoShortcodes(this.shortcodeSite, page.frontMatter, refs));
    for (const s of expanded.inCode) problems.push(this.localize(PLACEHOLDER_MESSAGES.shortcodeInCode, s.line + page.bodyLine + 1, /^\{\{[<%]\s*\/?\s*([^\s>%/]+)/.exec(s.source)?.[1] ?? ''));
    const env: MarkdownEnv = { lineMap: expanded.lineMap, lineOffset: page.bodyLine };
    const markdownHtml = restoreShortcodes(this.md.render(expanded.text, env), expanded.slots, problems);
    const headings = (env.headings ?? []).map((h) => ({ ...h, text: h.text.replace(/HAHAHUGOSHORTCODEs\d+HBHB/g, (t) => expanded.slots.get(t)?.text ?? t) }));
    const bodyHtml = pageToc(page.facts.data, headings) + markdownHtml;
    const words = countWords(htmlToText(markdownHtml));
    const facts = { ...page.facts, excerpt: this.summary(page.frontMatter, markdownHtml, doc.text), readingMinutes: readingMinutes(words, { wordsPerMinute: config.wordsPerMinute }) };
    const card = doc.showCard ? frontMatterCard({ facts, title: page.title, bodyHtml, wordsPerMinute: config.wordsPerMinute, labels: doc.labels, line: 0 }) : '';
    const problemHtml = problems.map((p) => `<p class="pc-problem">${liquidPlaceholder(p, p)}</p>`).join('');
    const slash = doc.sitePath.lastIndexOf('/');
    const html = sanitizeHtml(`${problemHtml}${card}<div class="pc-body">${bodyHtml}</div>`, {
      siteUrl: config.url,
      baseurl: config.baseurl,
      documentDir: slash < 0 ? '' : doc.sitePath.slice(0, slash),
      resourceRoot: doc.resourceRoot,
      rootFolder: this.staticDir,
    });
    return { html, title: page.title, facts, headings, problems, relativeFiles: [] };
  }

  /** Hugo's `.Summary` as plain text (hugoSummary.ts); the card shortens it. */
  private summary(frontMatter: Readonly<Record<string, unknown>>, html: string, fileText: string): string {
    const { hugo } = this.config;
    // Hugo reads front matter keys in any case.
    const own = frontMatter[Object.keys(frontMatter).find((k) => k.toLowerCase() === 'summary') ?? 'summary'];
    return plainTextOfHtml(
      hugoSummaryHtml({
        html,
        frontMatterSummaryHtml: typeof own === 'string' && own.trim() !== '' ? this.md.render(own) : undefined,
        summaryLength: hugo.summaryLength,
        cjk: hugoIsCJKLanguage(frontMatter, fileText, hugo.hasCJKLanguage),
      }),
    );
  }
}
