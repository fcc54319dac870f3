/**
 * Puts shortcode outputs back into the rendered HTML in place of their tokens, as Hugo's expandShortcodeTokens does:
 * a token that is a whole paragraph loses its `<p>` (the output keeps the paragraph's `data-line`, for scroll sync);
 * a token inside a tag (a link's `href`) gets the output's text, escaped. One pass, linear in the HTML.
 */
import { escapeHtml } from '../escape';
import type { ShortcodeSlot } from './shortcodeExpand';

const SCAN = /[<>]|HAHAHUGOSHORTCODEs\d+HBHB/g;
const PARAGRAPH_OPEN = /<p(?: data-line="(\d+)")?>$/;

/** `html` with `data-line` on its first element when it has none (text is left as it is). */
function withLine(html: string, line: string | undefined): string {
  if (line === undefined) return html;
  const first = /^\s*<([a-zA-Z][\w-]*)((?:\s[^>]*)?)>/.exec(html);
  if (first === null || /\sdata-line=/.test(first[2] ?? '')) return html;
  return html.replace(/^(\s*<[a-zA-Z][\w-]*)/, `$1 data-line="${line}"`);
}

/** The HTML with every known token replaced; `problems` gets the problem of each output used inside a tag. */
export function restoreShortcodes(html: string, slots: ReadonlyMap<string, ShortcodeSlot>, problems: string[]): string {
  if (slots.size === 0) return html;
  const out: string[] = [];
  let inTag = false;
  let copied = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(html); m !== null; m = SCAN.exec(html)) {
    const found = m[0];
    if (found === '<') inTag = true;
    else if (found === '>') inTag = false;
    else {
      const slot = slots.get(found);
      if (slot === undefined) continue;
      let before = html.slice(copied, m.index);
      let end = m.index + found.length;
      if (inTag) {
        if (slot.problem !== undefined && !problems.includes(slot.problem)) problems.push(slot.problem);
        out.push(before, escapeHtml(slot.text));
      } else {
        const open = PARAGRAPH_OPEN.exec(before);
        if (open !== null && html.startsWith('</p>', end)) {
          before = before.slice(0, open.index);
          end += 4;
          out.push(before, withLine(slot.html, open[1]));
        } else {
          out.push(before, slot.html);
        }
      }
      copied = end;
      SCAN.lastIndex = end;
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}
