import * as vscode from 'vscode';
import type { EditReason } from '../../core/edits/editReasons';
import { createAndOpenPost } from './documents';
import { localReason } from './reasonL10n';
import { siteUri, type Site } from '../sites/site';

/** What a generator's new-post plan gives: the file to write, with the cursor's offset in it, or why there is none. */
export type MadePost = { readonly ok: true; readonly path: string; readonly text: string; readonly cursor: number } | { readonly ok: false; readonly reason: EditReason };

/**
 * Writes the post a plan made and opens it (its Uri), or says why there is no post (undefined): the last step of
 * every New Post and New Draft flow.
 */
export async function openMadePost(site: Site, made: MadePost): Promise<vscode.Uri | undefined> {
  if (!made.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not created: {0}', localReason(made.reason)));
    return undefined;
  }
  const uri = siteUri(site, made.path);
  return (await createAndOpenPost(uri, made.text, made.cursor, made.path)) ? uri : undefined;
}
