import type * as vscode from 'vscode';
import type { SiteRegistry } from '../sites/siteRegistry';

const shownKey = 'postcraft.explorer.shownOnce';

/**
 * The first time a workspace has a site Postcraft reads, shows the Postcraft view, once: a writer who just installed
 * the extension sees their posts without looking for the icon. `reveal` shows the view without taking the focus, so
 * nothing the writer is typing into (an editor, the command palette) is interrupted. The registry may find the site
 * after it is ready (the first reading of the folders), so every change of its sites is a chance.
 */
export function showOnFirstSite(registry: SiteRegistry, workspaceState: vscode.Memento, reveal: () => Promise<void>): vscode.Disposable {
  let done = workspaceState.get<boolean>(shownKey) === true;
  const check = async (): Promise<void> => {
    if (done || registry.list().length === 0) return;
    done = true;
    await workspaceState.update(shownKey, true);
    await reveal();
  };
  void registry.ready.then(check);
  return registry.onDidChangeSites(() => void check());
}
