/**
 * An Eleventy 3.1.8 config file (`.eleventy.js`, `eleventy.config.{js,mjs,cjs}`; `eleventy.config.ts` when run with
 * `--config`) read AS TEXT, never run: the literal `dir` folders (or `setInputDirectory(...)` and its kin),
 * `pathPrefix`, `markdownTemplateEngine`, and whether the code changes dates (`addDateParsing`), front-matter
 * parsing, or drops drafts. What cannot be known without running the code is recorded as an `unknown`, with its
 * line, for the UI to say so; Eleventy's defaults (defaultConfig.js) stand in for it.
 */
import { blankComments, callsWithString, lineAt, lineOf, soleLiteral } from './eleventyCodeText';
import { CONFIG_PROBLEM_MESSAGES } from '../../configProblemMessages';
import { passthroughFolders, type EleventyPassthrough } from './eleventyPassthrough';
import type { Writable } from '../../writable';

/** The config files Eleventy looks for, in its order (TemplateConfig.js); the first that exists is used. */
export const ELEVENTY_CONFIG_FILES: readonly string[] = ['.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', 'eleventy.config.ts'];

/** The ignore files at the site root Eleventy reads (EleventyFiles.js); the input folder's `.eleventyignore` too. */
export const ELEVENTY_IGNORE_FILES: readonly string[] = ['.eleventyignore', '.gitignore'];

/**
 * Folders without `./` or a trailing `/` ('' is the site root): input and output site-relative; includes, layouts and
 * data relative to input, as the config writes them (eleventyPlace.fromInput makes them site-relative).
 */
export interface EleventyDirs {
  readonly input: string;
  readonly output: string;
  readonly includes: string;
  readonly data: string;
  readonly layouts: string | undefined;
}

