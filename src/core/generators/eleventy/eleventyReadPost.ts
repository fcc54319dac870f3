/**
 * An Eleventy template's front matter as @11ty/gray-matter 1 with Eleventy 3.1.8's engines reads it: `---` YAML
 * (js-yaml 4), `---yml`, `---json`, through the project's front-matter reader. `---js` / `---javascript` is code
 * that Eleventy runs and Postcraft never does: the post is read as "front matter computed by Eleventy", with the
 * plain literals its text shows (`title: "..."`, `tags: [...]`) and nothing else.
 */
import type { MatterOptions } from '../../frontMatter/matterReader';
import { readMatterPost } from '../../frontMatter/matterPost';
import { findDelimitedEnd, findOpening } from '../../frontMatter/matterScan';
import { MAX_FRONT_MATTER_CHARS } from '../../frontMatterSplit';
import { readBody, type ReadPost, type ReadPostOptions } from '../../postRead';
import { assignmentsOf, blankComments } from './eleventyCodeText';
import { loadEleventyYaml } from './eleventyYaml';
import type { Problem } from '../../problem';

const options: MatterOptions = {
  openings: ['---'],
  languages: ['yaml', 'json'],
  leadingWhitespace: false,
  loadYaml: loadEleventyYaml,
};

const CODE_LANGUAGES = new Set(['js', 'javascript']);
/** The keys read from a `---js` block's text when they are given plain literals. */
const CODE_KEYS = ['title', 'tags', 'date', 'permalink', 'layout', 'draft', 'eleventyExcludeFromCollections'];

/** The problem code that marks a post whose front matter Eleventy computes by running it. */
export const COMPUTED_FRONT_MATTER = 'eleventy.computedFrontMatter';


export function eleventyHeadState(head: string, complete: boolean): 'closed' | 'incomplete' | 'other' {
  const open = findOpening(head, options.openings, options.leadingWhitespace);
  if (open.kind === 'none') return 'other';
  const end = findDelimitedEnd(head, open, MAX_FRONT_MATTER_CHARS);
  if (end.kind === 'closed') return 'closed';
  return end.kind === 'unclosed' && !complete ? 'incomplete' : 'other';
}

/** A `---js` block: its literals as data, marked computed; undefined when the file has no such block. */
function readCodeBlock(text: string, excerptSeparator: string, readOptions: ReadPostOptions): ReadPost | undefined {
  const open = findOpening(text, options.openings, options.leadingWhitespace);
  if (open.kind === 'none' || !CODE_LANGUAGES.has(open.language.toLowerCase())) return undefined;
  const end = findDelimitedEnd(text, open, MAX_FRONT_MATTER_CHARS);
  if (end.kind !== 'closed') return undefined;
  const code = blankComments(text.slice(open.lineEnd + 1, end.textEnd));
  const frontMatter: Record<string, unknown> = {};
  const computedKeys: string[] = [];
  for (const key of CODE_KEYS) {
    const found = assignmentsOf(code, key);
    const literal = found.length === 1 ? found[0]?.literal : undefined;
    if (literal !== undefined) frontMatter[key] = literal;
    // A key the code names but gives no plain literal is computed; one it never names, it does not set.
    else if (new RegExp(`\\b${key}\\b`).test(code)) computedKeys.push(key);
  }
  const problems: Problem[] = [{
    severity: 'info',
    code: COMPUTED_FRONT_MATTER,
    message: `front matter computed by Eleventy: this ---${open.language} block is code, which Eleventy runs and Postcraft never does; only its plain literal values are shown`,
    line: open.line,
  }];
  const body = readBody(text.slice(end.bodyOffset), excerptSeparator, undefined, readOptions);
  return {
    ...body,
    frontMatter,
    hasFrontMatter: true,
    frontMatterError: false,
    frontMatterLines: { start: open.line, end: end.closeLine },
    dateLine: undefined,
    bodyLine: end.bodyLine,
    invalidEncoding: text.includes('\uFFFD'),
    computedKeys,
    problems,
  };
}

/** Whether a post's front matter is computed by Eleventy (a `---js` block). */
export function isComputedFrontMatter(read: Pick<ReadPost, 'problems'>): boolean {
  return read.problems.some((p) => p.code === COMPUTED_FRONT_MATTER);
}

/** Reads a template's text. Never throws and never evaluates anything. */
export function readEleventyPost(text: string, excerptSeparator: string, readOptions: ReadPostOptions = {}): ReadPost {
  const computed = readCodeBlock(text, excerptSeparator, readOptions);
  if (computed !== undefined) return computed;
  return readMatterPost(text, excerptSeparator, readOptions, { matter: options, dateLine: /^[ \t]*"?date"?[ \t]*:[ \t]*(.*?)[ \t,]*\r?$/m });
}
