/**
 * The three data languages front matter may be written in, each parsed into a value or an error at a file line,
 * and the engine table handed to gray-matter. Nothing here evaluates code: every name gray-matter would run as
 * a program (`javascript`, `js`, `coffee`...) maps to an engine that refuses.
 */
import { checkJson } from './jsonCheck';
import { readToml } from './tomlRead';
import type { LineError, Problem } from '../problem';
import type { YamlResult } from '../yaml11';

/** A data language front matter is read in. */
export type MatterFormat = 'yaml' | 'toml' | 'json';

/** The generator's YAML reader; `lineOffset` is the file line of the text's first line, added to every line it reports. */
export type YamlLoader = (yaml: string, lineOffset: number) => YamlResult;

/** Where a text handed to a parser starts in the file: 0-based line, and column of its first character. */
export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

export type FormatOutcome =
  | { readonly ok: true; readonly value: unknown; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly error: LineError; readonly warnings: readonly Problem[] };

/** Thrown by the engines that stand in for code languages; the reader turns it into a `language` error. */
export class RefusedLanguageError extends Error {
  constructor(readonly language: string) {
    super(`front matter in language "${language}" is never evaluated`);
    this.name = 'RefusedLanguageError';
  }
}

// gray-matter's own names for code (it aliases js→javascript and coffeescript/cson→coffee), and its default
// `javascript` engine is eval: each is replaced so that no lookup can reach a default.
const CODE_LANGUAGES = ['javascript', 'js', 'coffee', 'coffeescript', 'cson'] as const;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart };
}

/** A 0-based line and column inside a parsed text, as a file position. */
function inFile(at: TextPlace, line: number, column: number): { line: number; column: number } {
  return { line: at.line + line, column: line === 0 ? at.column + column : column };
}

function readYaml(text: string, at: TextPlace, loadYaml: YamlLoader): FormatOutcome {
  const result = loadYaml(text, at.line);
  const warnings = result.warnings.map(
    (w): Problem => ({ severity: 'warning', code: `frontMatter.${w.code}`, message: w.message, line: w.line }),
  );
  if (result.ok) return { ok: true, value: result.value, warnings };
  const { message, line, column } = result.error;
  const error: LineError =
    column === undefined ? { message, line } : { message, line, column: line === at.line ? at.column + column : column };
  return { ok: false, error, warnings };
}

function readTomlAt(text: string, at: TextPlace): FormatOutcome {
  const result = readToml(text);
  if (result.ok) return { ok: true, value: result.value, warnings: [] };
  const place = result.column === undefined ? { line: at.line + result.line } : inFile(at, result.line, result.column);
  return { ok: false, error: { message: result.message, ...place }, warnings: [] };
}

function readJson(text: string, at: TextPlace): FormatOutcome {
  const check = checkJson(text);
  const warnings = check.duplicates.map((d): Problem => ({
    severity: 'warning',
    code: 'frontMatter.duplicateKey',
    message: `duplicate key "${d.key}": the last value is kept`,
    line: inFile(at, lineColumn(text, d.offset).line, 0).line,
  }));
  if (check.error !== undefined) {
    const p = lineColumn(text, check.error.offset);
    return { ok: false, error: { message: check.error.message, ...inFile(at, p.line, p.column) }, warnings };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, warnings };
  } catch (e) {
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e), line: at.line }, warnings };
  }
}

/** Parses `text` in `format`, with errors and warnings at file lines. Never throws. */
export function parseFormat(format: MatterFormat, text: string, at: TextPlace, loadYaml: YamlLoader): FormatOutcome {
  try {
    switch (format) {
      case 'yaml':
        return readYaml(text, at, loadYaml);
      case 'toml':
        return readTomlAt(text, at);
      case 'json':
        return readJson(text, at);
    }
  } catch (e) {
    // A loader passed in may throw (a bug, or a stack overflow on hostile input): still a value.
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e), line: at.line }, warnings: [] };
  }
}

export type MatterEngine = (text: string) => object;

/**
 * The `engines` option for gray-matter: the data languages go to `parse` (whose return value gray-matter stores
 * and this module ignores), every code language to an engine that throws {@link RefusedLanguageError}.
 */
export function matterEngines(parse: (format: MatterFormat, text: string) => void): Record<string, MatterEngine> {
  const data = (format: MatterFormat): MatterEngine => (text) => {
    parse(format, text);
    return {};
  };
  const engines: Record<string, MatterEngine> = { yaml: data('yaml'), yml: data('yaml'), toml: data('toml'), json: data('json') };
  for (const language of CODE_LANGUAGES) {
    engines[language] = () => {
      throw new RefusedLanguageError(language);
    };
  }
  return engines;
}
