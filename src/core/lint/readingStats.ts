/** The figures the status bar shows for a post: characters, words, CJK characters and reading time. */
import { splitFrontMatter } from '../frontMatterSplit';
import { plainTextOf } from '../plainText';
import { countWordsInText, readingMinutes } from '../wordCount';

export interface ReadingStats {
  /** Characters a reader reads (plain text of the body), spaces included; code points, not UTF-16 units. */
  readonly characters: number;
  readonly charactersNoSpaces: number;
  readonly words: number;
  readonly cjkChars: number;
  readonly minutes: number;
}

/** Counts the body of a post's text (front matter left out) with the rule of wordCount.ts. */
export function readingStats(text: string, wordsPerMinute: number): ReadingStats {
  const split = splitFrontMatter(text);
  const body = split.kind === 'yaml' || split.kind === 'none' ? text.slice(split.bodyOffset) : text;
  const plain = plainTextOf(body);
  const count = countWordsInText(plain);
  const surrogatePairs = plain.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  const characters = plain.length - surrogatePairs;
  const spaces = plain.match(/\s/g)?.length ?? 0;
  return { characters, charactersNoSpaces: characters - spaces, words: count.words, cjkChars: count.cjkChars, minutes: readingMinutes(count, { wordsPerMinute }) };
}
