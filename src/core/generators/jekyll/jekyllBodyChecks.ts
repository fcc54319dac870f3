/**
 * What stops `jekyll build` (4.3.1) in a post's body, found as Jekyll finds it: Liquid's parse of the body (the
 * first syntax error, see liquidStructure), then, as the body renders, a `post_url` that finds no post, an
 * `include` or `include_relative` of a file that is not there, a `link` to a file the build does not write. Each is
 * an error at its tag when the post is built (and, with `liquid: strict_filters`, a filter the site does not have) and the tag renders whenever it does; a warning when the post is not
 * built now (a draft, a future post) or the tag renders only on a condition. Where the site may hold what a tag
 * names without Postcraft seeing it (a gem theme not on this machine, a name made by Liquid), nothing is said.
 */
import { FIX_MESSAGES, formatMessage, lintMessage, type LintCode } from '../../lint/lintMessages';
import { closestPostNames } from './jekyllPostUrlFixes';
import { destinationOf } from '../../lint/postKeys';
import { liquidStructure, type LiquidError, type LiquidTag, type LiquidTagSet } from './liquidStructure';
import { findPostUrl, parsePostUrlName } from './jekyllPostUrl';
import { jekyllTagSet } from './jekyllPlugins';
import { filterCalls, strictFilterSet } from './jekyllFilters';
import type { BodyCheckInput } from '../generatorInputs';
import type { JekyllConfig } from '../../config';
import type { LintFinding, LintFix, SiteFiles, SitePages } from '../../lint/lintTypes';
import type { Severity } from '../../problem';

