/**
 * Lints one post's text (the editor's buffer or the file) into findings with exact character ranges and
 * fixes as text edits. Reuses the post reader's problems (adding ranges) and adds checks of its own. Pure.
 */
import { analyzePost } from '../analyzePost';
import { undefinedImagePathVariables } from './imagePathVariables';
import { indexReadOptions } from '../postRead';
import { placeOf } from '../postPath';
import { matchDatedFileName, parseJekyllDate } from '../dates';
import { splitFrontMatter } from '../frontMatterSplit';
import { lintMessage, formatMessage, FIX_MESSAGES } from './lintMessages';
import { lineContentRange, scanFrontMatter, textLines, topEntry } from './frontMatterScan';
import { nameFindings, type OwnNames } from './lintNames';
import { scanTomlFrontMatter } from './frontMatterTomlScan';
import { findOpening } from '../frontMatter/matterScan';
import { generatorOf } from '../generators/generators';
import { isBooleanKey } from './frontMatterKeys';
import { bodyReferences } from './bodyReferences';
import { referenceFindings } from './referenceChecks';
import type { FrontMatterScan, TextRange } from './frontMatterScan';
import type { LintCode } from './lintMessages';
import type { LintFinding, LintFix, LintSite } from './lintTypes';
import type { PostContext, PostInfo } from '../post';
import type { Problem, Severity } from '../problem';

export interface LintInput {
  /** Site-relative path of the post. */
  readonly path: string;
  readonly text: string;
  readonly ctx: PostContext;
  readonly site: LintSite;
  /** Names the saved copy of this post contributes to the site's counts (left out when comparing). */
  readonly own?: OwnNames;
}

export interface LintResult {
  readonly info: PostInfo;
  readonly findings: readonly LintFinding[];
}

/** Layouts Minimal Mistakes ships (its `_layouts` folder). */
export const MINIMAL_MISTAKES_LAYOUTS: readonly string[] = [
  'single', 'splash', 'archive', 'archive-taxonomy', 'posts', 'categories', 'category', 'tags', 'tag', 'collection', 'home', 'search', 'default', 'compress',
];

function finding(range: TextRange, severity: Severity, code: LintCode, args: string[], fixes: LintFix[] = []): LintFinding {
  return { range, severity, code, args, message: lintMessage(code, args), fixes };
}

function fix(code: keyof typeof FIX_MESSAGES, args: string[], edits: LintFix['edits'], renameTo?: string): LintFix {
  const base = { code, args, title: formatMessage(FIX_MESSAGES[code], args), edits };
  return renameTo === undefined ? base : { ...base, renameTo };
}

function keyRangeOn(scan: FrontMatterScan | undefined, lines: readonly string[], line: number, key?: string): TextRange {
  const entry = scan?.entries.find((e) => e.keyRange.line === line && (key === undefined || e.key === key));
  return entry?.keyRange ?? lineContentRange(lines, line);
}

