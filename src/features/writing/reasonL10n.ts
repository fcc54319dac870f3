import * as vscode from 'vscode';
import { reasonText, type EditReason } from '../../core/edits/editReasons';

/** Why an edit was refused, in the UI language: its template through the l10n bundle. */
export function localReason(r: EditReason): string {
  return reasonText(r, (template, ...args) => vscode.l10n.t(template, ...args));
}
