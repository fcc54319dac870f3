/** Jekyll's excerpt (excerpt.rb): the content up to the first `excerpt_separator`, or front matter `excerpt`. */
import { plainTextOf } from './plainText';

const EXCERPT_TEXT_MAX = 300;
/** The raw excerpt kept is cut here: the model keeps no whole posts. */
const EXCERPT_RAW_MAX = 16 * 1024;

export interface Excerpt {
  /** Jekyll's raw excerpt (before rendering), or the front-matter `excerpt` as written. */
  readonly raw: string;
  /** A short plain-text version for lists and hovers. */
  readonly text: string;
  readonly fromFrontMatter: boolean;
}

/** `separator` is the post's `excerpt_separator`, else the site's. An empty separator means no excerpt. */
export function extractExcerpt(body: string, separator: string, frontMatterExcerpt: unknown): Excerpt | undefined {
  if (typeof frontMatterExcerpt === 'string' || typeof frontMatterExcerpt === 'number') {
    const raw = String(frontMatterExcerpt).slice(0, EXCERPT_RAW_MAX);
    return { raw, text: shorten(plainTextOf(raw)), fromFrontMatter: true };
  }
  if (separator === '') return undefined;
  const at = body.indexOf(separator);
  // Jekyll: with CRLF files the default "\n\n" is never found, so the excerpt is the whole post.
  const raw = body.slice(0, Math.min(at < 0 ? body.length : at, EXCERPT_RAW_MAX));
  return { raw, text: shorten(plainTextOf(raw)), fromFrontMatter: false };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_TEXT_MAX) return flat;
  const cut = flat.slice(0, EXCERPT_TEXT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_TEXT_MAX * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
