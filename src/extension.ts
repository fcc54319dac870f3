import * as vscode from 'vscode';
import { registerShowLog } from './features/commands/showLog';

/** Composition root: builds the object graph and registers features; holds no logic of its own. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Postcraft', { log: true });
  context.subscriptions.push(log);
  log.info(vscode.l10n.t('Postcraft {0} activated on VS Code {1}', readVersion(context), vscode.version));
  context.subscriptions.push(registerShowLog({ log }));
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

function readVersion(context: vscode.ExtensionContext): string {
  const manifest = context.extension.packageJSON as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '?';
}
