/** Fills the table-of-contents slot left by the built-in `toc` include, once the headings are known. */
import { escapeHtml } from './escape';
import type { HeadingInfo } from './headingIds';

const SLOT = /<nav class="toc pc-toc-slot" data-title="([^"]*)"><\/nav>/g;

/** The TOC list of the headings (Minimal Mistakes' classes), indented by level. */
export function tocHtml(title: string, headings: readonly HeadingInfo[]): string {
  const top = Math.min(...headings.map((h) => h.level), 6);
  const items = headings
    .map((h) => `<li class="pc-toc-level-${h.level - top}"><a href="#${escapeHtml(encodeURIComponent(h.id))}">${escapeHtml(h.text)}</a></li>`)
    .join('');
  return `<nav class="toc pc-toc"><header><h4 class="nav__title">${title}</h4></header><ul class="toc__menu">${items}</ul></nav>`;
}

/**
 * The table of contents Minimal Mistakes' layout shows beside the content when `toc: true` (from the post or from
 * `defaults:`), titled by `toc_label`; nothing without headings.
 */
export function pageToc(data: Readonly<Record<string, unknown>>, headings: readonly HeadingInfo[]): string {
  if (data['toc'] !== true || headings.length === 0) return '';
  const label = data['toc_label'];
  return tocHtml(escapeHtml(typeof label === 'string' && label !== '' ? label : 'On this page'), headings);
}

/** Replaces every TOC slot in `html`; `title` in the slot is already escaped. */
export function fillTocSlots(html: string, headings: readonly HeadingInfo[]): string {
  return html.includes('pc-toc-slot') ? html.replace(SLOT, (_m, title: string) => tocHtml(title, headings)) : html;
}