/** Something the config's code decides that its text does not say; Postcraft keeps Eleventy's default for it. */
export interface EleventyUnknown {
  readonly what: 'dir' | 'pathPrefix' | 'markdownTemplateEngine' | 'dateParsing' | 'frontMatterParsing' | 'dataFile';
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface EleventyConfigText {
  readonly configFile: string | undefined;
  readonly dirs: EleventyDirs;
  /** `/` by default; always starts and ends with `/`. */
  readonly pathPrefix: string;
  /** The engine Markdown bodies (and permalinks) go through first: `liquid` by default, `false` for none. */
  readonly markdownTemplateEngine: string | false;
  /** Whether the config shows a draft rule (the docs' `addPreprocessor("drafts", ...)` on `data.draft`). */
  readonly draftRule: boolean;
  /** False when the config calls `setUseGitIgnore(false)`. */
  readonly useGitIgnore: boolean;
  /** `ignores.add("...")` entries, as written. */
  readonly ignoreEntries: readonly string[];
  /** The folders `addPassthroughCopy` copies as they are, where the text says so with literals. */
  readonly passthrough: readonly EleventyPassthrough[];
  /**
   * Whether the config adds HtmlBasePlugin, which puts pathPrefix in front of every root-relative URL of the built
   * HTML (without it, a Markdown link is written out as it is).
   */
  readonly htmlBase: boolean;
  readonly unknowns: readonly EleventyUnknown[];
}

export const ELEVENTY_DEFAULT_DIRS: EleventyDirs = { input: '', output: '_site', includes: '_includes', data: '_data', layouts: undefined };

/** `./src/` → `src`, `.` → ''. */
export function normalizeDir(dir: string): string {
  const parts = dir.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  return parts.join('/');
}

const DIR_SETTERS: readonly (readonly [keyof EleventyDirs, string])[] = [
  ['input', 'setInputDirectory'],
  ['output', 'setOutputDirectory'],
  ['includes', 'setIncludesDirectory'],
  ['data', 'setDataDirectory'],
  ['layouts', 'setLayoutsDirectory'],
];

function readDirs(code: string, file: string, unknowns: EleventyUnknown[]): EleventyDirs {
  const dirs: Writable<EleventyDirs> = { ...ELEVENTY_DEFAULT_DIRS };
  const dirBlocks = [...code.matchAll(/\bdir\s*:\s*\{([^{}]*)\}/g)];
  const dirLine = lineOf(code, /\bdir\s*:/);
  if (dirLine !== undefined && dirBlocks.length === 0) {
    unknowns.push({ what: 'dir', file, line: dirLine, message: CONFIG_PROBLEM_MESSAGES['config.eleventy.dir'] });
  }
  for (const [key, setter] of DIR_SETTERS) {
    const values = new Set<string>();
    let computedLine: number | undefined;
    for (const block of dirBlocks) {
      const found = soleLiteral(block[1] ?? '', key);
      if (found === 'computed') computedLine = lineAt(code, (block.index ?? 0) + Math.max(0, block[0].search(new RegExp(`\\b${key}\\s*:`))));
      else if (found !== undefined && typeof found.value === 'string') values.add(normalizeDir(found.value));
    }
    const calls = callsWithString(code, `.${setter}`);
    for (const call of calls) values.add(normalizeDir(call.arg));
    const computedCall = lineOf(code, new RegExp(`\\.${setter}\\s*\\(\\s*[^"'\`\\s]`));
    if (computedCall !== undefined) computedLine = computedCall;
    if (computedLine !== undefined || values.size > 1) {
      unknowns.push({ what: 'dir', file, line: computedLine ?? dirLine ?? 0, message: CONFIG_PROBLEM_MESSAGES['config.eleventy.dir'] });
      continue;
    }
    const [value] = [...values];
    if (value !== undefined) dirs[key] = value;
  }
  return dirs;
}

function readString(code: string, key: 'pathPrefix' | 'markdownTemplateEngine', file: string, unknowns: EleventyUnknown[]): string | boolean | undefined {
  const found = soleLiteral(code, key);
  if (found === 'computed') {
    unknowns.push({ what: key, file, line: lineOf(code, new RegExp(`\\b${key}\\b`)) ?? 0, message: CONFIG_PROBLEM_MESSAGES[`config.eleventy.${key}`] });
    return undefined;
  }
  return found === undefined || Array.isArray(found.value) ? undefined : (found.value as string | boolean);
}

function normalizePrefix(prefix: string): string {
  const inner = prefix.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** Reads a config file's text (`file` is its site-relative name). Never throws, never runs it. */
export function readEleventyConfigText(file: string | undefined, text: string): EleventyConfigText {
  const unknowns: EleventyUnknown[] = [];
  if (file === undefined) {
    return { configFile: undefined, dirs: ELEVENTY_DEFAULT_DIRS, pathPrefix: '/', markdownTemplateEngine: 'liquid', draftRule: false, useGitIgnore: true, ignoreEntries: [], passthrough: [], htmlBase: false, unknowns };
  }
  const code = blankComments(text);
  const dirs = readDirs(code, file, unknowns);
  const prefix = readString(code, 'pathPrefix', file, unknowns);
  const engine = readString(code, 'markdownTemplateEngine', file, unknowns);
  const dateParsing = lineOf(code, /\.addDateParsing\s*\(/);
  if (dateParsing !== undefined) {
    unknowns.push({ what: 'dateParsing', file, line: dateParsing, message: CONFIG_PROBLEM_MESSAGES['config.eleventy.dateParsing'] });
  }
  const parsing = lineOf(code, /\.setFrontMatterParsingOptions\s*\(/);
  if (parsing !== undefined) {
    unknowns.push({ what: 'frontMatterParsing', file, line: parsing, message: CONFIG_PROBLEM_MESSAGES['config.eleventy.frontMatterParsing'] });
  }
  // The docs' recipe (and eleventy-base-blog): a preprocessor that drops templates whose data says `draft`.
  const draftRule = /\.addPreprocessor\s*\(\s*["'`]drafts?["'`]/.test(code) || (/\.addPreprocessor\s*\(/.test(code) && /\bdata\.draft\b/.test(code));
  return {
    configFile: file,
    dirs,
    pathPrefix: typeof prefix === 'string' ? normalizePrefix(prefix) : '/',
    markdownTemplateEngine: typeof engine === 'string' ? engine : engine === false ? false : 'liquid',
    draftRule,
    useGitIgnore: !/\.setUseGitIgnore\s*\(\s*false\s*\)/.test(code),
    ignoreEntries: callsWithString(code, '.ignores.add').map((c) => c.arg),
    passthrough: passthroughFolders(code, dirs.input),
    htmlBase: /\.addPlugin\s*\(\s*(?:[\w$]+\.)*(?:Eleventy)?HtmlBasePlugin\b/.test(code),
    unknowns,
  };
}
