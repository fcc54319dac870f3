/** HTML escaping for text and attribute values we build ourselves. */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Removes tags and decodes the few entities our own HTML uses, for plain-text summaries. A tag stops at the next
 * `<` as well as at `>`, so that text with many `<` and no `>` is read once, not from every `<` to its end.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A visible stand-in for Liquid the preview cannot run (unknown tag, missing include, failed block):
 * the source text, with the reason as a tooltip. Kept on one line so Markdown keeps the surrounding block.
 */
export function liquidPlaceholder(source: string, reason: string): string {
  const text = source.replace(/\r?\n/g, ' ');
  return `<span class="pc-liquid-placeholder" title="${escapeHtml(reason)}">${escapeHtml(text)}</span>`;
}
