/**
 * The files Eleventy 3.1.8 ignores (EleventyFiles.js): the lines of `.gitignore` (unless the config turns it off
 * with `setUseGitIgnore(false)`), of `.eleventyignore` at the root and in the input folder, each joined to its
 * file's folder (not matched at any depth, as git would), and `ignores.add("...")` in the config. Negated lines are
 * not supported by Eleventy and are skipped. A folder's pattern ignores what is inside it.
 */
import { globToRegExp } from '../../glob';

/** One ignore, site-relative; `glob` when it has glob characters. */
export interface EleventyIgnore {
  readonly path: string;
  readonly glob: RegExp | undefined;
}

function normalize(path: string): string {
  return path.split('/').filter((p) => p !== '' && p !== '.').join('/');
}

function compile(path: string): EleventyIgnore | undefined {
  const clean = normalize(path);
  if (clean === '') return undefined;
  return { path: clean, glob: /[*?[{]/.test(clean) ? globToRegExp(clean) : undefined };
}

/** The ignores of one ignore file's text, `file` site-relative (`.gitignore`, `src/.eleventyignore`). */
export function ignoresOfFile(file: string, text: string): EleventyIgnore[] {
  const slash = file.lastIndexOf('/');
  const dir = slash < 0 ? '' : file.slice(0, slash);
  const out: EleventyIgnore[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const ignore = compile(`${dir}/${line}`);
    if (ignore !== undefined) out.push(ignore);
  }
  return out;
}

/** An `ignores.add("...")` entry of the config, relative to the site root. */
export function ignoreOfEntry(entry: string): EleventyIgnore | undefined {
  return compile(entry);
}

export function isIgnored(sitePath: string, ignores: readonly EleventyIgnore[]): boolean {
  return ignores.some((i) => (i.glob === undefined ? sitePath === i.path || sitePath.startsWith(`${i.path}/`) : i.glob.test(sitePath)));
}
