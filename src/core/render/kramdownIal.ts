/**
 * kramdown's inline attribute lists. Span IALs and block IALs written right after a block are handled by
 * markdown-it-attrs (with `{:` as its delimiter); this adds what it does not do the kramdown way: an IAL
 * alone in its own paragraph applies to the block just before it (no blank line between) or else to the
 * block just after it, and otherwise to nothing — it never shows as an empty paragraph.
 */
import type MarkdownIt from 'markdown-it';

const ALONE = /^\{:\s*([^}]*)\}$/;
const PART = /\.([\w-]+)|#([\w-]+)|([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes an IAL may set; anything else (event handlers above all) is dropped. */
export const IAL_ATTRIBUTES: readonly (string | RegExp)[] = ['id', 'class', 'style', 'title', 'lang', 'dir', 'width', 'height', 'align', 'alt', 'target', 'rel', 'start', /^data-/, /^aria-/];

function allowed(name: string): boolean {
  return IAL_ATTRIBUTES.some((a) => (typeof a === 'string' ? a === name : a.test(name)));
}

function applyIal(token: MarkdownIt.Token, ial: string): void {
  for (const m of ial.matchAll(PART)) {
    if (m[1] !== undefined) token.attrJoin('class', m[1]);
    else if (m[2] !== undefined) token.attrSet('id', m[2]);
    else if (m[3] !== undefined && allowed(m[3].toLowerCase())) token.attrSet(m[3], m[4] ?? m[5] ?? '');
  }
}

/** The opening token of the block that ends at `tokens[end]`. */
function openingOf(tokens: readonly MarkdownIt.Token[], end: number): MarkdownIt.Token | undefined {
  const last = tokens[end];
  if (last === undefined) return undefined;
  if (last.nesting === 0) return last;
  for (let i = end - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t !== undefined && t.nesting === 1 && t.level === last.level) return t;
  }
  return undefined;
}

export function kramdownIalPlugin(md: MarkdownIt.MarkdownIt): void {
  md.core.ruler.after('block', 'postcraft_standalone_ial', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const open = tokens[i];
      const inline = tokens[i + 1];
      if (open?.type !== 'paragraph_open' || inline?.type !== 'inline' || open.map === null) continue;
      const ial = ALONE.exec(inline.content.trim());
      if (!ial) continue;
      const before = openingOf(tokens, i - 1);
      const after = tokens[i + 3];
      if (before?.map && before.map[1] === open.map[0] && before.level === open.level) applyIal(before, ial[1] ?? '');
      else if (after?.map && after.map[0] === open.map[1] && after.nesting !== -1 && after.level === open.level) applyIal(after, ial[1] ?? '');
      tokens.splice(i, 3);
      i--;
    }
  });
}
