/**
 * A Hexo source file's front matter as hexo-front-matter 4.2.1 (`parse`, which Hexo 8.1.2 calls with no options)
 * finds and reads it, on the text as hexo-fs reads it (a BOM dropped, CRLF made LF):
 * - `---` or `;;;` (three or more) alone on the first line, up to the same run again: YAML, or JSON for `;`;
 * - else, when the first line is not such a run, everything up to the first line that starts with one (the form
 *   with no opening delimiter, which Hexo's own `hexo new` writes for pages);
 * - YAML goes through js-yaml 4 after tabs at line starts become spaces; JSON is `JSON.parse('{' + text + '}')`.
 * A YAML error makes Hexo drop the file (the processor rejects), so it is an error here; text that is not a mapping,
 * and JSON that does not parse, mean no front matter at all. gray-matter knows neither `;;;` nor the form with no
 * opening, so this reader is Hexo's own. Nothing is evaluated.
 */
import { readBody, type ReadPost, type ReadPostOptions } from '../../postRead';
import { loadHexoYaml } from './hexoYaml';
import { refuse, type EditRefusal } from '../../edits/textEdit';
import type { Problem } from '../../problem';

const PREFIX_SEP = /^(-{3,}|;{3,})/;
const FRONT_MATTER = /^(-{3,}|;{3,})\n([\s\S]+?)\n\1\n?/;
const FRONT_MATTER_NEW = /^([\s\S]+?)\n(-{3,}|;{3,})\n?/;

/** hexo-front-matter's split, on text already normalised: the block, where it starts and ends, and the body's offset. */
export interface HexoSplit {
  readonly data: string;
  readonly separator: string;
  readonly prefixSeparator: boolean;
  /** Offset of the block's text, and of the body (after the closing run and at most one line break). */
  readonly dataOffset: number;
  readonly bodyOffset: number;
}

/** hexo-fs escapeFileContent: CRLF → LF, then a leading BOM dropped. */
export function hexoFileText(text: string): string {
  const lf = text.replace(/\r\n/g, '\n');
  return lf.charCodeAt(0) === 0xfeff ? lf.slice(1) : lf;
}

export function splitHexoFrontMatter(text: string): HexoSplit | undefined {
  const old = FRONT_MATTER.exec(text);
  if (old !== null) {
    const separator = old[1] ?? '---';
    return { data: old[2] ?? '', separator, prefixSeparator: true, dataOffset: separator.length + 1, bodyOffset: old[0].length };
  }
  if (PREFIX_SEP.test(text)) return undefined;
  const fresh = FRONT_MATTER_NEW.exec(text);
  if (fresh === null) return undefined;
  return { data: fresh[1] ?? '', separator: fresh[2] ?? '---', prefixSeparator: false, dataOffset: 0, bodyOffset: fresh[0].length };
}

/**
 * Why the edits (which change `---` YAML in place) cannot change this post's front matter as Hexo reads it: a `;;;`
 * JSON block, or a block without its opening `---` line. Undefined for a `---` block or none (a new block at the top
 * is then read by Hexo as the post's).
 */
export function hexoEditRefusal(text: string): EditRefusal | undefined {
  const split = splitHexoFrontMatter(hexoFileText(text));
  if (split === undefined || (split.prefixSeparator && split.separator === '---')) return undefined;
  return refuse('frontMatterNotYaml', split.separator.startsWith(';') ? `JSON between ${split.separator} lines` : `YAML without its opening ${split.separator} line`);
}

function linesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function findDateLine(block: string, firstLine: number): ReadPost['dateLine'] {
  const match = /^[ \t]*"?date"?[ \t]*:[ \t]*(.*?)[ \t,]*$/m.exec(block);
  if (match === null) return undefined;
  return { line: firstLine + linesBefore(block, match.index), raw: match[1] ?? '' };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The parsed block: a mapping, `none` (Hexo reads the file as having no front matter), or a YAML error. Top-level
 * YAML timestamps stay the Dates js-yaml makes (their UTC fields are the wall clock Hexo keeps; see hexoDates).
 */
export function parseHexoBlock(split: HexoSplit, firstLine: number): { kind: 'data'; data: Record<string, unknown> } | { kind: 'none' } | { kind: 'error'; problem: Problem } {
  if (split.separator.startsWith(';')) {
    try {
      const value: unknown = JSON.parse(`{${split.data}}`);
      return isMapping(value) ? { kind: 'data', data: value } : { kind: 'none' };
    } catch {
      return { kind: 'none' };
    }
  }
  const result = loadHexoYaml(split.data, firstLine);
  if (!result.ok) {
    const { message, line, column } = result.error;
    return { kind: 'error', problem: { severity: 'error', code: 'frontMatter.syntax', message: `Hexo cannot read this front matter and skips the file: ${message}`, line, ...(column === undefined ? {} : { column }) } };
  }
  // typeof null and of a list is 'object' too: hexo-front-matter keeps a list, whose items are no keys Hexo reads.
  if (Array.isArray(result.value)) return { kind: 'data', data: {} };
  return isMapping(result.value) ? { kind: 'data', data: result.value } : { kind: 'none' };
}

export function readHexoPost(raw: string, excerptSeparator: string, options: ReadPostOptions = {}): ReadPost {
  const invalidEncoding = raw.includes('\uFFFD');
  const text = hexoFileText(raw);
  const base = { invalidEncoding, dateLine: undefined };
  const split = splitHexoFrontMatter(text);
  const whole = (): ReadPost => ({
    ...base,
    ...readBody(text, excerptSeparator, undefined, options),
    frontMatter: {},
    hasFrontMatter: false,
    frontMatterError: false,
    frontMatterLines: undefined,
    bodyLine: 0,
    problems: [],
  });
  if (split === undefined) return whole();
  const firstLine = split.prefixSeparator ? 1 : 0;
  const parsed = parseHexoBlock(split, firstLine);
  if (parsed.kind === 'none') return whole();
  const closeLine = linesBefore(text, split.dataOffset + split.data.length + 1);
  const bodyLine = linesBefore(text, split.bodyOffset);
  const body = text.slice(split.bodyOffset);
  if (parsed.kind === 'error') {
    return { ...base, ...readBody(body, excerptSeparator, undefined, options), frontMatter: undefined, hasFrontMatter: true, frontMatterError: true, frontMatterLines: { start: 0, end: closeLine }, bodyLine, problems: [parsed.problem] };
  }
  // One literal with its fields in one order (every post takes this path): spreads into it cost more than the rest.
  const { wordCount, excerpt } = readBody(body, excerptSeparator, parsed.data['excerpt'], options);
  return {
    invalidEncoding,
    dateLine: findDateLine(split.data, firstLine),
    wordCount,
    excerpt,
    format: split.separator.startsWith(';') ? 'json' : 'yaml',
    frontMatter: parsed.data,
    hasFrontMatter: true,
    frontMatterError: false,
    frontMatterLines: { start: 0, end: closeLine },
    bodyLine,
    problems: [],
  };
}

/** What the start of a file shows of its front matter (see Generator.headState). */
export function hexoHeadState(head: string, complete: boolean): 'closed' | 'incomplete' | 'other' {
  const text = hexoFileText(head);
  // The first closing run decides the block, whatever follows it; without one, the rest of the file may hold it.
  if (splitHexoFrontMatter(text) !== undefined) return 'closed';
  return complete ? 'other' : 'incomplete';
}
