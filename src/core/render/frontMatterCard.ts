/**
 * The card at the top of the preview: what the theme shows around the post (title, date in the site's
 * zone, category and tag chips, description or excerpt, header image, reading time) and what only the
 * writer needs (draft / unpublished / future badges, values inherited from `defaults:`).
 */
import { shortSummary } from './cardSummary';
import { escapeHtml, htmlToText } from './escape';
import type { PostFacts } from './postFacts';
import { fillLabel } from './renderTypes';
import type { CardLabels } from './renderTypes';

export interface CardInput {
  readonly facts: PostFacts;
  readonly title: string;
  /** The rendered body, for the excerpt and the reading time. */
  readonly bodyHtml: string;
  readonly wordsPerMinute: number;
  readonly labels: CardLabels;
  /** Line of the opening `---`, so that scroll sync can reach the card. */
  readonly line: number;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function inheritedAttrs(facts: PostFacts, key: string, labels: CardLabels): string {
  return facts.inherited.has(key) ? ` data-inherited="true" title="${escapeHtml(labels.inherited)}"` : '';
}

/** Reading time: the model's CJK-aware count when there is one, else Minimal Mistakes' words over words_per_minute. */
export function readingTime(bodyHtml: string, wordsPerMinute: number, labels: CardLabels, counted?: number): string {
  const minutes = counted ?? Math.floor(htmlToText(bodyHtml).split(/\s+/).filter((w) => w !== '').length / Math.max(1, wordsPerMinute));
  return minutes < 1 ? labels.lessThanAMinute : fillLabel(labels.readingTime, minutes);
}

function formatDate(facts: PostFacts): string | undefined {
  const iso = facts.date?.iso;
  if (iso === undefined) return undefined;
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function chips(values: readonly string[], kind: 'category' | 'tag', attrs: string): string {
  return values.map((v) => `<span class="pc-chip pc-chip-${kind}"${attrs}>${kind === 'tag' ? '#' : ''}${escapeHtml(v)}</span>`).join('');
}

function termCount(facts: PostFacts): number {
  return Object.values(facts.terms ?? {}).reduce((n, names) => n + names.length, 0);
}

/** Chips of the site's other taxonomies (Hugo's `series`…), each named by its taxonomy as the config writes it. */
function termChips(facts: PostFacts): string {
  return Object.entries(facts.terms ?? {})
    .map(([taxonomy, names]) =>
      names.map((n) => `<span class="pc-chip pc-chip-term" data-taxonomy="${escapeHtml(taxonomy)}">${escapeHtml(taxonomy)}: ${escapeHtml(n)}</span>`).join(''),
    )
    .join('');
}

/** The card's HTML (resource URLs are resolved later, with the rest of the page). */
export function frontMatterCard(input: CardInput): string {
  const { facts, labels } = input;
  const data = facts.data;
  const header = record(data['header']);
  const badges = [
    facts.kind === 'draft' ? `<span class="pc-badge pc-badge-draft">${escapeHtml(labels.draft)}</span>` : '',
    facts.published ? '' : `<span class="pc-badge pc-badge-unpublished">${escapeHtml(labels.unpublished)}</span>`,
    facts.future ? `<span class="pc-badge pc-badge-future">${escapeHtml(labels.future)}</span>` : '',
    facts.expired === true ? `<span class="pc-badge pc-badge-expired">${escapeHtml(labels.expired)}</span>` : '',
  ].join('');
  // `header.teaser` is the small image of lists (Minimal Mistakes shows it only there), not the post's header.
  const image = str(header['overlay_image']) ?? str(header['image']);
  const description = str(data['description']) ?? str(data['excerpt']);
  // Never made up from the body: the generator's own excerpt or summary, as plain text, or nothing.
  const summary = description ?? shortSummary(facts.excerpt ?? '');
  const date = formatDate(facts);
  const meta = [
    date === undefined ? '' : `<time datetime="${escapeHtml(facts.date?.iso ?? '')}"${inheritedAttrs(facts, 'date', labels)}>${escapeHtml(date)}</time>`,
    `<span class="pc-reading-time">${escapeHtml(readingTime(input.bodyHtml, input.wordsPerMinute, labels, facts.readingMinutes))}</span>`,
  ].filter((s) => s !== '');
  const inheritedKeys = [...facts.inherited].sort();
  const defaultsLine =
    inheritedKeys.length === 0
      ? ''
      : `<p class="pc-card-defaults" title="${escapeHtml(labels.inherited)}">${escapeHtml(
          fillLabel(labels.fromDefaults, inheritedKeys.map((k) => `${k}: ${shortValue(data[k])}`).join(', ')),
        )}</p>`;
  return [
    `<header class="pc-card" data-line="${input.line}">`,
    badges === '' ? '' : `<div class="pc-card-badges">${badges}</div>`,
    image === undefined ? '' : `<img class="pc-card-image" src="${escapeHtml(image)}" alt=""${inheritedAttrs(facts, 'header', labels)}>`,
    `<h1 class="pc-card-title"${inheritedAttrs(facts, 'title', labels)}>${escapeHtml(input.title)}</h1>`,
    `<div class="pc-card-meta">${meta.join('<span class="pc-sep" aria-hidden="true">·</span>')}</div>`,
    facts.categories.length + facts.tags.length + termCount(facts) === 0
      ? ''
      : `<div class="pc-card-chips">${chips(facts.categories, 'category', inheritedAttrs(facts, 'categories', labels))}${chips(facts.tags, 'tag', inheritedAttrs(facts, 'tags', labels))}${termChips(facts)}</div>`,
    summary === '' ? '' : `<p class="pc-card-summary${description === undefined ? ' pc-card-excerpt' : ''}"${description === undefined ? '' : inheritedAttrs(facts, 'description', labels)}>${escapeHtml(summary)}</p>`,
    defaultsLine,
    '</header>',
  ].join('');
}

function shortValue(v: unknown): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
