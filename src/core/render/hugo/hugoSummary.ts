/**
 * Hugo 0.111.3's `.Summary` as plain text, for the preview card (hugolib/page__per_output.go): the front matter's
 * `summary` (Markdown, rendered), else the content before `<!--more-->`, else the automatic summary: the content's
 * plain text (helpers.StripHTML) cut after `summaryLength` words and then at the end of that sentence
 * (TruncateWordsToWholeSentence), or, on a CJK page, after `summaryLength` words where a CJK character counts as
 * one (TruncateWordsByRune). No I/O.
 */
import { SUMMARY_DIVIDER } from './goldmarkMarkdown';

export interface HugoSummaryInput {
  /** The page's rendered content (shortcodes and Markdown done). */
  readonly html: string;
  /** The front matter's `summary`, rendered, when it has one. */
  readonly frontMatterSummaryHtml: string | undefined;
  readonly summaryLength: number;
  /** Whether Hugo takes the page as CJK (see hugoIsCJKLanguage). */
  readonly cjk: boolean;
}

/** Hugo's cjkRe (hugolib/page_meta.go). */
const CJK = /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u;

/**
 * `.IsCJKLanguage`: the front matter's `isCJKLanguage` (any case) when it is a boolean, else, with `hasCJKLanguage`
 * on, whether the file's text (front matter included, as Hugo matches its whole source) has a CJK character.
 */
export function hugoIsCJKLanguage(frontMatter: Readonly<Record<string, unknown>>, fileText: string, hasCJKLanguage: boolean): boolean {
  const key = Object.keys(frontMatter).find((k) => k.toLowerCase() === 'iscjklanguage');
  const own = key === undefined ? undefined : frontMatter[key];
  if (typeof own === 'boolean') return own;
  return hasCJKLanguage && CJK.test(fileText);
}

/** helpers.StripHTML: paragraph ends and `<br>` become line breaks, other line breaks spaces, tags go, runs of spaces shrink. */
export function hugoStripHtml(html: string): string {
  if (!/[<>]/.test(html)) return html;
  const s = html.replace(/\n|<\/p>|<br>|<br \/>/g, (m) => (m === '\n' ? ' ' : '\n'));
  let out = '';
  let inTag = false;
  let isSpace = false;
  let wasSpace = false;
  // Go's loop as written: a space inside a tag still counts as the last character's spacing.
  for (const ch of s) {
    if (!inTag) isSpace = false;
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else {
      if (/\s/u.test(ch)) isSpace = true;
      if (!inTag && (!isSpace || !wasSpace)) out += ch;
    }
    wasSpace = isSpace;
  }
  return out;
}

function isEndOfSentence(ch: string): boolean {
  return ch === '.' || ch === '?' || ch === '!' || ch === '"' || ch === '\n';
}

/** TruncateWordsToWholeSentence: counts spaces as word ends, then runs on to the end of the sentence. */
function truncateToWholeSentence(s: string, summaryLength: number): string {
  let words = 0;
  let lastSpace = -1;
  for (let i = 0; i < s.length; i++) {
    if (/\s/u.test(s[i] ?? '')) {
      words++;
      lastSpace = i;
      if (words >= summaryLength) break;
    }
  }
  if (lastSpace < 0) return s;
  for (let j = lastSpace; j < s.length; j++) {
    if (isEndOfSentence(s[j] ?? '')) return s.slice(0, j + 1).trim();
  }
  return s;
}

/** TruncateWordsByRune over strings.Fields: a word of one-byte characters counts one, any other word one per character. */
function truncateByRune(s: string, summaryLength: number): string {
  const words = s.split(/\s+/u).filter((w) => w !== '');
  let count = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    if (count >= summaryLength) return words.slice(0, index).join(' ');
    const chars = [...word];
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(word)) count++;
    else if (count + chars.length < summaryLength) count += chars.length;
    else {
      for (let c = 0; c < chars.length; c++) {
        if (count >= summaryLength) return [...words.slice(0, index), chars.slice(0, c).join('')].join(' ');
        count++;
      }
    }
  }
  return words.join(' ');
}

/** The summary as HTML, as Hugo holds it (the automatic one is plain text with the content's entities). */
export function hugoSummaryHtml(input: HugoSummaryInput): string {
  if (input.frontMatterSummaryHtml !== undefined) return input.frontMatterSummaryHtml;
  const cut = input.html.indexOf(SUMMARY_DIVIDER);
  if (cut >= 0) return input.html.slice(0, cut);
  const plain = hugoStripHtml(input.html);
  return input.cjk ? truncateByRune(plain, input.summaryLength) : truncateToWholeSentence(plain, input.summaryLength);
}
