/**
 * What an Eleventy 3.1.8 site copies as it is (passthrough copy), read from the config's text without running it:
 * `addPassthroughCopy("path")` calls with one string literal, which copy the path (a folder, a file or a glob,
 * relative to the project) to the same place in the output, the input folder taken off the front
 * (TemplatePassthrough getOutputPath). Anything else (an object that renames, a computed path, a config that writes
 * files itself) leaves what the site serves unknown, and then nothing is said.
 */
import { blankComments, stringLiteral } from './eleventyCodeText';

const CALL = /\.addPassthroughCopy\s*\(/g;
/** A string literal first argument, then `)` or `,` (options such as `{ expand: true }` do not move files). */
const FIRST_ARG = /^\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`$\\]*`)\s*[,)]/;

/** The `addPassthroughCopy` paths of the config text, or undefined when one of them is not a literal path. */
export function eleventyPassthroughPaths(configText: string): string[] | undefined {
  const code = blankComments(configText);
  const paths: string[] = [];
  for (const m of code.matchAll(CALL)) {
    const arg = FIRST_ARG.exec(code.slice(m.index + m[0].length, m.index + m[0].length + 4096))?.[1];
    const path = arg === undefined ? undefined : stringLiteral(arg);
    if (path === undefined) return undefined;
    paths.push(path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.').join('/'));
  }
  // Files the config writes to the output itself are not known either.
  if (/\bwriteFile(?:Sync)?\s*\(|\.directories\.output\b/.test(code)) return undefined;
  // Template formats may name image types, which Eleventy then copies from the input folder (as `.` here).
  if (/templateFormats/i.test(code)) paths.push('.');
  return paths;
}

/**
 * The folders served at the site's root: the input folder for a passthrough path inside it, the project's root for
 * one outside it (a glob or a single file copies less than its folder: a larger set only ever quiets a finding).
 */
export function eleventyServedFolders(passthrough: readonly string[] | undefined, input: string): string[] | undefined {
  if (passthrough === undefined) return undefined;
  const folders = new Set<string>();
  for (const p of passthrough) {
    if (p.split('/').includes('..') || p.startsWith('/')) return undefined;
    folders.add(p === '.' || (input !== '' && (p === input || p.startsWith(`${input}/`))) ? input : '');
  }
  return [...folders];
}
