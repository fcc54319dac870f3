/**
 * Jekyll's Utils.slugify (4.3.1). Modes: raw, default, pretty, ascii, latin. Any other mode (`none`, and
 * `cjk`, which Jekyll 4.3.1 does not know) returns the string only lower-cased, exactly as Jekyll does.
 * Unlike Jekyll, the result is NFC-normalized, so NFD file names (macOS) give the same URL as NFC ones.
 */
import { transliterateLatin } from './latinMap';

export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin' | 'none' | (string & {});

const RAW = /[ \t\r\n\f\v]+/g;
const DEFAULT = /[^\p{M}\p{L}\p{Nd}]+/gu;
const PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
const ASCII = /[^A-Za-z0-9]+/g;

const KNOWN = new Set(['raw', 'default', 'pretty', 'ascii', 'latin']);

export interface SlugifyOptions {
  readonly mode?: SlugifyMode | undefined;
  /** Keep upper-case letters (Jekyll's `cased: true`). */
  readonly cased?: boolean;
}

/** Slugifies like Jekyll's Utils.slugify; the empty string comes back empty (Jekyll warns about it). */
export function slugify(input: string, options?: SlugifyOptions): string {
  const mode = options?.mode ?? 'default';
  const cased = options?.cased ?? false;
  if (!KNOWN.has(mode)) return nfc(cased ? input : input.toLowerCase());
  let s = mode === 'latin' ? transliterateLatin(input) : input;
  const pattern = mode === 'raw' ? RAW : mode === 'pretty' ? PRETTY : mode === 'ascii' ? ASCII : DEFAULT;
  s = s.replace(pattern, '-');
  // Jekyll: gsub(/^-|-$/, "") — one hyphen at each end (runs were already collapsed, and no mode keeps a "\n").
  s = trimOneHyphen(s);
  if (!cased) s = s.toLowerCase();
  return nfc(s);
}

function trimOneHyphen(s: string): string {
  const start = s.startsWith('-') ? 1 : 0;
  const end = s.length > start && s.endsWith('-') ? s.length - 1 : s.length;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * ASCII and precomposed Hangul syllables alone are NFC already (nothing there composes or reorders): most slugs
 * of Korean and English blogs skip the normalizer.
 */
// eslint-disable-next-line no-control-regex
const NFC_ALREADY = /^[\x00-\x7f\uac00-\ud7a3]*$/;

function nfc(s: string): string {
  return NFC_ALREADY.test(s) ? s : s.normalize('NFC');
}

/** Jekyll's Utils.titleize_slug: "hello-world" → "Hello World" (Ruby capitalize lower-cases the rest). */
export function titleizeSlug(slug: string): string {
  return slug
    .split('-')
    .map((w) => (w === '' ? '' : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}
