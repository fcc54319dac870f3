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

/** The folders inside input that hold no templates: includes, layouts, data, and output when it is inside. */
export function nonTemplateDirs(dirs: EleventyDirs): string[] {
  const within = (d: string): string => (dirs.input === '' ? d : `${dirs.input}/${d}`);
  const out = [within(dirs.includes), within(dirs.data), dirs.output];
  if (dirs.layouts !== undefined) out.push(within(dirs.layouts));
  return out.filter((d) => d !== '' && d !== dirs.input);
}

export function eleventyPlace(sitePath: string, dirs: EleventyDirs, ignores: readonly EleventyIgnore[] = []): EleventyPlace {
  const path = sitePath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const inInput = inside(path, dirs.input);
  if (inInput === undefined || !path.toLowerCase().endsWith('.md')) return { kind: 'outside', sitePath: path };
  if (path.split('/').some((seg) => ELEVENTY_SKIPPED.has(seg))) return { kind: 'outside', sitePath: path };
  if (nonTemplateDirs(dirs).some((d) => path.startsWith(`${d}/`)) || isIgnored(path, ignores)) return { kind: 'outside', sitePath: path };
  return { kind: 'template', sitePath: path, inInput };
}
