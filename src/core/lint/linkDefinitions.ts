/**
 * Markdown's link reference definitions (`[label]: destination "title"`) of a post's body, each where it is written:
 * up to three spaces of indent (any, in MDX), not inside fenced or indented code, and not continuing a paragraph (a definition
 * cannot interrupt one). A definition inside a block quote or a list item, or whose title runs over lines, is not
 * read. One line at a time, linear in the text.
 */

export interface LinkDefinition {
  readonly label: string;
  /** The destination as written (angle brackets removed). */
  readonly dest: string;
  /** 0-based line; UTF-16 columns of the `[` that opens the definition and of the destination. */
  readonly line: number;
  readonly start: number;
  readonly destStart: number;
  readonly destEnd: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Label (no unescaped brackets, not blank), colon, destination (`<…>` or a run without spaces), then a title or nothing. */
const DEFINITION = /^([ \t]*)\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:<([^<>\n]*)>|([^\s<][^\s]*))([ \t]+["'(].*|[ \t]*)$/;
/** Lines after which a definition may start although they are not blank: headings, rules, closed fences. */
const BLOCK_LINE = /^ {0,3}(#{1,6}([ \t].*)?|([-*_])[ \t]*(\3[ \t]*){2,})$/;

/**
 * `indentedCode: false` reads the text as MDX does (Docusaurus's default format, for `.md` files too): no indented
 * code, and a definition may be indented any amount.
 */
export function linkDefinitions(text: string, fromLine: number, indentedCode = true): LinkDefinition[] {
  const found: LinkDefinition[] = [];
  if (!text.includes(']:')) return found;
  const lines = text.split('\n');
  let fence: string | undefined;
  // Whether the line before may be followed by a definition (not a paragraph's text).
  let open = true;
  for (let n = fromLine; n < lines.length; n++) {
    const raw = lines[n] ?? '';
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) {
        fence = undefined;
        open = true;
      }
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      continue;
    }
    if (line.trim() === '') {
      open = true;
      continue;
    }
    // Indented code after a blank line (a definition may follow it); inside a paragraph, more of its text.
    if (indentedCode && /^( {4}|\t)/.test(line)) continue;
    const m = open ? DEFINITION.exec(line) : null;
    if (m === null || (m[2] ?? '').trim() === '' || !balanced(m[4])) {
      open = BLOCK_LINE.test(line);
      continue;
    }
    const indent = (m[1] ?? '').length;
    const angled = m[3] !== undefined;
    const dest = m[3] ?? m[4] ?? '';
    const destStart = line.indexOf(angled ? `<${dest}>` : dest, indent + (m[2] ?? '').length + 3) + (angled ? 1 : 0);
    found.push({ label: m[2] ?? '', dest, line: n, start: indent, destStart, destEnd: destStart + dest.length });
  }
  return found;
}

/** A bare destination's parentheses must balance (CommonMark), else it is no definition. */
function balanced(dest: string | undefined): boolean {
  if (dest === undefined) return true;
  let depth = 0;
  for (let i = 0; i < dest.length; i++) {
    const c = dest[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
