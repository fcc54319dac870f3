/** Where a site-relative path sits for Eleventy: a Markdown template inside the input folder (not ignored), or not. */
import type { EleventyDirs } from './eleventyConfig';
import { isIgnored, type EleventyIgnore } from './eleventyIgnores';

export type EleventyPlace =
  | { readonly kind: 'template'; readonly sitePath: string; readonly inInput: string }
  | { readonly kind: 'outside'; readonly sitePath: string };

/** Names Eleventy never reads as templates wherever they are (its default ignores, and hidden files). */
export const ELEVENTY_SKIPPED = new Set(['node_modules', '.git']);

function inside(path: string, dir: string): string | undefined {
  if (dir === '') return path;
  return path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined;
}

/**
 * A folder Eleventy reads relative to the input folder (includes, layouts, data), site-relative: `content` +
 * `../_includes` is `_includes` (eleventy-base-blog's layout). Undefined when it leaves the site.
 */
export function fromInput(input: string, dir: string): string | undefined {
  const parts: string[] = [];
  for (const part of `${input}/${dir}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

/** The folders of the site that hold no templates: includes, layouts, data, and output. */
export function nonTemplateDirs(dirs: EleventyDirs): string[] {
  const out = [fromInput(dirs.input, dirs.includes), fromInput(dirs.input, dirs.data), dirs.output];
  if (dirs.layouts !== undefined) out.push(fromInput(dirs.input, dirs.layouts));
  return out.filter((d): d is string => d !== undefined && d !== '' && d !== dirs.input);
}

/**
 * The folders whose files may link to a page: the input folder, and the includes and layouts where they are outside
 * it; [''] (the whole site) when one of them is the site's root.
 */
export function linkingDirs(dirs: EleventyDirs): string[] {
  const out = [dirs.input];
  for (const dir of [dirs.includes, dirs.layouts]) {
    const at = dir === undefined ? undefined : fromInput(dirs.input, dir);
    if (at !== undefined && at !== dirs.input && !at.startsWith(`${dirs.input}/`) && !out.includes(at)) out.push(at);
  }
  return out.includes('') ? [''] : out;
}

export function eleventyPlace(sitePath: string, dirs: EleventyDirs, ignores: readonly EleventyIgnore[] = []): EleventyPlace {
  const path = sitePath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const inInput = inside(path, dirs.input);
  if (inInput === undefined || !path.toLowerCase().endsWith('.md')) return { kind: 'outside', sitePath: path };
  if (path.split('/').some((seg) => ELEVENTY_SKIPPED.has(seg))) return { kind: 'outside', sitePath: path };
  if (nonTemplateDirs(dirs).some((d) => path.startsWith(`${d}/`)) || isIgnored(path, ignores)) return { kind: 'outside', sitePath: path };
  return { kind: 'template', sitePath: path, inInput };
}
