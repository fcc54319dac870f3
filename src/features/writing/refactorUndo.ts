import * as vscode from 'vscode';
import { applyEdits, invertEdits } from '../../core/edits/textEdit';
import { addEdits, currentTexts, type TextFiles } from './documents';
import type { TextEdit } from '../../core/edits/textEdit';

/** What a site-wide refactor changed in one file: its text before, and the edits made (offsets into that text). */
export interface RefactoredFile {
  readonly uri: string;
  readonly before: string;
  readonly edits: readonly TextEdit[];
}

export interface RefactorUndone {
  readonly restored: number;
  /** Files that changed again after the refactor: left as they are. */
  readonly changedSince: readonly string[];
}

/**
 * Puts back every byte a site-wide refactor changed, as one WorkspaceEdit, wherever the focus is (VS Code's own
 * undo of a multi-file edit works only from one of the edited files). Only a file that still holds exactly what
 * the refactor wrote is restored; one changed since keeps its changes and is named.
 */
export async function undoRefactor(textFiles: TextFiles, files: readonly RefactoredFile[]): Promise<RefactorUndone> {
  const texts = await currentTexts(textFiles, files.map((f) => vscode.Uri.parse(f.uri)));
  const edit = new vscode.WorkspaceEdit();
  const changedSince: string[] = [];
  let restored = 0;
  files.forEach((file, i) => {
    const current = texts[i];
    if (current === undefined || current.text !== applyEdits(file.before, file.edits)) {
      changedSince.push(vscode.workspace.asRelativePath(vscode.Uri.parse(file.uri), false));
      return;
    }
    addEdits(edit, current, invertEdits(file.before, file.edits));
    restored++;
  });
  if (restored > 0 && !(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) return { restored: 0, changedSince };
  return { restored, changedSince };
}

/** The message after a refactor, with an Undo that works from anywhere. */
export async function offerRefactorUndo(textFiles: TextFiles, message: string, files: readonly RefactoredFile[]): Promise<RefactorUndone | undefined> {
  const undo = vscode.l10n.t('Undo');
  if ((await vscode.window.showInformationMessage(message, undo)) !== undo) return undefined;
  const undone = await undoRefactor(textFiles, files);
  if (undone.changedSince.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} posts were put back; {1} changed after the rename and were left as they are (for example {2}).', undone.restored, undone.changedSince.length, undone.changedSince[0] ?? ''));
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} posts were put back as they were.', undone.restored));
  }
  return undone;
}
