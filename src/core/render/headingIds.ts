/**
 * Heading ids as Jekyll makes them. Jekyll's kramdown reads `input: GFM`, whose parser
 * (kramdown-parser-gfm, generate_gfm_header_id) takes the header's text as parsed (text, code spans, entities
 * and smart quotes; not link targets, HTML tags or footnote markers), lower-cases it, drops everything but
 * Unicode word characters, "-", space and tab, turns spaces and tabs into "-", and numbers repeats
 * ("a", "a-1", "a-2"). Hangul is a word character, so Korean headings keep Korean ids.
 */
import type MarkdownIt from 'markdown-it';

export interface HeadingInfo {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

// Ruby's \p{Word}: letters, marks, decimal numbers, connector punctuation.
const NON_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;

/** One id per call, numbering repeats the way kramdown's @id_counter does. */
export class GfmIdGenerator {
  private readonly counts = new Map<string, number>();

  next(rawText: string): string {
    const base = rawText.toLowerCase().replace(NON_WORD, '').replace(/[ \t]/g, '-');
    const count = (this.counts.get(base) ?? -1) + 1;
    this.counts.set(base, count);
    return count > 0 ? `${base}-${count}` : base;
  }
}

/** The text kramdown builds the id from; emoji shortcodes are still text for kramdown (jemoji runs later). */
function idText(inline: MarkdownIt.Token): string {
  let text = '';
  for (const t of inline.children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') text += t.content;
    else if (t.type === 'emoji') text += `:${t.markup}:`;
  }
  return text;
}

function plainText(inline: MarkdownIt.Token): string {
  return (inline.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline' || t.type === 'emoji')
    .map((t) => t.content)
    .join('');
}

/** Core rule: sets `id` on headings that have none, and lists the headings in `env.headings`. */
export function headingIdsPlugin(md: MarkdownIt.MarkdownIt): void {
  md.core.ruler.push('postcraft_heading_ids', (state) => {
    const ids = new GfmIdGenerator();
    const headings: HeadingInfo[] = [];
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      const inline = tokens[i + 1];
      if (open?.type !== 'heading_open' || inline?.type !== 'inline') continue;
      // Without a trailing IAL, in case the attribute-list plugins left one.
      const raw = idText(inline).replace(/\s*\{:[^}]*\}\s*$/, '');
      const existing = open.attrGet('id');
      let id = existing === null ? '' : String(existing);
      if (id === '') {
        id = ids.next(raw);
        open.attrSet('id', id);
      }
      headings.push({ level: Number(open.tag.slice(1)), id, text: plainText(inline) });
    }
    const env = state.env as { headings?: HeadingInfo[] };
    env.headings = headings;
  });
}
