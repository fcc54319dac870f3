/**
 * Reads the front matter of a post for generators other than Jekyll (YAML `---`, TOML `+++`, JSON `---json` or a
 * bare `{…}` object). The one module that imports gray-matter, and it never lets gray-matter choose: options go
 * with every call (without them gray-matter caches results by content), every engine is ours (its defaults are
 * js-yaml 3's API and an `eval` for `---js`), and the block is found here first, so an unclosed block is an
 * error rather than a file that is all front matter. Everything a user's file can do wrong is a value.
 */
import matter from 'gray-matter';
import { MAX_FRONT_MATTER_CHARS } from '../frontMatterSplit';
import { findDelimitedEnd, findObjectEnd, findOpening } from './matterScan';
import { matterEngines, parseFormat, RefusedLanguageError } from './matterFormats';
import type { BlockEnd, MatterOpening, OpeningFound } from './matterScan';
import type { FormatOutcome, MatterFormat, TextPlace, YamlLoader } from './matterFormats';
import type { Problem } from '../problem';

export interface MatterOptions {
  /** The openings the generator reads (Hugo: all three; gray-matter based ones: `---` only). */
  readonly openings: readonly MatterOpening[];
  /**
   * Language words accepted after `---` (`---json`, `--- toml`); `yml` is read as `yaml`. A bare `---` is always
   * YAML. Words are matched as written, in lower case. Any other word is a `language` error, never evaluated.
   */
  readonly languages: readonly MatterFormat[];
  /** Whether spaces, tabs and blank lines may precede the opening (Hugo: yes; gray-matter: no). */
  readonly leadingWhitespace: boolean;
  /** The generator's YAML reader (for Hugo 0.111, YAML 1.1 like Jekyll's). */
  readonly loadYaml: YamlLoader;
  /** Front matter longer than this is `tooLarge`; default {@link MAX_FRONT_MATTER_CHARS}. */
  readonly maxChars?: number;
  /** Hand even a plain block to gray-matter (see `plainBlock`): for tests that compare the two ways. */
  readonly alwaysGrayMatter?: boolean;
}

/** No front matter: the body starts at `bodyOffset` (after a BOM, if any). */
export interface MatterNone {
  readonly kind: 'none';
  readonly bodyOffset: number;
  readonly bom: boolean;
}

/** Front matter read into a mapping. Lines are 0-based file lines; offsets are into the text given. */
export interface MatterData {
  readonly kind: 'data';
  readonly format: MatterFormat;
  readonly opening: MatterOpening;
  readonly data: Record<string, unknown>;
  /** Line of the opening `---` / `+++`, or of the `{` of a bare JSON object. */
  readonly openLine: number;
  /** Line of the closing `---` / `+++`, or of the `}` that closes a bare JSON object. */
  readonly closeLine: number;
  /** Line where the front-matter text starts (the line after the opening; for a bare object, the `{`'s line). */
  readonly textLine: number;
  /** The front-matter text is `text.slice(textOffset, textEnd)` (a bare object includes its braces). */
  readonly textOffset: number;
  readonly textEnd: number;
  /** Where the body starts: after the closing delimiter and one line break (blank lines after it are body). */
  readonly bodyOffset: number;
  readonly bodyLine: number;
  readonly eol: '\n' | '\r\n';
  readonly bom: boolean;
  /** Duplicate keys and other findings that did not stop the reading. */
  readonly warnings: readonly Problem[];
}

export type MatterErrorCode = 'language' | 'unclosed' | 'syntax' | 'notMapping' | 'tooLarge';

export interface MatterError {
  readonly kind: 'error';
  readonly code: MatterErrorCode;
  readonly message: string;
  /** 0-based file line of the error (for `syntax`, of the offending text). */
  readonly line: number;
  /** 0-based column on `line`, where the parser says. */
  readonly column?: number;
  /** The word after the opening, for `language`. */
  readonly language?: string;
  /** The format that failed, for `syntax` and `notMapping`. */
  readonly format?: MatterFormat;
  readonly bom: boolean;
  readonly warnings: readonly Problem[];
}

export type MatterResult = MatterNone | MatterData | MatterError;

