/**
 * Docusaurus's admonitions as the preview shows them: `:::note`, `:::tip Title`, `:::warning[Title]` … `:::`
 * (more colons for an outer block around an inner one) become a titled box whose content is Markdown. A
 * markdown-it block rule, so the lines inside keep their `data-line`.
 */
import type MarkdownIt from 'markdown-it';
import { escapeHtml } from '../escape';

/** The admonition types of Docusaurus 3's theme (`admonitions.keywords`). */
const TYPES = ['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary'];
const OPEN = new RegExp(`^(:{3,})[ \\t]*(${TYPES.join('|')})(?:\\[(.*)\\])?[ \\t]*(.*?)[ \\t]*$`);

export function docusaurusAdmonitionsPlugin(md: MarkdownIt.MarkdownIt): void {
  md.block.ruler.before(
    'fence',
    'pc_admonition',
    (state, startLine, endLine, silent) => {
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      const start = state.bMarks[startLine]! + state.tShift[startLine]!;
      const match = OPEN.exec(state.src.slice(start, state.eMarks[startLine]));
      if (match === null) return false;
      if (silent) return true;
      const fence = match[1] ?? ':::';
      let next = startLine + 1;
      let closed = false;
      for (; next < endLine; next++) {
        const text = state.src.slice(state.bMarks[next]! + state.tShift[next]!, state.eMarks[next]).trim();
        if (state.sCount[next]! < state.blkIndent && text !== '') break;
        if (/^:+$/.test(text) && text.length === fence.length) {
          closed = true;
          break;
        }
      }
      const oldParent = state.parentType;
      const oldMax = state.lineMax;
      state.parentType = 'blockquote';
      state.lineMax = next;
      const open = state.push('pc_admonition_open', 'div', 1);
      open.block = true;
      open.info = match[2] ?? 'note';
      open.meta = { title: (match[3] ?? match[4] ?? '').trim() };
      open.map = [startLine, next];
      state.md.block.tokenize(state, startLine + 1, next);
      const close = state.push('pc_admonition_close', 'div', -1);
      close.block = true;
      state.parentType = oldParent;
      state.lineMax = oldMax;
      state.line = next + (closed ? 1 : 0);
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
  md.renderer.rules['pc_admonition_open'] = (tokens, idx) => {
    const token = tokens[idx];
    const type = token?.info ?? 'note';
    const own = (token?.meta as { title?: unknown } | null | undefined)?.title;
    const title = typeof own === 'string' && own !== '' ? own : type.charAt(0).toUpperCase() + type.slice(1);
    const line = token?.attrGet('data-line');
    return `<div class="pc-admonition pc-admonition-${escapeHtml(type)}"${line === null || line === undefined ? '' : ` data-line="${escapeHtml(String(line))}"`}><p class="pc-admonition-title">${md.renderInline(title)}</p>\n`;
  };
  md.renderer.rules['pc_admonition_close'] = () => '</div>\n';
}
