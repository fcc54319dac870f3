/**
 * Reading one post file's text into what the model keeps: the front matter (as values, never code), a few
 * body figures and the excerpt. The text itself is not kept, so 50k posts stay small in memory.
 */
import { splitFrontMatter } from './frontMatterSplit';
import { loadYaml11 } from './yaml11';
import { countWords } from './wordCount';
import { extractExcerpt } from './excerpt';
import { rubyToS } from './taxonomy';
import type { Excerpt } from './excerpt';
import type { WordCount } from './wordCount';
import type { Problem } from './problem';

/** Bodies longer than this are counted on this much and scaled, to keep one file under a few ms. */
const MAX_COUNTED_CHARS = 1024 * 1024;

export interface ReadPost {
  /** The post's own front matter; undefined when unreadable (see `frontMatterError`). */
  readonly frontMatter: Readonly<Record<string, unknown>> | undefined;
  readonly hasFrontMatter: boolean;
  /** The front matter's language, where the generator reads more than YAML. */
  readonly format?: 'yaml' | 'toml' | 'json';
  /** True when the front matter could not be read; the reason is among `problems`. */
  readonly frontMatterError: boolean;
  /** File lines of the opening and closing markers. */
  readonly frontMatterLines: { readonly start: number; readonly end: number } | undefined;
  /** Line of `date:` in the front matter and its raw text, for precise problems. */
  readonly dateLine: { readonly line: number; readonly raw: string } | undefined;
  readonly bodyLine: number;
  readonly wordCount: WordCount | undefined;
  readonly excerpt: Excerpt | undefined;
  /** The body's own title where the generator takes one from it (Docusaurus: a leading `# h1`). */
  readonly contentTitle?: string;
  /**
   * Front-matter keys the generator computes by running code (Eleventy's `---js` block gives them a value that is
   * not a plain literal); absent when nothing is computed.
   */
  readonly computedKeys?: readonly string[];
  /** True when the text has U+FFFD: the file was not valid UTF-8, and Jekyll skips such posts. */
  readonly invalidEncoding: boolean;
  readonly problems: readonly Problem[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function findDateLine(yaml: string, firstLine: number): { line: number; raw: string } | undefined {
  const m = /^date[ \t]*:[ \t]*(.*?)[ \t]*\r?$/m.exec(yaml);
  if (!m) return undefined;
  let line = firstLine;
  for (let i = 0; i < m.index; i++) if (yaml.charCodeAt(i) === 0x0a) line++;
  return { line, raw: m[1] ?? '' };
}

/** Reads a post's text. `excerptSeparator` is the site's; the post's own one wins. Never throws. */
export interface ReadPostOptions {
  /** Count the body's words (default true). The site index skips it: only an open post needs its count. */
  readonly countWords?: boolean;
  /** Extract the excerpt (default true). The site index skips it: only a tooltip or a preview shows it. */
  readonly excerpt?: boolean;
}

/** What the site index reads of each post: no word count, no excerpt (lists show neither). */
export const indexReadOptions: ReadPostOptions = { countWords: false, excerpt: false };

export function readPost(text: string, excerptSeparator: string, options: ReadPostOptions = {}): ReadPost {
  const problems: Problem[] = [];
  const invalidEncoding = text.includes('\uFFFD');
  const split = splitFrontMatter(text);
  let frontMatter: Record<string, unknown> | undefined = {};
  let frontMatterError = false;
  let frontMatterLines: ReadPost['frontMatterLines'];
  let dateLine: ReadPost['dateLine'];
  let bodyOffset = 0;
  let bodyLine = 0;
  switch (split.kind) {
    case 'none':
      bodyOffset = split.bodyOffset;
      break;
    case 'incomplete':
      break;
    case 'error':
      frontMatter = undefined;
      frontMatterError = true;
      problems.push({ severity: 'error', code: `frontMatter.${split.code}`, message: split.message, line: split.line });
      break;
    case 'yaml': {
      bodyOffset = split.bodyOffset;
      bodyLine = split.bodyLine;
      frontMatterLines = { start: split.startLine, end: split.endLine };
      dateLine = findDateLine(split.yaml, split.yamlStartLine);
      const y = loadYaml11(split.yaml, { lineOffset: split.yamlStartLine });
      for (const w of y.warnings) problems.push({ severity: 'warning', code: 'frontMatter.duplicateKey', message: w.message, line: w.line });
      if (!y.ok) {
        frontMatter = undefined;
        frontMatterError = true;
        problems.push({ severity: 'error', code: 'frontMatter.yaml', message: y.error.message, line: y.error.line, ...(y.error.column === undefined ? {} : { column: y.error.column }) });
      } else if (y.value === null || y.value === undefined) {
        frontMatter = {};
      } else if (isRecord(y.value)) {
        frontMatter = y.value;
      } else {
        frontMatter = undefined;
        frontMatterError = true;
        problems.push({
          severity: 'error',
          code: 'frontMatter.notMapping',
          message: 'front matter must be a mapping of `key: value` lines',
          line: split.yamlStartLine,
        });
      }
      break;
    }
  }
  const body = split.kind === 'error' ? text.slice(split.bom ? 1 : 0) : text.slice(bodyOffset);
  const ownSeparator = frontMatter?.['excerpt_separator'];
  const separator = ownSeparator === undefined || ownSeparator === null ? excerptSeparator : rubyToS(ownSeparator);
  const { wordCount, excerpt } = readBody(body, separator, frontMatter?.['excerpt'], options);
  return {
    frontMatter,
    hasFrontMatter: split.kind === 'yaml',
    frontMatterError,
    frontMatterLines,
    dateLine,
    bodyLine,
    wordCount,
    excerpt,
    invalidEncoding,
    problems,
  };
}

/** What a post's body says for lists and tooltips: its word count and excerpt, each only when asked for. */
export function readBody(body: string, separator: string, frontMatterExcerpt: unknown, options: ReadPostOptions): Pick<ReadPost, 'wordCount' | 'excerpt'> {
  return {
    wordCount: options.countWords === false ? undefined : countBody(body),
    excerpt: options.excerpt === false ? undefined : extractExcerpt(body, separator, frontMatterExcerpt),
  };
}

function countBody(body: string): WordCount {
  const counted = body.length > MAX_COUNTED_CHARS ? body.slice(0, MAX_COUNTED_CHARS) : body;
  const raw = countWords(counted);
  const scale = body.length / Math.max(1, counted.length);
  return scale === 1 ? raw : { words: Math.round(raw.words * scale), cjkChars: Math.round(raw.cjkChars * scale) };
}
