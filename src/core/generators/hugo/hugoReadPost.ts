/**
 * A Hugo content file's front matter as Hugo 0.111's page lexer finds it (YAML `---`, TOML `+++` or a bare JSON
 * object, after any leading white space) and its decoders read it (yaml.v2, go-toml, encoding/json), through the
 * front-matter reader; nothing is ever evaluated. The body gives the word count and the summary.
 */
import type { MatterOptions } from '../../frontMatter/matterReader';
import { readMatterPost } from '../../frontMatter/matterPost';
import type { ReadPost, ReadPostOptions } from '../../postRead';
import { loadHugoYaml } from './hugoYaml';
import { findDelimitedEnd, findObjectEnd, findOpening } from '../../frontMatter/matterScan';
import { MAX_FRONT_MATTER_CHARS } from '../../frontMatterSplit';
import type { YamlResult } from '../../yaml11';

const options: MatterOptions = {
  openings: ['---', '+++', '{'],
  languages: [],
  leadingWhitespace: true,
  loadYaml: (yaml: string, lineOffset: number): YamlResult => {
    const result = loadHugoYaml(yaml, lineOffset);
    return result.ok ? { ok: true, value: result.value, warnings: [] } : { ok: false, error: result.error, warnings: [] };
  },
};


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
  // The `date` key in any of the three formats (`date:`, `date =`, `"date":`).
  return readMatterPost(text, summaryDivider, readOptions, { matter: options, dateLine: /^[ \t]*"?date"?[ \t]*[:=][ \t]*(.*?)[ \t,]*\r?$/im });
}
