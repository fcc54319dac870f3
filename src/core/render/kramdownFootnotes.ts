/**
 * Footnotes as Jekyll's kramdown prints them, on markdown-it-footnote (its parser, our renderer rules):
 * ids from the note's name (`fn:name`, `fnref:name`, `fnref:name:1` for the second reference to the same
 * note), every reference showing the note's number, `reversefootnote` backlinks (`↩`, `↩²`…, each after a
 * no-break space) at the end of the note's last paragraph or in a paragraph of their own, and the list in `<div class="footnotes">`. Like
 * kramdown, only names of ASCII word characters and "-" make a note (`[^각주]` stays text, its definition
 * vanishes as a link definition does), and there are no inline notes (`^[…]`).
 */
import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { escapeHtml } from './escape';

/** kramdown's ALD_ID_NAME; Ruby's `\w` is ASCII only. */
const KRAMDOWN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
/** What markdown-it-footnote takes as a definition: `[^name]:` with no space in the name. */
const DEFINITION = /^\[\^([^\]\s]+)\]:/;
const BACKLINK = '&#8617;';

interface NoteMeta {
  readonly id: number;
  readonly subId?: number;
  readonly label?: string;
  /** Set on the first backlink of a note whose last block is not a paragraph (it opens a paragraph of its own). */
  readonly alone?: boolean;
}

type Rule = NonNullable<MarkdownIt.Renderer['rules'][string]>;

function metaOf(tokens: readonly MarkdownIt.Token[], idx: number): NoteMeta {
  return (tokens[idx]?.meta as NoteMeta | undefined) ?? { id: 0 };
}

function name(meta: NoteMeta): string {
  return escapeHtml(meta.label ?? String(meta.id + 1));
}

function refId(meta: NoteMeta): string {
  const sub = meta.subId ?? 0;
  return sub > 0 ? `fnref:${name(meta)}:${sub}` : `fnref:${name(meta)}`;
}

const rules: Readonly<Record<string, Rule>> = {
  footnote_ref: (tokens, idx) => {
    const meta = metaOf(tokens, idx);
    return `<sup id="${refId(meta)}" role="doc-noteref"><a href="#fn:${name(meta)}" class="footnote" rel="footnote">${meta.id + 1}</a></sup>`;
  },
  footnote_block_open: () => '<div class="footnotes" role="doc-endnotes">\n<ol>\n',
  footnote_block_close: () => '</ol>\n</div>\n',
  footnote_open: (tokens, idx) => `<li id="fn:${name(metaOf(tokens, idx))}" role="doc-endnote">`,
  footnote_close: () => '</li>\n',
  footnote_anchor: (tokens, idx) => {
    const meta = metaOf(tokens, idx);
    const sub = meta.subId ?? 0;
    const mark = sub > 0 ? `${BACKLINK}<sup>${sub + 1}</sup>` : BACKLINK;
    return `${meta.alone === true ? '' : '\u00a0'}<a href="#${refId(meta)}" class="reversefootnote" role="doc-backlink">${mark}</a>`;
  },
};

/** A definition whose name kramdown would not take: kramdown reads it as a link definition, which shows nothing. */
function foreignDefinition(state: MarkdownIt.StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const line = state.src.slice(start, state.eMarks[startLine]);
  const label = DEFINITION.exec(line)?.[1];
  if (label === undefined || KRAMDOWN_NAME.test(label)) return false;
  if (!silent) state.line = startLine + 1;
  return true;
}

/** Backlinks of a note that ends with a list or code get a paragraph of their own, as in kramdown. */
function backlinkParagraphs(state: MarkdownIt.StateCore): void {
  const out: MarkdownIt.Token[] = [];
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.type !== 'footnote_anchor' || out[out.length - 1]?.type === 'inline' || out[out.length - 1]?.type === 'footnote_anchor') {
      out.push(token);
      continue;
    }
    // Not a block token, so that no line break comes between <p> and the link.
    out.push(new state.Token('paragraph_open', 'p', 1));
    token.meta = { ...token.meta, alone: true };
    out.push(token);
    while (tokens[i + 1]?.type === 'footnote_anchor') out.push(tokens[++i] as MarkdownIt.Token);
    const close = new state.Token('paragraph_close', 'p', -1);
    close.block = true;
    out.push(close);
  }
  state.tokens = out;
}

export function kramdownFootnotesPlugin(md: MarkdownIt.MarkdownIt): void {
  md.use(footnote);
  md.inline.ruler.disable('footnote_inline');
  md.block.ruler.before('footnote_def', 'kramdown_foreign_footnote', foreignDefinition, { alt: ['paragraph', 'reference'] });
  md.core.ruler.after('footnote_tail', 'kramdown_footnote_backlinks', backlinkParagraphs);
  Object.assign(md.renderer.rules, rules);
}
