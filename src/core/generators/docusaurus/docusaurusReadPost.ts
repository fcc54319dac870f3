/**
 * A Docusaurus blog post's front matter as @11ty/gray-matter 1 finds it for the blog plugin 3.10.2 (a `---` block
 * at the very start of the file, YAML by js-yaml 4 or `---json`), through the project's front-matter reader; a
 * `---js` block is code Docusaurus would run, so it is reported as computed and never evaluated. The body gives
 * the title Docusaurus takes from it (a leading `# h1`), the word count and the excerpt.
 */
import { matterErrorProblem, type MatterOptions } from '../../frontMatter/matterReader';
import { readMatterPost } from '../../frontMatter/matterPost';
import { findDelimitedEnd, findOpening } from '../../frontMatter/matterScan';
import { MAX_FRONT_MATTER_CHARS } from '../../frontMatterSplit';
import type { ReadPost, ReadPostOptions } from '../../postRead';
import { loadDocusaurusYaml } from './docusaurusYaml';

const options: MatterOptions = {
  openings: ['---'],
  languages: ['yaml', 'json'],
  leadingWhitespace: false,
  loadYaml: loadDocusaurusYaml,
};

/** `parseMarkdownContentTitle` of @docusaurus/utils 3.10.2: a `# title` (or a setext `=` title) opening the body, past MDX imports. */
export function docusaurusContentTitle(body: string): string | undefined {
  const content = body.trim();
  const withoutImports = content.replace(/^(?:import\s(?:.|\r?\n(?!\r?\n))*(?:\r?\n){2,})*/, '').trim();
  const regular = /^#[ \t]+(?<title>[^ \t].*)(?:\r?\n|$)/.exec(withoutImports);
  const textOf = (title: string): string => title.replace(/`(?<text>[^`]*)`/g, '$<text>');
  if (regular !== null) return textOf((regular.groups?.['title'] ?? '').trim().replace(/\s*(?:\{#*[\w-]+\}|#+)$/, '')).trim();
  const alternate = /^(?<title>.*)\r?\n=+(?:\r?\n|$)/.exec(withoutImports);
  if (alternate !== null) return textOf((alternate.groups?.['title'] ?? '').trim().replace(/\s*=+$/, '')).trim();
  return undefined;
}


/**
 * Whether the start of a file is enough to read the post. A closed block without a `title` key is not: the title
 * is then the body's `# h1`, so such a head is 'other' and the reader takes the file's first kilobytes.
 */
export function docusaurusHeadState(head: string, complete: boolean): 'closed' | 'incomplete' | 'other' {
  const open = findOpening(head, options.openings, options.leadingWhitespace);
  if (open.kind === 'none') return 'other';
  const end = findDelimitedEnd(head, open, MAX_FRONT_MATTER_CHARS);
  // A top-level YAML `title:` key (a JSON block is read whole: its keys may sit anywhere on a line).
  if (end.kind === 'closed') return open.language === '' && /^(?:title|"title"|'title')[ \t]*:/m.test(head.slice(open.lineEnd, end.textEnd)) ? 'closed' : 'other';
  return end.kind === 'unclosed' && !complete ? 'incomplete' : 'other';
}

/** Reads a post's text. Never throws and never evaluates anything. */
export function readDocusaurusPost(text: string, summaryDivider: string, readOptions: ReadPostOptions = {}): ReadPost {
  return readMatterPost(text, summaryDivider, readOptions, {
    matter: options,
    dateLine: /^[ \t]*"?date"?[ \t]*:[ \t]*(.*?)[ \t,]*\r?$/m,
    refused: (error) => ({
      problem:
        error.language === 'js' || error.language === 'javascript'
          ? { severity: 'warning', code: 'frontMatter.computed', message: 'the front matter is JavaScript: Docusaurus computes it when it builds, and Postcraft never runs it', line: error.line }
          : matterErrorProblem(error),
      // The block is code, not body: nothing is counted or excerpted.
      bodyText: '',
    }),
    fromBody: (bodyText) => {
      const contentTitle = docusaurusContentTitle(bodyText);
      return contentTitle === undefined ? {} : { contentTitle };
    },
  });
}
