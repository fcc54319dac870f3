/**
 * The render of a page of an MDX generator (Astro, Docusaurus): CommonMark + GFM Markdown with raw HTML kept (as
 * MDX keeps JSX) and sanitised, the page's table of contents, the front-matter card and the site's static folder
 * as the root. Each dialect first turns its MDX-only parts into placeholders that keep every line where it was.
 */
import type MarkdownIt from 'markdown-it';
import type { PostInfo } from '../post';
import { countWordsInText, readingMinutes } from '../wordCount';
import { plainTextOfHtml } from './cardSummary';
import { htmlToText, liquidPlaceholder } from './escape';
import { frontMatterCard } from './frontMatterCard';
import { cachedHighlighter } from './highlight';
import { createGoldmarkMarkdown } from './hugo/goldmarkMarkdown';
import { DEFAULT_GOLDMARK } from './hugo/goldmarkSettings';
import type { MarkdownEnv } from './markdown';
import { modelFacts } from './modelFacts';
import type { DocumentRenderInput, RenderResult } from './renderPost';
import { sanitizeHtml } from './sanitize';
import { pageToc } from './toc';

/** MDX's Markdown: CommonMark + GFM, HTML kept (as JSX), quotes straight, no bare-URL links. */
export function createMdxMarkdown(): MarkdownIt.MarkdownIt {
  return createGoldmarkMarkdown({
    settings: { ...DEFAULT_GOLDMARK, typographer: false, linkify: false, unsafe: true, headingAttributes: true },
    highlight: cachedHighlighter(),
    emoji: false,
    omittedHtml: '',
  });
}

export interface MdxPageInput {
  readonly doc: DocumentRenderInput;
  readonly md: MarkdownIt.MarkdownIt;
  readonly info: PostInfo;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** The body with the MDX-only parts as placeholders, line for line, and the file line it starts at. */
  readonly body: string;
  readonly bodyLine: number;
  readonly site: { readonly url: string; readonly baseurl: string; readonly wordsPerMinute: number; readonly staticFolder: string };
  /** The part of the rendered body a blog list shows when the post has no `description`. */
  readonly listedPart: (html: string) => string;
}

export function renderMdxPage(input: MdxPageInput): RenderResult {
  const { doc, frontMatter, site } = input;
  // Output line n is body line n: the placeholders keep every line where it was.
  const env: MarkdownEnv = { lineMap: input.body.split('\n').map((_, i) => i), lineOffset: input.bodyLine };
  const markdownHtml = input.md.render(input.body, env);
  const bodyHtml = pageToc(frontMatter, env.headings ?? []) + markdownHtml;
  const facts = {
    ...modelFacts(input.info, { data: frontMatter, alsoShow: 'frontMatter.computed' }),
    excerpt: description(frontMatter, input.listedPart(markdownHtml)),
    readingMinutes: readingMinutes(countWordsInText(htmlToText(markdownHtml)), { wordsPerMinute: site.wordsPerMinute }),
  };
  const title = input.info.title;
  const card = doc.showCard ? frontMatterCard({ facts, title, bodyHtml, wordsPerMinute: site.wordsPerMinute, labels: doc.labels, line: 0 }) : '';
  const problemHtml = facts.problems.map((p) => `<p class="pc-problem">${liquidPlaceholder(p, p)}</p>`).join('');
  const slash = doc.sitePath.lastIndexOf('/');
  const html = sanitizeHtml(`${problemHtml}${card}<div class="pc-body">${bodyHtml}</div>`, {
    siteUrl: site.url,
    baseurl: site.baseurl,
    documentDir: slash < 0 ? '' : doc.sitePath.slice(0, slash),
    resourceRoot: doc.resourceRoot,
    rootFolder: site.staticFolder,
  });
  return { html, title, facts, headings: env.headings ?? [], problems: facts.problems, relativeFiles: [] };
}

/** What a blog list shows of the post: its `description`, else the plain text of the listed part (placeholders left out). */
function description(frontMatter: Readonly<Record<string, unknown>>, listedHtml: string): string {
  const own = frontMatter['description'];
  if (typeof own === 'string' && own.trim() !== '') return own;
  return plainTextOfHtml(listedHtml.replace(/<span class="pc-shortcode"[^>]*>[^<]*<\/span>/g, ''));
}