/** The reader's problems, with ranges and (where we have one) a localisable template. */
function fromProblem(p: Problem, lines: readonly string[], scan: FrontMatterScan | undefined): LintFinding {
  const pass = (range: TextRange): LintFinding => ({ range, severity: p.severity, code: p.code, args: [], message: p.message, fixes: [] });
  switch (p.code) {
    case 'frontMatter.yaml':
      return finding(p.column === undefined ? lineContentRange(lines, p.line) : pointRange(lines, p.line, p.column), p.severity, 'frontMatter.yaml', [p.message]);
    case 'frontMatter.unclosed':
      return finding({ line: 0, startChar: 0, endChar: Math.min(3, (lines[0] ?? '').length) }, p.severity, 'frontMatter.unclosed', []);
    case 'frontMatter.language': {
      const language = /^\uFEFF?---\s*(\S+)/.exec(lines[0] ?? '')?.[1] ?? '';
      return finding(lineContentRange(lines, 0), p.severity, 'frontMatter.language', [language]);
    }
    case 'frontMatter.syntax': {
      const open = findOpening(lines.join('\n'), ['---', '+++', '{'], true);
      const format = open.kind !== 'opening' ? 'YAML' : open.opening === '+++' ? 'TOML' : open.opening === '{' ? 'JSON' : 'YAML';
      return finding(p.column === undefined ? lineContentRange(lines, p.line) : pointRange(lines, p.line, p.column), p.severity, 'frontMatter.syntax', [format, p.message]);
    }
    case 'frontMatter.notMapping':
      return finding(lineContentRange(lines, p.line), p.severity, 'frontMatter.notMapping', []);
    case 'frontMatter.duplicateKey': {
      const key = /duplicate key "(.*)"/.exec(p.message)?.[1] ?? '';
      return finding(keyRangeOn(scan, lines, p.line, key), p.severity, 'frontMatter.duplicateKey', [key]);
    }
    case 'post.date': {
      const date = scan === undefined ? undefined : topEntry(scan, 'date');
      if (date?.value === undefined || date.keyRange.line !== p.line) return pass(lineContentRange(lines, p.line));
      return finding(date.value.range, p.severity, 'post.date', [date.value.text]);
    }
    case 'post.tooManyNames': {
      const key = /^\d+ (\S+);/.exec(p.message)?.[1];
      const entry = scan === undefined || key === undefined ? undefined : topEntry(scan, key);
      return pass(entry?.keyRange ?? lineContentRange(lines, p.line));
    }
    case 'post.dateUtc': {
      const date = scan === undefined ? undefined : topEntry(scan, 'date');
      return pass(date?.value?.range ?? lineContentRange(lines, p.line));
    }
    default:
      return pass(lineContentRange(lines, p.line));
  }
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

function dateFindings(info: PostInfo, input: LintInput, scan: FrontMatterScan | undefined, lines: readonly string[]): LintFinding[] {
  const out: LintFinding[] = [];
  const config = input.ctx.config;
  // The file-name date and `future:` are Jekyll's rules.
  if (config.generator !== 'jekyll') return out;
  const entry = scan === undefined ? undefined : topEntry(scan, 'date');
  const value = entry?.value;
  const place = placeOf(input.path, config);
  const named = place.kind === 'post' ? matchDatedFileName(place.jekyllPath) : undefined;
  if (info.date === undefined) return out;
  const day = info.date.iso.slice(0, 10);
  if (named && value && info.frontMatter['date'] !== undefined) {
    const [y = '', m = '', d = ''] = named.date.split('-');
    const nameDay = `${y.padStart(4, '0')}-${pad(m)}-${pad(d)}`;
    if (nameDay !== day) {
      const written = /^\d{4}-\d{2}-\d{2}/.exec(value.text)?.[0];
      const fixes: LintFix[] = [];
      if (written !== undefined) {
        const fixed = parseJekyllDate(nameDay + value.text.slice(10), input.ctx.zone);
        const at = value.range.startChar + (value.quoted ? 1 : 0);
        if (fixed.ok && fixed.date.iso.slice(0, 10) === nameDay) {
          fixes.push(fix('fix.dateFromName', [nameDay], [{ range: { line: value.range.line, startChar: at, endChar: at + 10 }, newText: nameDay }]));
        }
      }
      out.push(finding(value.range, 'warning', 'post.dateMismatch', [day, nameDay], fixes));
    }
  }
  if (info.status === 'future' && !config.future) {
    const range = value?.range ?? lineContentRange(lines, 0);
    out.push(finding(range, 'warning', 'post.future', [info.date.iso]));
  }
  return out;
}

function layoutFindings(info: PostInfo, layouts: ReadonlySet<string> | undefined, scan: FrontMatterScan): LintFinding[] {
  const value = topEntry(scan, 'layout')?.value;
  if (layouts === undefined || value === undefined || info.frontMatter['layout'] === undefined) return [];
  const name = value.text;
  if (name === '' || name === 'none' || name === 'null' || layouts.has(name)) return [];
  const near = [...layouts].find((l) => l.toLowerCase() === name.toLowerCase().replace(/\.html$/, ''));
  const fixes = near === undefined ? [] : [fix('fix.layout', [near], [{ range: value.range, newText: near }])];
  return [finding(value.range, 'warning', 'post.layoutUnknown', [name], fixes)];
}

/** Front-matter values Psych reads as booleans but YAML 1.2 tools read as text. */
function boolFindings(scan: FrontMatterScan): LintFinding[] {
  const out: LintFinding[] = [];
  for (const e of scan.entries) {
    const v = e.value;
    if (v === undefined || v.quoted || !/^(yes|no|on|off)$/i.test(v.text)) continue;
    const meaning = /^(yes|on)$/i.test(v.text) ? 'true' : 'false';
    const fixes = [fix('fix.bool', [meaning], [{ range: v.range, newText: meaning }])];
    if (!isBooleanKey(e.parents.length === 0 ? e.key : `${e.parents.join('.')}.${e.key}`)) {
      fixes.push(fix('fix.quote', [v.text], [{ range: v.range, newText: JSON.stringify(v.text) }]));
    }
    out.push(finding(v.range, 'warning', 'yaml.bool11', [v.text, meaning], fixes));
  }
  return out;
}

/** Runs of decomposed (NFD) text on the front matter's lines, each fixable to NFC. */
function nfdFindings(lines: readonly string[], from: number, to: number): LintFinding[] {
  const out: LintFinding[] = [];
  for (let n = from; n < to; n++) {
    const line = lines[n] ?? '';
    if (line === line.normalize('NFC')) continue;
    let start = -1;
    let end = -1;
    for (const m of line.matchAll(/[^\s,[\]{}:"'#]+/g)) {
      if (m[0] === m[0].normalize('NFC')) continue;
      const s = m.index ?? 0;
      if (start < 0) start = s;
      end = s + m[0].length;
    }
    if (start < 0) continue;
    const range = { line: n, startChar: start, endChar: end };
    out.push(finding(range, 'warning', 'text.nfd', [], [fix('fix.nfc', [], [{ range, newText: line.slice(start, end).normalize('NFC') }])]));
  }
  return out;
}

function fileNameFinding(path: string, lines: readonly string[]): LintFinding[] {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === base.normalize('NFC')) return [];
  const nfc = base.normalize('NFC');
  return [finding(lineContentRange(lines, 0), 'warning', 'file.nfd', [], [fix('fix.renameNfc', [], [], nfc)])];
}

/** `{{ page.x }}` in image paths that the post does not set. */
function imageVariableFindings(text: string, bodyOffset: number, data: Readonly<Record<string, unknown>>): LintFinding[] {
  return undefinedImagePathVariables(text, data, bodyOffset).map((v) =>
    finding({ line: v.line, startChar: v.column, endChar: v.column + (v.end - v.start) }, 'warning', 'post.imagePathVariable', [v.expression]));
}

/**
 * Lints a post. Never throws (the reader turns its own failures into problems). The post is read without its
 * word count and excerpt: no finding needs them, and every open post is linted again when its site changes.
 */
export function lintPost(input: LintInput): LintResult {
  const info = analyzePost({ path: input.path, text: input.text, mtimeMs: input.ctx.nowMs }, input.ctx, indexReadOptions);
  const lines = textLines(input.text);
  const split = splitFrontMatter(input.text);
  const scan = scanFrontMatter(input.text, { split, lines });
  const rules = generatorOf(input.ctx.config).frontMatterRules;
  // A generator with rules of its own reads TOML blocks too (scanAnyFrontMatter, without scanning YAML twice), and
  // reports some of the reader's problems itself.
  const anyScan = rules === undefined ? scan : (scan ?? scanTomlFrontMatter(input.text, lines));
  const owned = new Set(anyScan === undefined ? [] : (rules?.ownedProblems ?? []));
  const problems = info.problems.filter((p) => !owned.has(p.code));
  const findings: LintFinding[] = problems.filter((p) => !p.code.startsWith('post.notPost.')).map((p) => fromProblem(p, lines, scan));
  for (const p of problems) if (p.code.startsWith('post.notPost.')) findings.push(fromProblem(p, lines, scan));
  findings.push(...fileNameFinding(input.path, lines));
  if (split.kind === 'yaml') findings.push(...nfdFindings(lines, 1, split.endLine));
  const valid = info.status !== 'invalid' && info.status !== 'notPost';
  if (valid) findings.push(...dateFindings(info, input, scan, lines));
  if (valid && rules !== undefined) findings.push(...rules.lint({ path: input.path, text: input.text, info, ctx: input.ctx, scan: anyScan }));
  const checkBody = generatorOf(input.ctx.config).checkBody;
  const body = valid && checkBody !== undefined && input.site.pages !== undefined ? checkBody({ path: input.path, text: input.text, info, config: input.ctx.config, pages: input.site.pages }) : [];
  findings.push(...body);
  // What the generator's own check says of a link (Docusaurus's broken .md links) is said once, in its words.
  const covered = (r: TextRange): boolean => body.some((b) => b.range.line === r.line && b.range.startChar <= r.startChar && r.endChar <= b.range.endChar);
  if (valid) findings.push(...siteReferenceFindings(input, info).filter((f) => !covered(f.range)));
  // The YAML 1.1 booleans, layouts and name variants are read with Jekyll's rules.
  if (scan !== undefined && input.ctx.config.generator === 'jekyll') {
    findings.push(...boolFindings(scan));
    if (valid) {
      findings.push(...layoutFindings(info, input.site.layouts, scan));
      findings.push(...nameFindings(scan, input.site, input.own ?? { categories: [], tags: [] }));
      findings.push(...imageVariableFindings(input.text, split.kind === 'yaml' ? split.bodyOffset : 0, info.data));
    }
  }
  return { info, findings };
}

/** Links and images the build lets through, where the generator says which folders its site serves. */
function siteReferenceFindings(input: LintInput, info: PostInfo): LintFinding[] {
  const { pages } = input.site;
  const files = pages?.files;
  const served = files === undefined ? undefined : generatorOf(input.ctx.config).servedFolders?.(input.ctx.config, files);
  if (pages === undefined || served === undefined) return [];
  const bodyLine = info.frontMatterLines === undefined ? 0 : info.frontMatterLines.end + 1;
  const references = bodyReferences(input.text, bodyLine);
  const generator = generatorOf(input.ctx.config);
  const beside = generator.assetFolder?.(input.path, input.ctx.config);
  const hides = generator.hidesServed;
  const hidden = hides === undefined ? undefined : (sitePath: string): boolean => hides(sitePath, input.ctx.config);
  return referenceFindings({ path: input.path, text: input.text, info, pages, baseurl: input.ctx.config.baseurl, served, references, ...(beside === undefined ? {} : { beside }), ...(hidden === undefined ? {} : { hidden }) });
}

/** From the reader's column to the end of the token there (at least one character), for a precise squiggle. */
function pointRange(lines: readonly string[], line: number, column: number): TextRange {
  const text = lines[line] ?? '';
  if (column >= text.length) return lineContentRange(lines, line);
  const rest = /^\S+/.exec(text.slice(column))?.[0].length ?? 1;
  return { line, startChar: column, endChar: column + rest };
}
