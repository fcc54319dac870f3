/**
 * A post's front matter as Astro 5.18.2 reads it (`parseFrontmatter` of @astrojs/markdown-remark): its own regex,
 * not gray-matter's rules, so a small splitter of our own rather than the project's gray-matter reader (which
 * needs the closing fence to match the opening, and the opening alone on its line). The block starts at the
 * file's start (after a BOM) or after blank lines; `+++` opens TOML (smol-toml), anything else YAML (js-yaml 4
 * `load`); the block closes at the first later line starting with `---` or `+++` (either closes either). What
 * follows the opening fence on its line is part of the YAML: `---js` is YAML to Astro, never code. Never throws.
 */
import { readToml } from '../../frontMatter/tomlRead';
import { readBody, type ReadPost, type ReadPostOptions } from '../../postRead';
import { loadDocusaurusYaml } from '../docusaurus/docusaurusYaml';
import type { Problem } from '../../problem';

const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const FRONT_MATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

export interface AstroSplit {
  /** The front-matter text Astro hands its parser (from just after the opening fence to the closing fence's line). */
  readonly raw: string;
  readonly fence: '---' | '+++';
  /** Offset of the opening fence and of the closing one. */
  readonly openOffset: number;
  readonly closeOffset: number;
  readonly openLine: number;
  readonly closeLine: number;
}

function linesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Where Astro finds the front matter, or undefined when it finds none (the whole file is body). */
export function splitAstroFrontMatter(text: string): AstroSplit | undefined {
  const match = FRONT_MATTER.exec(text);
  const raw = match?.[1];
  if (match === null || raw === undefined) return undefined;
  const closeOffset = match.index + match[0].length - 3;
  const openOffset = closeOffset - raw.length - 3;
  const fence = FRONT_MATTER_TYPE.exec(text)?.[1] === '+++' ? '+++' : '---';
  return { raw, fence, openOffset, closeOffset, openLine: linesBefore(text, openOffset), closeLine: linesBefore(text, closeOffset) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** Parses the block as Astro does: a value that is not an object counts as no front matter at all. */
function parseBlock(split: AstroSplit): { ok: true; data: Record<string, unknown> } | { ok: false; problem: Problem } {
  if (split.fence === '+++') {
    const toml = readToml(split.raw);
    if (!toml.ok) return { ok: false, problem: { severity: 'error', code: 'frontMatter.syntax', message: `${toml.message}; Astro stops on it`, line: split.openLine + toml.line, ...(toml.column === undefined ? {} : { column: toml.column }) } };
    return { ok: true, data: toml.value };
  }
  const yaml = loadDocusaurusYaml(split.raw, split.openLine);
  if (!yaml.ok) return { ok: false, problem: { severity: 'error', code: 'frontMatter.syntax', message: `${yaml.error.message}; Astro stops on it`, line: yaml.error.line, ...(yaml.error.column === undefined ? {} : { column: yaml.error.column }) } };
  return { ok: true, data: isRecord(yaml.value) ? yaml.value : {} };
}

/** The pattern of a key's line, by key: a site has one date key, and every post asks. */
const keyLinePatterns = new Map<string, RegExp>();

function keyLinePattern(key: string): RegExp {
  let pattern = keyLinePatterns.get(key);
  if (pattern === undefined) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[:=][ \\t]*(.*?)[ \\t]*\\r?$`, 'm');
    if (keyLinePatterns.size >= 16) keyLinePatterns.clear();
    keyLinePatterns.set(key, pattern);
  }
  return pattern;
}

function findLine(raw: string, key: string, firstLine: number): ReadPost['dateLine'] {
  const match = keyLinePattern(key).exec(raw);
  if (match === null) return undefined;
  return { line: firstLine + linesBefore(raw, match.index), raw: (match[1] ?? '').replace(/^["']|["']$/g, '') };
}

/** Whether the start of a file is enough: a closed block, one that may close later, or no block at all. */
export function astroHeadState(head: string, complete: boolean): 'closed' | 'incomplete' | 'other' {
  if (splitAstroFrontMatter(head) !== undefined) return 'closed';
  return !complete && /^\uFEFF?\s*(?:---|\+\+\+)/.test(head) ? 'incomplete' : 'other';
}

/** Reads a post's text; `dateKey` is the field that dates posts (for precise problems). */
export function readAstroPost(text: string, dateKey: string, separator: string, options: ReadPostOptions = {}): ReadPost {
  const invalidEncoding = text.includes('\uFFFD');
  const split = splitAstroFrontMatter(text);
  const base = { invalidEncoding, dateLine: undefined };
  if (split === undefined) {
    return { ...base, ...readBody(text.replace(/^\uFEFF/, ''), separator, undefined, options), frontMatter: {}, hasFrontMatter: false, frontMatterError: false, frontMatterLines: undefined, bodyLine: 0, problems: [] };
  }
  const problems: Problem[] = [];
  const opening = text.slice(split.openOffset + 3, text.indexOf('\n', split.openOffset)).trim();
  if (/^(?:js|javascript)$/i.test(opening)) {
    problems.push({ severity: 'warning', code: 'frontMatter.computed', message: `Astro reads a "---${opening}" block as YAML, never as code, and Postcraft never runs it either`, line: split.openLine });
  }
  const parsed = parseBlock(split);
  const afterClose = split.closeOffset + 3;
  const bodyOffset = text.startsWith('\r\n', afterClose) ? afterClose + 2 : text.startsWith('\n', afterClose) ? afterClose + 1 : afterClose;
  const bodyLine = linesBefore(text, bodyOffset);
  const lines = { start: split.openLine, end: split.closeLine };
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return { ...base, ...readBody('', separator, undefined, options), frontMatter: undefined, hasFrontMatter: true, frontMatterError: true, frontMatterLines: lines, bodyLine, problems };
  }
  // One literal with its fields in one order (every post takes this path): spreads into it cost more than the rest.
  const { wordCount, excerpt } = readBody(text.slice(bodyOffset), separator, undefined, options);
  return {
    invalidEncoding,
    dateLine: findLine(split.raw, dateKey, split.openLine),
    wordCount,
    excerpt,
    format: split.fence === '+++' ? 'toml' : 'yaml',
    frontMatter: parsed.data,
    hasFrontMatter: true,
    frontMatterError: false,
    frontMatterLines: lines,
    bodyLine,
    problems,
  };
}
