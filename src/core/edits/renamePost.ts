/** `Rename Post to Match Title`: the file name a title gives, and the `{% post_url %}` references to update. */
import { matchDatedFileName } from '../dates';
import { reason } from './editReasons';
import { freePath, titleSlug, type PathResult } from './postMoves';
import { postUrlName } from './insertLinks';
import type { TextEdit } from './textEdit';

/**
 * The path the post would have if its file name followed its title: the date prefix (for a post) and the folder
 * are kept, the slug is Jekyll's slugify of the title; never an existing file.
 */
export function pathForTitle(path: string, title: string, slugifyMode: string | undefined, exists: (path: string) => boolean): PathResult {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  if (!/(^|\/)_(posts|drafts)\//.test(folder)) {
    return { ok: false, reason: reason('notRenamable') };
  }
  const slug = titleSlug(title, slugifyMode);
  if (slug === '') {
    return { ok: false, reason: reason('noSlug') };
  }
  const dot = name.lastIndexOf('.');
  const ext = dot <= 0 ? '' : name.slice(dot);
  const dated = matchDatedFileName(name);
  const base = `${folder}${dated === undefined ? '' : `${dated.date}-`}${slug}`;
  if (`${base}${ext}` === path) {
    return { ok: false, reason: reason('nameMatchesTitle') };
  }
  return { ok: true, path: freePath(base, ext, (candidate) => candidate !== path && exists(candidate)) };
}

/**
 * The text every file naming the post at `path` in `{% post_url %}` holds, whichever form it writes (with the
 * sub-folders inside `_posts` or without): its base name. A file without it needs no edit.
 */
export function postUrlNeedle(path: string): string | undefined {
  const name = postUrlName(path);
  return name === undefined ? undefined : name.slice(name.lastIndexOf('/') + 1);
}

/**
 * Edits that make every `{% post_url old %}` in `text` name `newPath` instead (whitespace and `{%-` trim markers
 * as written; a name written with the sub-folders inside `_posts` or without them). Only the name is replaced.
 */
export function postUrlReferenceEdits(text: string, oldPath: string, newPath: string): TextEdit[] {
  const oldName = postUrlName(oldPath);
  const newName = postUrlName(newPath);
  const oldBase = postUrlNeedle(oldPath);
  const newBase = postUrlNeedle(newPath);
  if (oldName === undefined || newName === undefined || oldBase === undefined || newBase === undefined) {
    return [];
  }
  const edits: TextEdit[] = [];
  const tag = /\{%-?\s*post_url\s+(\S+?)\s*-?%\}/g;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    const written = m[1] ?? '';
    const replacement = written === oldName ? newName : written === oldBase ? newBase : undefined;
    if (replacement !== undefined) {
      const start = m.index + m[0].indexOf(written, m[0].indexOf('post_url') + 'post_url'.length);
      edits.push({ start, end: start + written.length, newText: replacement });
    }
  }
  return edits;
}
