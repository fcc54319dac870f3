/**
 * Footnotes as Hugo 0.111.3's Goldmark prints them (verified with hugo): notes numbered in the order they are first
 * referenced, whatever their names (`[^각주]` included); references `<sup id="fnref:N">` and, for the k-th repeat,
 * `fnref{k}:N`; the list in `<div class="footnotes" role="doc-endnotes"><hr><ol>`; each note's backlinks (`↩︎`, one
 * per reference, each after a no-break space) at the end of its last paragraph, or after its last block when that
 * is not a paragraph. No inline notes (`^[…]`); unreferenced notes are left out.
 */
import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

interface NoteMeta {
  readonly id: number;
  readonly subId?: number;
}

type Rule = NonNullable<MarkdownIt.Renderer['rules'][string]>;

function metaOf(tokens: readonly MarkdownIt.Token[], idx: number): NoteMeta {
  return (tokens[idx]?.meta as NoteMeta | undefined) ?? { id: 0 };
}

function refId(meta: NoteMeta): string {
  const sub = meta.subId ?? 0;
  return `fnref${sub > 0 ? sub : ''}:${meta.id + 1}`;
}

const rules: Readonly<Record<string, Rule>> = {
  footnote_ref: (tokens, idx) => {
    const meta = metaOf(tokens, idx);
    return `<sup id="${refId(meta)}"><a href="#fn:${meta.id + 1}" class="footnote-ref" role="doc-noteref">${meta.id + 1}</a></sup>`;
  },
  footnote_block_open: () => '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n',
  footnote_block_close: () => '</ol>\n</div>\n',
  footnote_open: (tokens, idx) => `<li id="fn:${metaOf(tokens, idx).id + 1}">\n`,
  footnote_close: () => '</li>\n',
  footnote_anchor: (tokens, idx) => `&#160;<a href="#${refId(metaOf(tokens, idx))}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`,
};

export function goldmarkFootnotesPlugin(md: MarkdownIt.MarkdownIt): void {
  md.use(footnote);
  md.inline.ruler.disable('footnote_inline');
  Object.assign(md.renderer.rules, rules);
}
