/**
 * Rename Post for generators whose post's name is its file name, or its folder's for an `index` file (Eleventy's
 * `page.fileSlug`, Astro's entry id, Docusaurus's slug): the name part takes the title's slug, a leading
 * `YYYY-MM-DD-` date stays, and the folder and the extension stay. The generator says which files are posts and
 * how a title becomes a name.
 */
import { reason } from '../edits/editReasons';
import type { PathResult } from '../edits/postMoves';
import type { RenameTarget } from './postRenaming';

export interface NameRename {
  /** The post's site path. */
  readonly path: string;
  /** The site folder the posts are in (`blog`, `src/content/blog`): an `index` file directly in it is renamed itself. */
  readonly root: string;
  /** The name the title gives (already slugged); '' when it gives none. */
  readonly name: string;
  readonly exists: (path: string) => boolean;
}

const DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;

/** What renaming the post after its title moves (the file, or an `index` file's folder), or why it cannot. */
export function renameNamePart(input: NameRename): ({ readonly ok: true } & RenameTarget) | (PathResult & { readonly ok: false }) {
  const { path, root, name } = input;
  if (name === '') return { ok: false, reason: reason('noSlug') };
  const segments = path.split('/');
  const file = segments[segments.length - 1] ?? '';
  const folder = segments.slice(0, -1).join('/');
  const byFolder = /^index\.[^.]+$/.test(file) && folder !== root && folder !== '';
  // The segment that names the post, and what is kept after it (an index file's name, or the file's extension).
  const named = byFolder ? (segments[segments.length - 2] ?? '') : file;
  const dot = named.lastIndexOf('.');
  const stem = byFolder || dot <= 0 ? named : named.slice(0, dot);
  const ext = byFolder || dot <= 0 ? '' : named.slice(dot);
  const parent = (byFolder ? segments.slice(0, -2) : segments.slice(0, -1)).join('/');
  const prefix = DATE_PREFIX.exec(stem)?.[0] ?? '';
  const moved = (stemText: string): string => `${parent === '' ? '' : `${parent}/`}${stemText}${ext}`;
  const from = byFolder ? folder : path;
  let to = moved(`${prefix}${name}`);
  if (to === from) return { ok: false, reason: reason('nameMatchesTitle') };
  // A taken name gets a number, as New Post gives one; the post's own old name is never taken.
  for (let n = 2; to.toLowerCase() !== from.toLowerCase() && input.exists(to); n++) to = moved(`${prefix}${name}-${n}`);
  return { ok: true, from, to, path: byFolder ? `${to}/${file}` : to };
}
