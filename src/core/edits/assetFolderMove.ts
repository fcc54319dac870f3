/**
 * The asset folder that moves with a post (Hexo's `post_asset_folder`: `_drafts/x/` beside `_drafts/x.md`), as
 * `hexo publish` moves it (lib/hexo/post.ts publish: copyDir of the draft's folder, named as its file without the
 * extension, to the new post's, then rmdir): Publish Draft and its reverse move both in one edit.
 */
import { reason, type EditReason } from './editReasons';

/** A folder to move, site-relative. */
export interface FolderMove {
  readonly from: string;
  readonly to: string;
}

export type AssetFolderMove = { readonly ok: true; readonly move: FolderMove | undefined } | { readonly ok: false; readonly reason: EditReason };

/**
 * The move of the asset folder of the post at `from` when the post moves to `to`: none when the generator gives the
 * post no asset folder or the folder is not there; refused when a folder already sits where it would go (Hexo would
 * mix the two folders' files).
 */
export function assetFolderMove(assetFolder: ((postPath: string) => string | undefined) | undefined, from: string, to: string, isFolder: (path: string) => boolean, exists: (path: string) => boolean): AssetFolderMove {
  const source = assetFolder?.(from);
  if (source === undefined || !isFolder(source)) return { ok: true, move: undefined };
  const target = assetFolder?.(to);
  if (target === undefined || target === source) return { ok: true, move: undefined };
  if (exists(target)) return { ok: false, reason: reason('assetFolderTaken', target) };
  return { ok: true, move: { from: source, to: target } };
}
