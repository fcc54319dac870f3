/**
 * Word counts and reading time.
 *
 * The rule (written down because Korean and CJK text has no single right answer):
 * - The text is first reduced to what a reader reads (plainText.ts): no front matter, Liquid, HTML or
 *   Markdown syntax; code is kept.
 * - Spaced scripts, Hangul included, count one word per whitespace-separated token that has at least one
 *   letter or digit. Korean is written with spaces between words (eojeol), and this is also what
 *   Minimal Mistakes shows, since it counts `content | strip_html | number_of_words` (whitespace split).
 * - Chinese characters (Han) and Japanese kana are not spaced: each counts as one character, and the
 *   Latin runs between them count as words, as Jekyll's `number_of_words: "cjk"` does minus Hangul.
 * - Reading time = words / words_per_minute + characters / characters_per_minute (default 500),
 *   rounded up, at least 1 minute.
 */
import { plainTextOf } from './plainText';

export const DEFAULT_WORDS_PER_MINUTE = 200;
export const DEFAULT_CJK_CHARS_PER_MINUTE = 500;

export interface WordCount {
  /** Spaced words (Latin, Hangul, digits…). */
  readonly words: number;
  /** Han and kana characters. */
  readonly cjkChars: number;
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * The start of a whitespace-separated token that has a letter or digit: one match per such token. Anchored at
 * the token's start by the look-behind, so each token is scanned once (a token of 100,000 `{` is not scanned
 * from each of its characters).
 */
const WORD_TOKEN = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** Counts the words of already plain text, with the rule above. */
export function countWordsInText(text: string): WordCount {
  // Fast path for text without Han or kana (most posts): one regex pass.
  if (!HAS_CJK.test(text)) return { words: text.match(WORD_TOKEN)?.length ?? 0, cjkChars: 0 };
  let words = 0;
  let cjkChars = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const cjk = token.match(CJK_CHAR);
    if (cjk) {
      cjkChars += cjk.length;
      for (const run of token.split(CJK_CHAR)) if (HAS_WORD_CHAR.test(run)) words++;
    } else if (HAS_WORD_CHAR.test(token)) {
      words++;
    }
  }
  return { words, cjkChars };
}

/** Counts the words of a post body (Markdown with Liquid and HTML). */
export function countWords(body: string): WordCount {
  return countWordsInText(plainTextOf(body));
}

export interface ReadingTimeOptions {
  readonly wordsPerMinute?: number;
  readonly cjkCharsPerMinute?: number;
}

/** Minutes to read, rounded up, at least 1. */
export function readingMinutes(count: WordCount, options: ReadingTimeOptions = {}): number {
  const wpm = positive(options.wordsPerMinute, DEFAULT_WORDS_PER_MINUTE);
  const cpm = positive(options.cjkCharsPerMinute, DEFAULT_CJK_CHARS_PER_MINUTE);
  return Math.max(1, Math.ceil(count.words / wpm + count.cjkChars / cpm));
}

function positive(v: number | undefined, fallback: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Jekyll's `number_of_words` filter (4.3.1), for callers that want Jekyll's own figure. */
export function jekyllNumberOfWords(input: string, mode?: 'cjk' | 'auto'): number {
  const cjk = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/gu;
  const word = /[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}\s]+/gu;
  const split = (): number => input.split(/[ \t\n\v\f\r]+/).filter((x) => x !== '').length;
  if (mode === 'cjk') return (input.match(cjk)?.length ?? 0) + (input.match(word)?.length ?? 0);
  if (mode === 'auto') {
    const c = input.match(cjk)?.length ?? 0;
    return c === 0 ? split() : c + (input.match(word)?.length ?? 0);
  }
  return split();
}
