/**
 * Rename Post to Match Title on a Hexo site. A post's slug (`:title` of the permalink, and what `{% post_link %}`
 * and `{% post_path %}` name) is its path under `_posts`/`_drafts` read with `new_post_name` (processor/post.ts
 * parseFilename at 8.1.2), so the file takes the name `hexo new` would give the title (hexoSlugize with
 * `filename_case`) in place of its old `:title`, the date of its name kept; and every `post_link`/`post_path` naming
 * the old slug (with or without a `#hash`) names the new one.
 */
import { reason } from '../../edits/editReasons';
import { protectedRanges } from '../../render/hexo/hexoTagPlugins';
import { hexoFileNameTokens, hexoRetitledPath } from './hexoPermalink';
import { hexoPlaceOf } from './hexoPlace';
import { hexoSlugize } from './hexoSlugize';
import type { PathResult } from '../../edits/postMoves';
import type { TextEdit } from '../../edits/textEdit';
import type { RenameTarget } from '../postRenaming';
import type { HexoConfig } from './hexoSiteConfig';

/** The slug Hexo gives the post at a site path, or undefined for a file that is no post or draft. */
export function hexoSlugOf(path: string, config: HexoConfig): string | undefined {
  const place = hexoPlaceOf(path, config.hexo);
  return place.kind === 'post' || place.kind === 'draft' ? hexoFileNameTokens(config.hexo.newPostName, place.jekyllPath)['title'] : undefined;
}

export function hexoRenameTarget(path: string, title: string, config: HexoConfig, exists: (path: string) => boolean): ({ readonly ok: true } & RenameTarget) | (PathResult & { readonly ok: false }) {
  const settings = config.hexo;
  const place = hexoPlaceOf(path, settings);
  if (place.kind !== 'post' && place.kind !== 'draft') return { ok: false, reason: reason('notRenamable') };
  const slug = hexoSlugize(title.trim(), settings.filenameCase);
  if (slug === '') return { ok: false, reason: reason('noSlug') };
  const inner = place.jekyllPath;
  const root = path.slice(0, path.length - inner.length);
  // With post_asset_folder the post's assets are in the folder named as its file: it would be left behind.
  const stem = inner.replace(/\.[^./]+$/, '');
  if (settings.postAssetFolder && exists(`${root}${stem}`)) return { ok: false, reason: reason('hasAssetFolder') };
  const renamed = hexoRetitledPath(settings.newPostName, inner, slug);
  if (`${root}${renamed}` === path) return { ok: false, reason: reason('nameMatchesTitle') };
  const ext = /\.[^./]+$/.exec(renamed)?.[0] ?? '';
  const base = `${root}${renamed.slice(0, renamed.length - ext.length)}`;
  // A taken name gets a number as `hexo new` gives one (`-1`, `-2`…); the post's own old name is never taken.
  let to = `${base}${ext}`;
  for (let n = 1; to.toLowerCase() !== path.toLowerCase() && exists(to); n++) to = `${base}-${n}${ext}`;
  return { ok: true, from: path, to, path: to };
}

const REFERENCE = /\{%-?\s*(?:post_link|post_path)\s+("[^"]*"|'[^']*'|[^\s"']\S*?)(?=\s|-?%\})/g;

/** Edits that make every `post_link`/`post_path` naming the slug `oldSlug` name `newSlug`; tags in code are text. */
export function hexoReferenceEdits(text: string, oldSlug: string, newSlug: string): TextEdit[] {
  if (oldSlug === newSlug) return [];
  const ranges = protectedRanges(text);
  const edits: TextEdit[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    if (ranges.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const written = m[1] ?? '';
    const quoted = /^["']/.test(written);
    const arg = quoted ? written.slice(1, -1) : written;
    // post_link splits `slug#hash` only when there is one `#`.
    const parts = arg.split('#');
    const slug = parts.length === 2 ? (parts[0] ?? '') : arg;
    if (slug !== oldSlug) continue;
    const start = m.index + m[0].length - written.length + (quoted ? 1 : 0);
    edits.push({ start, end: start + slug.length, newText: newSlug });
  }
  return edits;
}
