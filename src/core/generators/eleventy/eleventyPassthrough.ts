/**
 * The folders an Eleventy config copies as they are (`addPassthroughCopy`), read from its TEXT: a string literal
 * (`"img"`, `"content/img"`: copied to the output under the same path, less the input folder) or an object literal
 * of string pairs (`{ "./public/": "/" }`: a folder to a place in the output). A glob copies the files it matches
 * from the folder its literal part names: a string keeps their paths (`"content/img/**\/*.png"` → `img/…`), an
 * object puts them all directly into its target (`{ "assets/**\/*.png": "static" }` → `static/<name>`), as Eleventy
 * 3.1.8 does (test/conformance/eleventy/eleventyImages.test.ts). Files and computed arguments are left out; the
 * config is never run.
 */
import { blankComments, stringLiteral } from './eleventyCodeText';

/** `./public/` → `public`, `/` → '' (as eleventyConfig's normalizeDir). */
function normalizeDir(dir: string): string {
  return dir.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.').join('/');
}

/** A folder of the site copied into the output as it is. */
export interface EleventyPassthrough {
  /** Site-relative folder ('' for the site root). */
  readonly from: string;
  /** Its URL path in the output, from the root, without a trailing `/` ('' for the root). */
  readonly to: string;
  /** For a glob: the site-relative glob a file must match to be copied. */
  readonly pattern?: string;
  /** For a glob of the object form: every file goes directly into `to`, by its name alone. */
  readonly flat?: boolean;
}

const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;

/** A folder, not a glob nor (by its extension) a file. */
function isFolder(path: string): boolean {
  return !/[*?{}[\]!]/.test(path) && !/\.[A-Za-z0-9]{1,5}$/.test(path);
}

const MAGIC = /[*?{}[\]!]/;

/** The folder a glob's literal part names (`content/img` of `content/img/**\/*.png`), '' when it has none. */
function globBase(glob: string): string {
  const segments = glob.split('/');
  const magic = segments.findIndex((s) => MAGIC.test(s));
  return segments.slice(0, magic < 0 ? segments.length - 1 : magic).join('/');
}

function withoutInput(folder: string, input: string): string {
  return input !== '' && folder.startsWith(`${input}/`) ? folder.slice(input.length + 1) : folder;
}

/** Every literal passthrough folder of `code` (comments blanked), in the code's order. */
export function passthroughFolders(code: string, input: string): EleventyPassthrough[] {
  const found: EleventyPassthrough[] = [];
  const call = /\.addPassthroughCopy\s*\(\s*/g;
  for (let m = call.exec(code); m !== null; m = call.exec(code)) {
    const rest = code.slice(m.index + m[0].length);
    const single = new RegExp(`^(${STRING})\\s*[,)]`).exec(rest);
    if (single !== null) {
      const from = normalizeDir(stringLiteral(single[1] ?? '') ?? '');
      if (from !== '' && isFolder(from)) found.push({ from, to: withoutInput(from, input) });
      else if (MAGIC.test(from) && !from.split('/').includes('..')) {
        const base = globBase(from);
        if (base !== '') found.push({ from: base, to: withoutInput(base, input), pattern: from });
      }
      continue;
    }
    const object = /^\{([^{}]*)\}/.exec(rest);
    if (object === null) continue;
    const pair = new RegExp(`(${STRING})\\s*:\\s*(${STRING})`, 'g');
    for (let p = pair.exec(object[1] ?? ''); p !== null; p = pair.exec(object[1] ?? '')) {
      const from = normalizeDir(stringLiteral(p[1] ?? '') ?? '');
      const to = normalizeDir(stringLiteral(p[2] ?? '') ?? '');
      if (from !== '' && isFolder(from)) found.push({ from, to });
      else if (MAGIC.test(from) && !from.split('/').includes('..')) {
        const base = globBase(from);
        if (base !== '') found.push({ from: base, to, pattern: from, flat: true });
      }
    }
  }
  return found;
}

// What the link and image checks take as served: every literal path, glob and file included.
/*
 * What an Eleventy 3.1.8 site copies as it is (passthrough copy), read from the config's text without running it:
 * `addPassthroughCopy("path")` calls with one string literal, which copy the path (a folder, a file or a glob,
 * relative to the project) to the same place in the output, the input folder taken off the front
 * (TemplatePassthrough getOutputPath). Anything else (an object that renames, a computed path, a config that writes
 * files itself) leaves what the site serves unknown, and then nothing is said.
 */


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
