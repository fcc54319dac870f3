import * as vscode from 'vscode';
import { commandIds } from './commandIds';

export interface ShowLogDeps {
  readonly log: vscode.LogOutputChannel;
}

/** `Postcraft: Show Log`: what the extension found and did, for the writer and for bug reports. */
export function registerShowLog(deps: ShowLogDeps): vscode.Disposable {
  return vscode.commands.registerCommand(commandIds.showLog, () => deps.log.show(true));
}
