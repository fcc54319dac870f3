import * as vscode from 'vscode';
import { fixTitle, toRange } from './lintL10n';
import { toDiagnostic, type PostDiagnostics } from './diagnostics';
import type { LintFix } from '../../core/lint/lintTypes';

/** Quick fixes for the lint's findings: each fix's text edits (only the value's characters) or a file rename. */
export class LintQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: PostDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.diagnostics.resultFor(document);
    if (result === undefined) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of result.findings) {
      const findingRange = toRange(finding.range);
      if (findingRange.intersection(range) === undefined) continue;
      const diagnostic = context.diagnostics.find((d) => d.code === finding.code && d.range.isEqual(findingRange));
      finding.fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fixTitle(fix), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, fix);
        // The editor's diagnostics may lag an edit by the debounce: then the finding's own diagnostic stands in.
        action.diagnostics = [diagnostic ?? toDiagnostic(finding)];
        action.isPreferred = i === 0;
        actions.push(action);
      });
    }
    return actions;
  }
}

function toWorkspaceEdit(uri: vscode.Uri, fix: LintFix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(uri, toRange(e.range), e.newText);
  if (fix.renameTo !== undefined) edit.renameFile(uri, vscode.Uri.joinPath(uri, '..', fix.renameTo));
  return edit;
}
