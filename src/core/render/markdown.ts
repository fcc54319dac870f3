/**
 * Markdown as Jekyll's kramdown (GFM input) shows it, on markdown-it: raw HTML kept, GFM tables, task lists,
 * footnotes, kramdown IALs, jemoji shortcodes, smart quotes, GFM heading ids, highlighted code, and
 * `data-line` on every block for scroll sync.
 */
import MarkdownIt from 'markdown-it';
import attrs from 'markdown-it-attrs';
import { full as emoji } from 'markdown-it-emoji';
import { headingIdsPlugin } from './headingIds';
import type { HeadingInfo } from './headingIds';
import { highlightCode, type Highlighter } from './highlight';
import { kramdownFootnotesPlugin } from './kramdownFootnotes';
import { IAL_ATTRIBUTES, kramdownIalPlugin } from './kramdownIal';
import { taskListsPlugin } from './taskLists';

/** What a render passes in `env`, and what comes back in it. */
export type MarkdownEnv = {
  /** Output line → source line; without it no `data-line` is written (markdownify). */
  lineMap?: readonly number[];
  /** Added to every mapped line (the line where the body starts in the file). */
  lineOffset?: number;
  /** Filled by the heading-ids rule. */
  headings?: HeadingInfo[];
};

/** Core rule: `data-line` (the file line, through `env.lineMap` and `env.lineOffset`) on every block that has a source line. */
export function sourceLinesPlugin(md: MarkdownIt.MarkdownIt): void {
  md.core.ruler.push('postcraft_source_lines', (state) => {
    const env = state.env as MarkdownEnv;
    const map = env.lineMap;
    if (map === undefined) return;
    const offset = env.lineOffset ?? 0;
    for (const token of state.tokens) {
      if (token.map === null || token.nesting === -1 || token.type === 'inline') continue;
      const line = map[token.map[0]] ?? map[map.length - 1] ?? 0;
      token.attrSet('data-line', String(line + offset));
    }
  });
}

/** A configured markdown-it; create once and reuse (it holds no per-document state). */
/**
 * `ial: false` leaves out kramdown's attribute lists (`{: .class}`): their plugins test every token, which is most of
 * a long post's render time, so a post without `{:` is rendered without them.
 */
export function createMarkdown(highlight: Highlighter = highlightCode, options: { readonly ial: boolean } = { ial: true }): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt({
    html: true,
    linkify: false,
    typographer: true,
    highlight: (code, lang) => highlight(code, lang.split(/\s+/)[0] ?? ''),
  });
  // kramdown turns quotes into curly ones but knows none of markdown-it's (c) / (tm) replacements.
  md.disable('replacements');
  if (options.ial) {
    md.use(kramdownIalPlugin);
    md.use(attrs, { leftDelimiter: '{:', rightDelimiter: '}', allowedAttributes: [...IAL_ATTRIBUTES] });
  }
  md.use(kramdownFootnotesPlugin);
  md.use(taskListsPlugin);
  // jemoji turns `:name:` shortcodes into emoji and leaves text smileys such as `:)` or `<3` as they are.
  md.use(emoji, { shortcuts: {} });
  md.use(headingIdsPlugin);
  md.use(sourceLinesPlugin);
  // The source line of a code block belongs on its <pre> (the block the preview scrolls to), with or without
  // the attribute-list plugins, which otherwise change where markdown-it puts it.
  const fence = md.renderer.rules['fence'];
  if (fence !== undefined) {
    md.renderer.rules['fence'] = (tokens, idx, opts, env, self) =>
      fence(tokens, idx, opts, env, self).replace(/^<pre><code data-line="(\d+)"/, '<pre data-line="$1"><code');
  }
  return md;
}
