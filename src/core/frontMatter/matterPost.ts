/**
 * A post read through the gray-matter reader (matterReader.ts), the shape every gray-matter generator shares: the
 * block's data and lines, the body's word count and excerpt, the `date` key's line for diagnostics there, and a
 * block that cannot be read as a problem at its line. Never throws and never evaluates anything.
 */
import type { Problem } from '../problem';
import { readBody, type ReadPost, type ReadPostOptions } from '../postRead';
import { matterErrorProblem, readMatter, type MatterError, type MatterOptions } from './matterReader';

export interface MatterPostRules {
  readonly matter: MatterOptions;
  /** A block's `date` line: its first group is the raw value (the key and assignment differ by format). */
  readonly dateLine: RegExp;
  /** What a block that cannot be read becomes: its problem, and the text read as the body (default: the whole text). */
  readonly refused?: (error: MatterError, text: string) => { readonly problem: Problem; readonly bodyText: string };
  /** Facts only the body gives (Docusaurus's title from its first heading), for a post whose block was read or absent. */
  readonly fromBody?: (bodyText: string) => Partial<Pick<ReadPost, 'contentTitle'>>;
}

function findDateLine(text: string, from: number, to: number, firstLine: number, pattern: RegExp): ReadPost['dateLine'] {
  const block = text.slice(from, to);
  const match = pattern.exec(block);
  if (match === null) return undefined;
  let line = firstLine;
  for (let i = 0; i < match.index; i++) if (block.charCodeAt(i) === 0x0a) line++;
  return { line, raw: match[1] ?? '' };
}

export function readMatterPost(text: string, divider: string, readOptions: ReadPostOptions, rules: MatterPostRules): ReadPost {
  const invalidEncoding = text.includes('\uFFFD');
  const matter = readMatter(text, rules.matter);
  const problems: Problem[] = [...(matter.kind === 'none' ? [] : matter.warnings)];
  const base = { invalidEncoding, dateLine: undefined };
  if (matter.kind === 'error') {
    const refused = rules.refused?.(matter, text) ?? { problem: matterErrorProblem(matter), bodyText: text };
    problems.push(refused.problem);
    const body = readBody(refused.bodyText, divider, undefined, readOptions);
    return { ...base, ...body, frontMatter: undefined, hasFrontMatter: true, frontMatterError: true, frontMatterLines: undefined, bodyLine: 0, problems };
  }
  const bodyText = text.slice(matter.bodyOffset);
  const { wordCount, excerpt } = readBody(bodyText, divider, undefined, readOptions);
  const fromBody = rules.fromBody?.(bodyText);
  if (matter.kind === 'none') {
    return { invalidEncoding, dateLine: undefined, wordCount, excerpt, ...fromBody, frontMatter: {}, hasFrontMatter: false, frontMatterError: false, frontMatterLines: undefined, bodyLine: 0, problems };
  }
  // One literal with its fields in one order: spreading objects into it costs more than reading a small block.
  const read: ReadPost = {
    invalidEncoding,
    wordCount,
    excerpt,
    format: matter.format,
    frontMatter: matter.data,
    hasFrontMatter: true,
    frontMatterError: false,
    frontMatterLines: { start: matter.openLine, end: matter.closeLine },
    dateLine: findDateLine(text, matter.textOffset, matter.textEnd, matter.textLine, rules.dateLine),
    bodyLine: matter.bodyLine,
    problems,
  };
  return fromBody === undefined ? read : { ...read, ...fromBody };
}
