/**
 * The folders an Eleventy config copies as they are (`addPassthroughCopy`), read from its TEXT: a string literal
 * (`"img"`, `"content/img"`: copied to the output under the same path, less the input folder) or an object literal
 * of string pairs (`{ "./public/": "/" }`: a folder to a place in the output). Globs, files and computed arguments
 * are left out; the config is never run.
 */
import { stringLiteral } from './eleventyCodeText';

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
}

const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;

/** A folder, not a glob nor (by its extension) a file. */
function isFolder(path: string): boolean {
  return !/[*?{}[\]!]/.test(path) && !/\.[A-Za-z0-9]{1,5}$/.test(path);
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
      continue;
    }
    const object = /^\{([^{}]*)\}/.exec(rest);
    if (object === null) continue;
    const pair = new RegExp(`(${STRING})\\s*:\\s*(${STRING})`, 'g');
    for (let p = pair.exec(object[1] ?? ''); p !== null; p = pair.exec(object[1] ?? '')) {
      const from = normalizeDir(stringLiteral(p[1] ?? '') ?? '');
      const to = normalizeDir(stringLiteral(p[2] ?? '') ?? '');
      if (from !== '' && isFolder(from)) found.push({ from, to });
    }
  }
  return found;
}
