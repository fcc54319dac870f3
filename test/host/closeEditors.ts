import * as vscode from 'vscode';
import { waitFor } from './waitFor';

/**
 * Reverts every document a test left unsaved, then closes every editor. Closing a dirty editor would ask a
 * question no one answers, and a later save would write the test's text into the sample site. Not while a save is
 * still on its way to the disk (it leaves its document dirty, and the revert would undo it): a test that saves
 * awaits its save first.
 */
export async function revertAndCloseAll(): Promise<void> {
  // Only the site's own files: the workbench may hold its user settings dirty for a moment, which is not the test's.
  const inWorkspace = (d: vscode.TextDocument): boolean => vscode.workspace.getWorkspaceFolder(d.uri) !== undefined;
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled && inWorkspace(d))) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(`${document.uri.path} reverted`, () => (document.isDirty ? undefined : true));
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
