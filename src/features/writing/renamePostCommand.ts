import * as vscode from 'vscode';
import { analyzePost } from '../../core/post';
import { pathForTitle, postUrlReferenceEdits } from '../../core/edits/renamePost';
import { addEdits, currentText, siteUri } from './documents';
import { exists, postOf } from './postCommands';
import type { SiteRegistry } from '../sites/siteRegistry';

/**
 * `Postcraft: Rename Post to Match Title`: the file takes the name its title gives (date kept), and every
 * `{% post_url %}` naming it across the site follows, in one undoable edit (open editors through their buffers).
 */
export async function renamePostToTitle(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  const { config, zone } = file.site.loaded;
  const current = await currentText(file.uri);
  // The title as the buffer has it now, unsaved changes included.
  const title = analyzePost({ path: file.rel, text: current.text, mtimeMs: Date.now() }, { config, zone, nowMs: Date.now() }).title;
  const target = pathForTitle(file.rel, title, config.slugifyMode, exists(file));
  if (!target.ok) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The post was not renamed: {0}', target.reason));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  let references = 0;
  for (const post of file.site.model.snapshot().posts) {
    const uri = siteUri(file.site, post.path);
    // The model may still list a file that was just moved or deleted: such a file has nothing to update.
    const text = post.path === file.rel ? current : await currentText(uri).catch(() => undefined);
    if (text === undefined) {
      continue;
    }
    const edits = postUrlReferenceEdits(text.text, file.rel, target.path);
    if (edits.length > 0) {
      addEdits(edit, text, edits);
      references += edits.length;
    }
  }
  const newUri = siteUri(file.site, target.path);
  edit.renameFile(file.uri, newUri, { overwrite: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    return undefined;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Renamed to {0}; {1} post_url references updated.', target.path, references));
  return newUri;
}
