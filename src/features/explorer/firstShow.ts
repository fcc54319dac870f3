import * as vscode from 'vscode';
import type { SiteRegistry } from '../sites/siteRegistry';

const shownKey = 'postcraft.explorer.shownOnce';

/**
 * On a workspace's first activation with a site in it, shows the Postcraft view once, so that a writer who just
 * installed the extension sees their posts without looking for the icon; the editor keeps the focus it had.
 */
export function showOnFirstSite(registry: SiteRegistry, workspaceState: vscode.Memento): void {
  void registry.ready.then(async () => {
    if (registry.list().length === 0 || workspaceState.get<boolean>(shownKey) === true) {
      return;
    }
    await workspaceState.update(shownKey, true);
    const editor = vscode.window.activeTextEditor;
    await vscode.commands.executeCommand('workbench.view.extension.postcraft');
    if (editor !== undefined) {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    }
  });
}
