/**
 * Finds the front-matter block the way Jekyll 4.3 does
 * (`\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)` after the BOM is dropped), scanning only the head.
 * Never evaluates anything: a `---js` style language marker is reported, not run.
 */

/** Jekyll refuses nothing by size, we do: a block larger than this is reported, not parsed. */
export const MAX_FRONT_MATTER_CHARS = 256 * 1024;

export interface FrontMatterNone {
  readonly kind: 'none';
  /** Offset of the body in the input (after a BOM, if any). */
  readonly bodyOffset: number;
  readonly bom: boolean;
}

export interface FrontMatterYaml {
  readonly kind: 'yaml';
  /** The YAML text between the markers (without the marker lines). */
  readonly yaml: string;
  /** Line of the opening `---` (always 0). */
  readonly startLine: number;
  /** Line of the closing `---` or `...`. */
  readonly endLine: number;
  /** File line of the first line of `yaml`; add it to a 0-based line inside `yaml`. */
  readonly yamlStartLine: number;
  /** Offset of `yaml` in the input. */
  readonly yamlOffset: number;
  /** Offset where Jekyll's content starts (blank lines after the closing marker are skipped, as Jekyll does). */
  readonly bodyOffset: number;
  readonly bodyLine: number;
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
}

export type FrontMatterErrorCode = 'language' | 'unclosed' | 'tooLarge';

export interface FrontMatterError {
  readonly kind: 'error';
  readonly code: FrontMatterErrorCode;
  readonly message: string;
  readonly line: number;
  /** The language word after `---` when code is `language`. */
  readonly language?: string;
  readonly bom: boolean;
}

/** The input was only the head of the file and the block did not close inside it: read more. */
export interface FrontMatterIncomplete {
  readonly kind: 'incomplete';
}

export type FrontMatterSplit = FrontMatterNone | FrontMatterYaml | FrontMatterError | FrontMatterIncomplete;

export interface SplitOptions {
  /** False when `text` is only the head of the file. Default true. */
  readonly complete?: boolean;
  readonly maxChars?: number;
}

// Ruby's \s is [ \t\r\n\f\v]; a line here has no \n.
const BLANK_REST = /^[ \t\r\f\v]*$/;
const LANGUAGE_REST = /^[ \t]*([A-Za-z][A-Za-z0-9_+.-]*)[ \t\r\f\v]*$/;

function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b;
}

function isCloser(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (c0 !== 0x2d && c0 !== 0x2e) return false;
  if (end - start < 3) return false;
  const marker = text.slice(start, start + 3);
  if (marker !== '---' && marker !== '...') return false;
  for (let i = start + 3; i < end; i++) {
    if (!isBlankChar(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Offset after the blank lines that follow the closing marker (Jekyll's `\s*$\n?`), and how many line breaks were skipped. */
function skipBlankLines(text: string, from: number): { offset: number; breaks: number } {
  let lastBreak = -1;
  let breaks = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lastBreak = i;
      breaks++;
    } else if (!isBlankChar(c)) {
      break;
    }
  }
  if (i >= text.length) return { offset: text.length, breaks };
  return lastBreak < 0 ? { offset: from, breaks: 0 } : { offset: lastBreak + 1, breaks };
}

/** Splits the front matter from `text` (the decoded file, or its head with `complete: false`). */
export function splitFrontMatter(text: string, options: SplitOptions = {}): FrontMatterSplit {
  const complete = options.complete ?? true;
  const maxChars = options.maxChars ?? MAX_FRONT_MATTER_CHARS;
  const bom = text.charCodeAt(0) === 0xfeff;
  const start = bom ? 1 : 0;
  if (!text.startsWith('---', start)) {
    return { kind: 'none', bodyOffset: start, bom };
  }
  let firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0) {
    if (!complete) return { kind: 'incomplete' };
    firstEnd = text.length;
  }
  const rest = text.slice(start + 3, firstEnd);
  if (!BLANK_REST.test(rest)) {
    const lang = LANGUAGE_REST.exec(rest);
    if (lang && lang[1] !== undefined) {
      const language = lang[1];
      return {
        kind: 'error',
        code: 'language',
        language,
        line: 0,
        bom,
        message: `front matter in language "${language}" is never evaluated; Jekyll reads only YAML front matter`,
      };
    }
    return { kind: 'none', bodyOffset: start, bom };
  }
  if (firstEnd >= text.length) {
    return unclosed(bom);
  }
  const eol: '\n' | '\r\n' = text.charCodeAt(firstEnd - 1) === 0x0d ? '\r\n' : '\n';
  const yamlOffset = firstEnd + 1;
  let lineStart = yamlOffset;
  let line = 1;
  while (lineStart <= text.length) {
    if (lineStart - yamlOffset > maxChars) {
      return {
        kind: 'error',
        code: 'tooLarge',
        line: 0,
        bom,
        message: `front matter is larger than ${Math.round(maxChars / 1024)} KB and was not read`,
      };
    }
    let lineEnd = text.indexOf('\n', lineStart);
    const lastLine = lineEnd < 0;
    if (lastLine) {
      if (!complete) return { kind: 'incomplete' };
      lineEnd = text.length;
    }
    if (isCloser(text, lineStart, lineEnd)) {
      const after = lastLine ? text.length : lineEnd + 1;
      const skipped = skipBlankLines(text, after);
      // With only the head, a blank run reaching its end may go on: the body offset is not known yet.
      if (!complete && skipped.offset >= text.length) return { kind: 'incomplete' };
      return {
        kind: 'yaml',
        yaml: text.slice(yamlOffset, lineStart),
        startLine: 0,
        endLine: line,
        yamlStartLine: 1,
        yamlOffset,
        bodyOffset: skipped.offset,
        bodyLine: lastLine ? line : line + 1 + skipped.breaks,
        bom,
        eol,
      };
    }
    if (lastLine) break;
    lineStart = lineEnd + 1;
    line++;
  }
  return unclosed(bom);
}

function unclosed(bom: boolean): FrontMatterError {
  return {
    kind: 'error',
    code: 'unclosed',
    line: 0,
    bom,
    message: 'front matter is never closed: add a line with --- after it',
  };
}