/** Closest posts are looked for this many post_url faults of a post at most (each looks through every post). */
const MAX_FIXED = 20;
/** Jekyll's include file names (IncludeTag's VALID_FILENAME_CHARS, INVALID_SEQUENCES). */
const VALID_INCLUDE = /^[\w/.\-()+~#@]+$/;
const INVALID_INCLUDE = /[./]{2,}/;

export function jekyllBodyFindings(input: BodyCheckInput, config: JekyllConfig): LintFinding[] {
  return [...conflictFindings(input), ...liquidFindings(input, config)];
}

/** Another built post written to the same file of the site (Jekyll's "Conflict: … shared by multiple files"). */
function conflictFindings(input: BodyCheckInput): LintFinding[] {
  const { info, text } = input;
  if (!info.willPublish || info.url === undefined) return [];
  const others = (input.pages.postsByDestination?.get(destinationOf(info.url)) ?? []).filter((p) => p !== input.path);
  if (others.length === 0) return [];
  const lines = text.split('\n', (info.frontMatterLines?.end ?? 0) + 1);
  const at = Math.max(0, lines.findIndex((l) => /^permalink\s*:/.test(l)));
  const range = { line: at, startChar: 0, endChar: Math.max(1, (lines[at] ?? '').trimEnd().length) };
  const args = [destinationOf(info.url), others.join(', ')];
  return [{ range, severity: 'warning', code: 'jekyll.urlConflict', args, message: lintMessage('jekyll.urlConflict', args), fixes: [] }];
}

function liquidFindings(input: BodyCheckInput, config: JekyllConfig): LintFinding[] {
  const { text, info } = input;
  if (info.data['render_with_liquid'] === false) return [];
  const bodyStart = info.frontMatterLines === undefined ? 0 : lineOffset(text, info.frontMatterLines.end + 1);
  if (text.indexOf('{%', bodyStart) < 0 && text.indexOf('{{', bodyStart) < 0) return [];
  const files = input.pages.files;
  const tagSet: LiquidTagSet = jekyllTagSet(config.raw, files);
  const structure = liquidStructure(text, bodyStart, tagSet);
  const built = info.willPublish;
  const findings: LintFinding[] = [];
  const cursor = new LineCursor(text);
  const push = (start: number, end: number, severity: Severity, code: LintCode, args: string[], fixes: LintFix[] = []): void => {
    const { line, character } = cursor.positionAt(start);
    const lineEnd = text.indexOf('\n', start);
    const endChar = character + (Math.min(end, lineEnd < 0 ? text.length : lineEnd) - start);
    findings.push({ range: { line, startChar: character, endChar: Math.max(endChar, character + 1) }, severity, code, args, message: lintMessage(code, args), fixes });
  };
  let fixed = 0;
  for (const tag of structure.tags) {
    const fault = tagFault(tag, input, config, files);
    if (fault === undefined) continue;
    // A post_url whose name cannot be parsed fails when the page is parsed, rendered or not.
    const always = fault.code === 'jekyll.postUrlInvalid' || tag.renders === 'always';
    if (tag.renders === 'never' && fault.code !== 'jekyll.postUrlInvalid') continue;
    const fixes = fault.code === 'jekyll.postUrlMissing' && fixed++ < MAX_FIXED ? postUrlFixes(tag, text, cursor, input.pages, config) : [];
    push(tag.start, tag.end, built && always ? 'error' : 'warning', fault.code, fault.args, fixes);
  }
  const filters = strictFilterSet(config.raw, files);
  if (filters !== undefined) {
    for (const v of structure.variables) {
      if (v.renders === 'never') continue;
      for (const call of filterCalls(v.markup)) {
        if (filters.has(call.name)) continue;
        // Liquid names the line the output or tag starts on: the mark goes on the name when it is on that line.
        const at = v.at + call.at;
        const start = text.lastIndexOf('\n', at - 1) < v.reportedAt ? at : v.reportedAt;
        push(start, start === at ? at + call.name.length : start + 2, built && v.renders === 'always' ? 'error' : 'warning', 'jekyll.liquidUndefinedFilter', [call.name]);
      }
    }
  }
  if (structure.error !== undefined) {
    const e = structure.error;
    const { code, args } = syntaxMessage(e, cursor);
    push(e.start, e.end, built ? 'error' : 'warning', code, args);
  }
  return findings.sort((a, b) => a.range.line - b.range.line || a.range.startChar - b.range.startChar);
}

/** `Use post "…"` for the closest posts, each replacing the name in the tag. */
function postUrlFixes(tag: LiquidTag, text: string, cursor: LineCursor, pages: SitePages, config: JekyllConfig): LintFix[] {
  const name = parsePostUrlName(tag.markup);
  if (name === undefined) return [];
  const written = tag.markup.trim();
  const at = tag.start + text.slice(tag.start, tag.end).indexOf(written, text.indexOf('post_url', tag.start) - tag.start + 'post_url'.length);
  const { line, character } = cursor.positionAt(at);
  const range = { line, startChar: character, endChar: character + written.length };
  return closestPostNames(name, pages, config.collectionsDir).map((n) => ({ code: 'fix.postUrl', args: [n], title: formatMessage(FIX_MESSAGES['fix.postUrl'], [n]), edits: [{ range, newText: n }] }));
}

function syntaxMessage(e: LiquidError, cursor: LineCursor): { code: LintCode; args: string[] } {
  const shown = (token: string): string => (token.length > 60 ? `${token.slice(0, 57)}...` : token).replace(/\s+/g, ' ');
  switch (e.kind) {
    case 'unknownTag':
      return { code: 'jekyll.liquidUnknownTag', args: [...e.args] };
    case 'unexpectedOuter':
      return { code: 'jekyll.liquidUnexpectedOuter', args: [...e.args] };
    case 'unexpectedElse':
      return { code: 'jekyll.liquidUnexpectedElse', args: [...e.args] };
    case 'invalidDelimiter':
      return { code: 'jekyll.liquidInvalidDelimiter', args: [...e.args] };
    case 'neverClosed':
      return { code: 'jekyll.liquidNeverClosed', args: [e.args[0] ?? '', String(cursor.positionAt(e.reportedAt).line + 1)] };
    case 'tagUnterminated':
      return { code: 'jekyll.liquidTagUnterminated', args: [shown(e.args[0] ?? '')] };
    case 'variableUnterminated':
      return { code: 'jekyll.liquidVariableUnterminated', args: [shown(e.args[0] ?? '')] };
    case 'rawArguments':
      return { code: 'jekyll.liquidRawArguments', args: [] };
    case 'highlightSyntax':
      return { code: 'jekyll.liquidHighlightSyntax', args: [shown(e.args[0] ?? '').trim()] };
  }
}

interface Fault {
  readonly code: LintCode;
  readonly args: string[];
}

function tagFault(tag: LiquidTag, input: BodyCheckInput, config: JekyllConfig, files: SiteFiles | undefined): Fault | undefined {
  switch (tag.name) {
    case 'post_url':
      return postUrlFault(tag.markup, input.pages, config);
    case 'include':
      return files === undefined ? includeSyntaxFault(tag.markup) : includeFault(tag.markup, includeFolders(config, files), files);
    case 'include_relative': {
      if (files === undefined) return undefined;
      const folder = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/')) : '';
      return includeFault(tag.markup, [{ shown: folder === '' ? '/' : folder, prefix: folder === '' ? '' : `${folder}/`, paths: files.paths }], files);
    }
    case 'link':
      return files === undefined ? undefined : linkFault(tag.markup, input.pages, files);
    default:
      return undefined;
  }
}

function postUrlFault(markup: string, pages: SitePages, config: JekyllConfig): Fault | undefined {
  const shown = markup.trim();
  if (shown.includes('\n')) return undefined;
  const name = parsePostUrlName(markup);
  if (name === undefined) return { code: 'jekyll.postUrlInvalid', args: [shown] };
  if (pages.posts === undefined) return undefined;
  if (findPostUrl(name, pages, (p) => pages.built.has(p), config.collectionsDir) !== undefined) return undefined;
  const unbuilt = findPostUrl(name, pages, (p) => !pages.built.has(p), config.collectionsDir);
  return unbuilt === undefined ? { code: 'jekyll.postUrlMissing', args: [shown] } : { code: 'jekyll.postUrlNotBuilt', args: [shown, unbuilt] };
}

interface IncludeFolder {
  /** The folder as the message names it. */
  readonly shown: string;
  /** What a name is prefixed with to find it in `paths`. */
  readonly prefix: string;
  readonly paths: ReadonlySet<string>;
}

/**
 * The folders `{% include %}` looks in: the site's includes folder and the theme's, or undefined when the
 * theme's files are not on this machine (they may hold any name).
 */
function includeFolders(config: JekyllConfig, files: SiteFiles): IncludeFolder[] | undefined {
  if (files.theme === null) return undefined;
  const configured = config.raw['includes_dir'];
  const dir = (typeof configured === 'string' && configured !== '' ? configured : '_includes').replace(/^\/+|\/+$/g, '');
  const folders: IncludeFolder[] = [{ shown: dir, prefix: `${dir}/`, paths: files.paths }];
  if (files.theme !== undefined) folders.push({ shown: `${String(config.raw['theme'])}/_includes`, prefix: '_includes/', paths: files.theme });
  return folders;
}

/** `key=value` pairs (IncludeTag's VALID_SYNTAX), each followed by a space or the end, read one at a time. */
const PARAM = /([\w-]+)\s*=\s*(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|[\w.-]+)(?=\s|$)\s*/y;

/** Whether the text after an include's file name is what IncludeTag's FULL_VALID_SYNTAX accepts. */
function validIncludeParams(params: string): boolean {
  let at = /^\s*/.exec(params)?.[0].length ?? 0;
  while (at < params.length) {
    PARAM.lastIndex = at;
    if (PARAM.exec(params) === null) return false;
    at = PARAM.lastIndex;
  }
  return true;
}

/**
 * What Jekyll 4.3's IncludeTag refuses before it looks for the file: parameters it cannot read (when the tag is
 * parsed) and a file name with characters or sequences it does not allow (when it renders).
 */
function includeSyntaxFault(markup: string): Fault | undefined {
  const trimmed = markup.trim();
  // A name made by Liquid (VARIABLE_SYNTAX) is known only when the page renders.
  if (trimmed.includes('{{')) return undefined;
  const space = trimmed.search(/\s/);
  const file = space < 0 ? trimmed : trimmed.slice(0, space);
  const params = space < 0 ? undefined : trimmed.slice(space + 1);
  if (params !== undefined && !validIncludeParams(params)) return { code: 'jekyll.includeParams', args: [params.trim()] };
  if (!VALID_INCLUDE.test(file) || INVALID_INCLUDE.test(file)) return { code: 'jekyll.includeFileName', args: [file] };
  return undefined;
}

function includeFault(markup: string, folders: readonly IncludeFolder[] | undefined, files: SiteFiles): Fault | undefined {
  const syntax = includeSyntaxFault(markup);
  if (syntax !== undefined) return syntax;
  if (folders === undefined || files.paths.size === 0) return undefined;
  const trimmed = markup.trim();
  if (trimmed.includes('{{')) return undefined;
  const file = trimmed.split(/\s+/, 1)[0] ?? '';
  if (folders.some((f) => f.paths.has(`${f.prefix}${file}`))) return undefined;
  return { code: 'jekyll.includeMissing', args: [file, folders.map((f) => f.shown).join(', ')] };
}

function linkFault(markup: string, pages: SitePages, files: SiteFiles): Fault | undefined {
  const path = markup.trim();
  if (path === '' || path.includes('{{') || path.includes('{%') || files.paths.size === 0) return undefined;
  if (pages.built.has(path)) return undefined;
  if (pages.all.has(path)) return { code: 'jekyll.linkNotBuilt', args: [path] };
  // A file that exists may be a page or a static file Jekyll writes (or one it leaves out: not claimed).
  if (files.paths.has(path.replace(/^\/+/, ''))) return undefined;
  return { code: 'jekyll.linkMissing', args: [path] };
}

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** Lines and columns of offsets asked for mostly in order: linear over a whole text, whatever the findings. */
class LineCursor {
  private offset = 0;
  private line = 0;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  positionAt(offset: number): { line: number; character: number } {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 0;
      this.lineStart = 0;
    }
    for (let i = this.text.indexOf('\n', this.offset); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.offset = offset;
    return { line: this.line, character: offset - this.lineStart };
  }
}
