/**
 * `Rename Post to Match Title` on a Hugo site: the name a title gives a page (its file, or its bundle's folder, as
 * `hugo new` would name it), and the `ref`/`relref` shortcodes across the site that name the page, rewritten in the
 * form they were written in (from the content root, next to the page, with or without the extension, by bare name,
 * `#anchor` kept). A reference is only rewritten when, after the rename, it finds the renamed page (checked with the
 * same lookup the preview uses), so a bare name that would become ambiguous is left alone and counted.
 */
import { freePath, type PathResult } from '../../edits/postMoves';
import { reason } from '../../edits/editReasons';
import type { TextEdit } from '../../edits/textEdit';
import { pathsLookup, resolveRef } from '../../render/hugo/hugoLookups';
import { ForwardSearch, lexShortcode } from '../../render/hugo/shortcodeLexer';
import { hugoContentMounts, readHugoContentPath } from './hugoContentPath';
import { hugoTitleFileName } from './hugoNewPost';
import type { HugoConfig } from './hugoSiteConfig';

/** What the rename moves: the page's file, or (for a leaf bundle) its folder. */
export interface HugoRename {
  /** The page's path after the rename. */
  readonly path: string;
  /** The site-relative file or folder that moves, and where to. */
  readonly from: string;
  readonly to: string;
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2}-)/;

/**
 * The path a page would have if its name followed its title: a file `posts/old.md` becomes `posts/<name>.md`, a
 * bundle `posts/old/index.md` becomes `posts/<name>/index.md`; a date prefix (`2024-03-05-`, which a
 * `[frontmatter]` `:filename` chain reads) and a language suffix (`.ko.md`) are kept. Never an existing path. A page
 * with translations beside it (which Hugo pairs by their shared name) is not renamed alone.
 */
export function hugoPathForTitle(path: string, title: string, config: HugoConfig, exists: (path: string) => boolean): (PathResult & { readonly ok: false }) | ({ readonly ok: true } & HugoRename) {
  const place = readHugoContentPath(path, config.hugo);
  const reading = place.kind === 'content' ? place.readings[0] : undefined;
  if (reading === undefined || (reading.class !== 'page' && reading.class !== 'leaf')) return { ok: false, reason: reason('notRenamable') };
  const name = hugoTitleFileName(title, config);
  if (name === '') return { ok: false, reason: reason('noSlug') };
  const slash = path.lastIndexOf('/');
  const file = path.slice(slash + 1);
  const bundle = reading.class === 'leaf';
  const moving = bundle ? path.slice(0, slash) : path;
  const movingName = moving.slice(moving.lastIndexOf('/') + 1);
  const parent = moving.slice(0, moving.lastIndexOf('/') + 1);
  // The file name without the translation base name: `.ko.md` (language and extension), or `.md`.
  const tail = bundle ? '' : file.slice(reading.translationBaseName.length);
  const prefix = DATE_PREFIX.exec(bundle ? movingName : reading.translationBaseName)?.[1] ?? '';
  const base = `${parent}${prefix}${name}`;
  if (`${base}${tail}` === moving) return { ok: false, reason: reason('nameMatchesTitle') };
  if (!bundle && hasTranslations(path, reading.translationBaseName, exists, config)) return { ok: false, reason: reason('hasTranslations') };
  const to = freePath(base, tail, (candidate) => candidate !== moving && exists(candidate));
  return { ok: true, from: moving, to, path: bundle ? `${to}/${file}` : to };
}

/** Whether a file of the same translation base name in another language sits beside the page. */
function hasTranslations(path: string, baseName: string, exists: (path: string) => boolean, config: HugoConfig): boolean {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const ext = path.slice(path.lastIndexOf('.'));
  const codes = Object.keys(config.hugo.languages);
  const siblings = [`${folder}${baseName}${ext}`, ...codes.map((code) => `${folder}${baseName}.${code}${ext}`)];
  return siblings.some((sibling) => sibling !== path && exists(sibling));
}

/** The text every file that refers to the page by a shortcode holds: the name the rename changes. */
export function hugoRefNeedle(rename: Pick<HugoRename, 'from'>): string {
  const name = rename.from.slice(rename.from.lastIndexOf('/') + 1);
  return name.replace(/\.[^.]*$/, '').replace(/\.[a-z]{2}(?:-[a-z]+)?$/i, '');
}

export interface HugoRefSite {
  readonly config: HugoConfig;
  /** Site paths of the site's pages before the rename. */
  readonly pages: readonly string[];
}

/**
 * Edits that make every `ref`/`relref` shortcode in `text` (the file at `sitePath`) that finds `oldPath` name the
 * renamed page instead, in the form it was written; `kept` counts those that would no longer find it (left as
 * they are).
 */
export function hugoRefEdits(text: string, sitePath: string, oldPath: string, rename: HugoRename, site: HugoRefSite): { readonly edits: TextEdit[]; readonly kept: number } {
  const contentDirs = hugoContentMounts(site.config.hugo).map((m) => m.dir);
  const before = new Set(site.pages);
  const after = new Set([...site.pages.filter((p) => p !== oldPath), rename.path]);
  // The file holding the reference may be the page itself, or inside the renamed bundle.
  const hereAfter = sitePath === oldPath ? rename.path : sitePath.startsWith(`${rename.from}/`) ? `${rename.to}${sitePath.slice(rename.from.length)}` : sitePath;
  const find = (ref: string, pages: ReadonlySet<string>, here: string): string | undefined =>
    resolveRef(ref, { contentDirs, sitePath: here, pageUrl: undefined, posts: pathsLookup(pages) });
  const oldName = rename.from.slice(rename.from.lastIndexOf('/') + 1);
  const newName = rename.to.slice(rename.to.lastIndexOf('/') + 1);
  const edits: TextEdit[] = [];
  let kept = 0;
  const search = new ForwardSearch(text);
  for (let at = text.indexOf('{{'); at >= 0; ) {
    const markup = text[at + 2];
    if (markup !== '<' && markup !== '%') {
      at = text.indexOf('{{', at + 2);
      continue;
    }
    const tag = lexShortcode(text, at, search);
    const end = Math.max(tag.end, at + 2);
    if (tag.kind === 'tag' && !tag.closing && (tag.name === 'ref' || tag.name === 'relref')) {
      const written = tag.named?.get('path') ?? tag.positional[0];
      if (written !== undefined && find(written, before, sitePath)?.replace(/#.*$/, '') === oldPath) {
        const replacement = renamedRef(written, oldName, newName);
        const where = replacement === undefined ? -1 : text.slice(at, end).lastIndexOf(written);
        if (replacement !== undefined && where >= 0 && find(replacement, after, hereAfter)?.replace(/#.*$/, '') === rename.path) {
          edits.push({ start: at + where, end: at + where + written.length, newText: replacement });
        } else {
          kept++;
        }
      }
    }
    at = text.indexOf('{{', end);
  }
  return { edits, kept };
}

/** The reference with the renamed file's or folder's name in place of the old one (extension and anchor kept). */
function renamedRef(written: string, oldName: string, newName: string): string | undefined {
  const hash = written.indexOf('#');
  const path = hash < 0 ? written : written.slice(0, hash);
  const anchor = hash < 0 ? '' : written.slice(hash);
  const parts = path.split('/');
  const stem = (name: string): string => name.replace(/\.[^.]*$/, '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    if (part === oldName) parts[i] = newName;
    else if (stem(oldName) !== oldName && part === stem(oldName)) parts[i] = stem(newName);
    else continue;
    return `${parts.join('/')}${anchor}`;
  }
  return undefined;
}
