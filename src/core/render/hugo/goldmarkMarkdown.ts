/**
 * Markdown as Hugo 0.111.3's Goldmark renders it, on markdown-it, following the site's `[markup.goldmark]`: GFM
 * tables, `~~strikethrough~~` as `<del>`, task lists, linkify, footnotes, heading attributes and auto ids, the
 * typographer, and raw HTML left out unless `unsafe` (a block of it shows a marker, since the site shows nothing
 * there). Code blocks have Hugo's shape (`<div class="highlight"><pre tabindex="0"><code class="language-x"
 * data-lang="x">`), highlighted by the project's highlighter rather than Chroma. Every block has its `data-line`.
 * Definition lists are not rendered: no well-kept plugin is among the dependencies.
 */
import MarkdownIt from 'markdown-it';
import { full as emoji } from 'markdown-it-emoji';
import { escapeHtml } from '../escape';
import type { Highlighter } from '../highlight';
import { sourceLinesPlugin } from '../markdown';
import { goldmarkFootnotesPlugin } from './goldmarkFootnotes';
import { goldmarkHeadingsPlugin } from './goldmarkHeadings';
import { goldmarkLinkifyPlugin, goldmarkTaskListPlugin, goldmarkTypographerPlugin } from './goldmarkInline';
import type { GoldmarkSettings } from './goldmarkSettings';

export interface GoldmarkOptions {
  readonly settings: GoldmarkSettings;
  readonly highlight: Highlighter;
  /** Hugo's `enableEmoji`: `:name:` shortcodes become emoji. */
  readonly emoji: boolean;
  /** The marker's text and tooltip where a block of raw HTML was left out. */
  readonly omittedHtml: string;
}

function dataLine(token: MarkdownIt.Token | undefined): string {
  const line = token?.attrGet('data-line');
  return line === null || line === undefined ? '' : ` data-line="${escapeHtml(String(line))}"`;
}

/** The first word of a fence's info string, as Hugo takes the language. */
function languageOf(info: string): string {
  return info.trim().split(/[\s{]/)[0] ?? '';
}

function codeRules(md: MarkdownIt.MarkdownIt, highlight: Highlighter): void {
  md.renderer.rules['fence'] = (tokens, idx) => {
    const token = tokens[idx];
    const content = token?.content ?? '';
    const lang = languageOf(md.utils.unescapeAll(token?.info ?? ''));
    if (lang === '') return `<pre tabindex="0"${dataLine(token)}><code>${escapeHtml(content)}</code></pre>\n`;
    const name = escapeHtml(lang);
    return `<div class="highlight"${dataLine(token)}><pre tabindex="0"><code class="language-${name}" data-lang="${name}">${highlight(content, lang)}</code></pre></div>\n`;
  };
  md.renderer.rules['code_block'] = (tokens, idx) => `<pre${dataLine(tokens[idx])}><code>${escapeHtml(tokens[idx]?.content ?? '')}</code></pre>\n`;
}

/** Hugo's summary divider, kept in the HTML (as a comment, which the sanitiser drops) to find the summary by. */
export const SUMMARY_DIVIDER = '<!--more-->';

function omitRawHtml(md: MarkdownIt.MarkdownIt, omitted: string): void {
  // A comment shows nothing on the site either way; the divider stays for the summary.
  md.renderer.rules['html_block'] = (tokens, idx) => {
    const content = tokens[idx]?.content ?? '';
    if (/^\s*<!--[\s\S]*?-->\s*$/.test(content)) return content.includes(SUMMARY_DIVIDER) ? SUMMARY_DIVIDER : '';
    return `<p class="pc-html-omitted"${dataLine(tokens[idx])} title="${escapeHtml(omitted)}">${escapeHtml(omitted)}</p>\n`;
  };
  md.renderer.rules['html_inline'] = (tokens, idx) => (tokens[idx]?.content === SUMMARY_DIVIDER ? SUMMARY_DIVIDER : '');
}

/** A configured markdown-it; create once per site and reuse (it holds no per-document state). */
export function createGoldmarkMarkdown(options: GoldmarkOptions): MarkdownIt.MarkdownIt {
  const { settings } = options;
  const md = new MarkdownIt({ html: true, linkify: settings.linkify, typographer: settings.typographer, breaks: settings.hardWraps });
  if (!settings.table) md.disable('table');
  if (settings.strikethrough) {
    md.renderer.rules['s_open'] = () => '<del>';
    md.renderer.rules['s_close'] = () => '</del>';
  } else {
    md.disable('strikethrough');
  }
  if (settings.linkify) goldmarkLinkifyPlugin(md, settings.linkifyProtocol);
  if (settings.typographer) goldmarkTypographerPlugin(md);
  else md.disable(['replacements', 'smartquotes']);
  if (settings.footnote) goldmarkFootnotesPlugin(md);
  if (settings.taskList) goldmarkTaskListPlugin(md);
  if (options.emoji) md.use(emoji, { shortcuts: {} });
  goldmarkHeadingsPlugin(md, settings);
  md.use(sourceLinesPlugin);
  codeRules(md, options.highlight);
  if (!settings.unsafe) omitRawHtml(md, options.omittedHtml);
  return md;
}
