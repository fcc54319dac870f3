/**
 * A Hugo content file's front matter as Hugo 0.111's page lexer finds it (YAML `---`, TOML `+++` or a bare JSON
 * object, after any leading white space) and its decoders read it (yaml.v2, go-toml, encoding/json), through the
 * front-matter reader; nothing is ever evaluated. The body gives the word count and the summary.
 */
import { matterErrorProblem, readMatter, type MatterOptions } from '../../frontMatter/matterReader';
import { readBody, type ReadPost, type ReadPostOptions } from '../../postRead';
import { loadHugoYaml } from './hugoYaml';
import { findDelimitedEnd, findObjectEnd, findOpening } from '../../frontMatter/matterScan';
import { MAX_FRONT_MATTER_CHARS } from '../../frontMatterSplit';
import type { YamlResult } from '../../yaml11';
import type { Problem } from '../../problem';

const options: MatterOptions = {
  openings: ['---', '+++', '{'],
  languages: [],
  leadingWhitespace: true,
  loadYaml: (yaml: string, lineOffset: number): YamlResult => {
    const result = loadHugoYaml(yaml, lineOffset);
    return result.ok ? { ok: true, value: result.value, warnings: [] } : { ok: false, error: result.error, warnings: [] };
  },
};

/** The line of the `date` key in the front matter, in any of the three formats. */
function findDateLine(text: string, from: number, to: number, firstLine: number): ReadPost['dateLine'] {
  const block = text.slice(from, to);
  const match = /^[ \t]*"?date"?[ \t]*[:=][ \t]*(.*?)[ \t,]*\r?$/im.exec(block);
  if (match === null) return undefined;
  let line = firstLine;
  for (let i = 0; i < match.index; i++) if (block.charCodeAt(i) === 0x0a) line++;
  return { line, raw: match[1] ?? '' };
}

/**
 * Whether the start of a file holds its whole front matter, by the delimiters alone (no parsing: the reader
 * parses it once, after): a block that closes in `head`, one that may close past it, or anything else.
 */
export function hugoHeadState(head: string, complete: boolean): 'closed' | 'incomplete' | 'other' {
  const open = findOpening(head, options.openings, options.leadingWhitespace);
  if (open.kind === 'none') return 'other';
  const end = open.opening === '{' ? findObjectEnd(head, open, MAX_FRONT_MATTER_CHARS) : findDelimitedEnd(head, open, MAX_FRONT_MATTER_CHARS);
  if (end.kind === 'closed') return 'closed';
  return end.kind === 'unclosed' && !complete ? 'incomplete' : 'other';
}

export function readHugoPost(text: string, summaryDivider: string, readOptions: ReadPostOptions = {}): ReadPost {
  const invalidEncoding = text.includes('\uFFFD');
  const matter = readMatter(text, options);
  const problems: Problem[] = [...(matter.kind === 'none' ? [] : matter.warnings)];
  const base = { invalidEncoding, wordCount: undefined, excerpt: undefined, dateLine: undefined };
  if (matter.kind === 'error') {
    problems.push(matterErrorProblem(matter));
    const body = readBody(text, summaryDivider, undefined, readOptions);
    return { ...base, ...body, frontMatter: undefined, hasFrontMatter: true, frontMatterError: true, frontMatterLines: undefined, bodyLine: 0, problems };
  }
  if (matter.kind === 'none') {
    const body = readBody(text.slice(matter.bodyOffset), summaryDivider, undefined, readOptions);
    return { ...base, ...body, frontMatter: {}, hasFrontMatter: false, frontMatterError: false, frontMatterLines: undefined, bodyLine: 0, problems };
  }
  const body = readBody(text.slice(matter.bodyOffset), summaryDivider, undefined, readOptions);
  return {
    ...base,
    ...body,
    format: matter.format,
    frontMatter: matter.data,
    hasFrontMatter: true,
    frontMatterError: false,
    frontMatterLines: { start: matter.openLine, end: matter.closeLine },
    dateLine: findDateLine(text, matter.textOffset, matter.textEnd, matter.textLine),
    bodyLine: matter.bodyLine,
    problems,
  };
}