const LANGUAGE_WORDS: ReadonlyMap<string, MatterFormat> = new Map([
  ['yaml', 'yaml'],
  ['yml', 'yaml'],
  ['toml', 'toml'],
  ['json', 'json'],
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * gray-matter keeps a Node Buffer copy of a string input (`Buffer.from`), which throws where there is no Buffer
 * (a browser, the web extension host). An object it takes for a Buffer (kind-of asks `constructor.isBuffer`) is
 * kept as it is and read back with String(), so the same call works in Node and in a browser.
 */
function bufferLike(text: string): string {
  const like = { constructor: { isBuffer: (): boolean => true }, toString: (): string => text };
  return like as unknown as string;
}

type ErrorDetails = Partial<Pick<MatterError, 'column' | 'language' | 'format' | 'warnings'>>;

function error(bom: boolean, code: MatterErrorCode, message: string, line: number, extra: ErrorDetails = {}): MatterError {
  return { kind: 'error', code, message, line, bom, warnings: [], ...extra };
}

function languageError(open: OpeningFound, options: MatterOptions, bom: boolean): MatterError {
  const words = open.opening === '+++' ? [] : options.languages;
  const why = words.length === 0 ? `nothing may follow ${open.opening} on its line` : `only ${words.join(', ')} may follow --- on its line`;
  return error(bom, 'language', `front matter in language "${open.language}" is never evaluated: ${why}`, open.line, {
    language: open.language,
  });
}

function formatOf(open: OpeningFound, options: MatterOptions): MatterFormat | undefined {
  if (open.opening === '{') return 'json';
  if (open.language === '') return open.opening === '+++' ? 'toml' : 'yaml';
  if (open.opening === '+++') return undefined;
  const format = LANGUAGE_WORDS.get(open.language);
  return format !== undefined && options.languages.includes(format) ? format : undefined;
}

/** The place of `start` in the file: its line (counted from the opening's) and column. */
function placeOf(text: string, open: OpeningFound, start: number): TextPlace {
  let line = open.line;
  for (let i = text.indexOf('\n', open.offset); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  const lineStart = Math.max(open.lineStart, text.lastIndexOf('\n', start - 1) + 1);
  return { line, column: start - lineStart };
}

/**
 * The text gray-matter would hand its engine for a plain block (`---` or `+++` with nothing after it on its line),
 * found by gray-matter's own rule: from after the opening delimiter to the first line break followed by the
 * delimiter. Undefined where gray-matter would do anything more than hand that text to the engine: a language
 * word, an opening such as `----`, a first `\n---` that is not the close found here, or a block it finds empty
 * (blank or comments only; it then calls no engine). Gray-matter's call costs more than parsing a small block,
 * so the reader hands such a text to the engine itself; everything else goes through gray-matter.
 */
function plainBlock(text: string, open: OpeningFound, end: BlockEnd): string | undefined {
  if (open.opening === '{' || open.language !== '') return undefined;
  const from = open.offset + open.opening.length;
  if (text.charAt(from) === open.opening.charAt(open.opening.length - 1)) return undefined;
  if (text.indexOf(`\n${open.opening}`, from) !== end.closeOffset - 1) return undefined;
  const block = text.slice(from, end.closeOffset - 1);
  return block.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? undefined : block;
}

/** Hands the block to gray-matter with our engines; `undefined` when gray-matter found it empty. */
function parseDelimited(
  text: string,
  open: OpeningFound,
  end: BlockEnd,
  options: MatterOptions,
): FormatOutcome | RefusedLanguageError | undefined {
  const plain = options.alwaysGrayMatter === true ? undefined : plainBlock(text, open, end);
  if (plain !== undefined) {
    // As the engine below does, with the text gray-matter would give it.
    const start = end.closeOffset - 1 - plain.length;
    const own = plain.endsWith('\r') ? plain.slice(0, -1) : plain;
    return parseFormat(open.opening === '+++' ? 'toml' : 'yaml', own, placeOf(text, open, start), options.loadYaml);
  }
  let outcome: FormatOutcome | undefined;
  const engines = matterEngines((format, engineText) => {
    // gray-matter passes what lies between the opening (and its language word) and the '\n' before the closing
    // line, so where that text starts follows from its length; it keeps the '\r' of a CRLF, which TOML refuses.
    const start = end.closeOffset - 1 - engineText.length;
    const own = engineText.endsWith('\r') ? engineText.slice(0, -1) : engineText;
    outcome = parseFormat(format, own, placeOf(text, open, start), options.loadYaml);
  });
  try {
    matter(
      { content: bufferLike(text.slice(open.offset, end.closeOffset + 3)) },
      { language: open.opening === '+++' ? 'toml' : 'yaml', delimiters: open.opening, engines, excerpt: false },
    );
  } catch (e) {
    if (e instanceof RefusedLanguageError) return e;
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: `front matter could not be read: ${message}`, line: open.line }, warnings: [] };
  }
  return outcome;
}

function unclosedMessage(opening: MatterOpening): string {
  return opening === '{'
    ? 'the JSON front matter is never closed: its first { has no matching }'
    : `front matter is never closed: add a line with ${opening} after it`;
}

/**
 * Reads the front matter at the start of `text` (a whole file, decoded) the way `options` describe a generator.
 * Never throws and never evaluates anything, whatever the text.
 */
export function readMatter(text: string, options: MatterOptions): MatterResult {
  const maxChars = options.maxChars ?? MAX_FRONT_MATTER_CHARS;
  const bom = text.charCodeAt(0) === 0xfeff;
  const found = findOpening(text, options.openings, options.leadingWhitespace);
  if (found.kind === 'none') return { kind: 'none', bodyOffset: found.bodyOffset, bom };
  const open: OpeningFound = found;
  const format = formatOf(open, options);
  if (format === undefined) return languageError(open, options, bom);
  const end = open.opening === '{' ? findObjectEnd(text, open, maxChars) : findDelimitedEnd(text, open, maxChars);
  if (end.kind === 'unclosed') return error(bom, 'unclosed', unclosedMessage(open.opening), open.line);
  if (end.kind === 'tooLarge') {
    return error(bom, 'tooLarge', `front matter is larger than ${Math.round(maxChars / 1024)} KB and was not read`, open.line);
  }
  const bare = open.opening === '{';
  const textOffset = bare ? open.offset : open.lineEnd + 1;
  const textLine = bare ? open.line : open.line + 1;
  const outcome = bare
    ? parseFormat('json', text.slice(open.offset, end.textEnd), placeOf(text, open, open.offset), options.loadYaml)
    : parseDelimited(text, open, end, options);
  if (outcome instanceof RefusedLanguageError) {
    return error(bom, 'language', outcome.message, open.line, { language: outcome.language });
  }
  const warnings = outcome?.warnings ?? [];
  if (outcome !== undefined && !outcome.ok) {
    const { message, line, column } = outcome.error;
    return error(bom, 'syntax', message, line, { format, warnings, ...(column === undefined ? {} : { column }) });
  }
  const value = outcome?.value;
  // No value: gray-matter found the block empty (blank, or only `#` comment lines, in any language, as Eleventy
  // and Docusaurus read it). An empty YAML document is an empty mapping for every generator too.
  const data = value === undefined || (value === null && format === 'yaml') ? {} : value;
  if (!isRecord(data)) {
    return error(bom, 'notMapping', `${format.toUpperCase()} front matter must be a mapping of keys to values`, textLine, {
      format,
      warnings,
    });
  }
  return {
    kind: 'data',
    format,
    opening: open.opening,
    data,
    openLine: open.line,
    closeLine: end.closeLine,
    textLine,
    textOffset,
    textEnd: end.textEnd,
    bodyOffset: end.bodyOffset,
    bodyLine: end.bodyLine,
    eol: open.eol,
    bom,
    warnings,
  };
}

/** A read error as a Problem (`frontMatter.<code>`), for lists of problems. */
export function matterErrorProblem(e: MatterError): Problem {
  const base = { severity: 'error' as const, code: `frontMatter.${e.code}`, message: e.message, line: e.line };
  return e.column === undefined ? base : { ...base, column: e.column };
}
