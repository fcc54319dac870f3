import * as vscode from 'vscode';

/**
 * Saves every changed document, shown in an editor or not, as the workbench's Save All does for what it shows.
 * `workspace.saveAll` saves only the documents of editors; an edit applied to a document that no editor shows (an
 * undo of a refactor, a line added through a WorkspaceEdit) leaves it changed in memory until it is saved here.
 */
export async function saveEveryDocument(): Promise<void> {
  await vscode.workspace.saveAll(false);
  for (const document of vscode.workspace.textDocuments) {
    // Only the site's own files: the workbench may hold its user settings dirty for a moment, which is not the test's.
    if (document.isDirty && !document.isUntitled && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined) await document.save();
  }
}
