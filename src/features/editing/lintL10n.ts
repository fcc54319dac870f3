import * as vscode from 'vscode';
import { FIX_MESSAGES, LINT_MESSAGES, isLintCode } from '../../core/lint/lintMessages';
import type { LintFinding, LintFix } from '../../core/lint/lintTypes';

/** A finding's message in the UI language: its template through the l10n bundle, else the core's English. */
export function findingMessage(f: LintFinding): string {
  return isLintCode(f.code) ? vscode.l10n.t(LINT_MESSAGES[f.code], ...f.args) : f.message;
}

export function fixTitle(fix: LintFix): string {
  return vscode.l10n.t(FIX_MESSAGES[fix.code], ...fix.args);
}

export function toRange(r: { readonly line: number; readonly startChar: number; readonly endChar: number }): vscode.Range {
  return new vscode.Range(r.line, r.startChar, r.line, r.endChar);
}
