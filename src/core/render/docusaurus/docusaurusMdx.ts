/**
 * What of a Docusaurus post only MDX (React) can show, turned into the preview's placeholders before the
 * Markdown is rendered, line for line (so every block keeps its source line): top-level `import`/`export`
 * statements, JSX components (`<Tweet id="…" />`, `<Tabs>` … `</Tabs>`; their Markdown children are still
 * shown), `{/* … *\/}` comments, and the truncate marker, shown where the blog list cuts the post. Fenced and
 * inline code is left as it is.
 */
import { escapeHtml } from '../escape';

export interface MdxLabels {
  /** The placeholder's tooltip for an MDX part, given its name (`import`, `<Tweet>`). */
  readonly byDocusaurus: (what: string) => string;
  /** The truncate marker's tooltip. */
  readonly truncate: string;
}

function placeholder(text: string, title: string): string {
  return `<span class="pc-shortcode" title="${escapeHtml(title)}">${escapeHtml(text)}</span>`;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMPONENT = /<\/?([A-Z][\w.]*)(?:\s(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)?\/?>/g;
const JSX_COMMENT = /\{\/\*([\s\S]*?)\*\/\}/g;

/** Replaces the MDX-only parts of `body` with placeholders, keeping its lines; `truncate` is the marker's RegExp source. */
export function mdxPlaceholders(body: string, truncate: string, labels: MdxLabels): string {
  let marker: RegExp;
  try {
    marker = new RegExp(truncate, 'g');
  } catch {
    marker = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/g;
  }
  const cut = `<p class="pc-shortcode pc-truncate" title="${escapeHtml(labels.truncate)}">✂ truncate</p>`;
  const lines = body.split('\n');
  let fence: string | undefined;
  let inStatement = false;
  return lines
    .map((line) => {
      const open = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        if (open !== undefined && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = undefined;
        return line;
      }
      if (open !== undefined) {
        fence = open;
        return line;
      }
      if (inStatement) {
        if (line.trim() === '') inStatement = false;
        return '';
      }
      const statement = /^(import|export)\s/.exec(line);
      if (statement !== null) {
        inStatement = true;
        return placeholder(`MDX ${statement[1] ?? ''}`, labels.byDocusaurus(line.trim().slice(0, 80).replace(/;$/, '')));
      }
      if (marker.test(line)) {
        marker.lastIndex = 0;
        return line.trim().replace(marker, '') === '' ? cut : line.replace(marker, cut);
      }
      // Inline code spans keep their text: only the parts between them are looked at.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part
                .replace(JSX_COMMENT, '')
                .replace(COMPONENT, (tag: string, name: string) => placeholder(tag.startsWith('</') ? `</${name}>` : `<${name}>`, labels.byDocusaurus(`<${name}>`))),
        )
        .join('');
    })
    .join('\n');
}
