import * as vscode from 'vscode';
import { registerCopyPostUrl } from './features/commands/copyPostUrl';
import { registerShowLog } from './features/commands/showLog';
import { registerExplorer, type ExplorerTrees } from './features/explorer/registerExplorer';
import { SiteRegistry } from './features/sites/siteRegistry';
import { PostLookups } from './features/sites/postLookups';
import { registerPreview } from './features/preview/registerPreview';
import { registerEditing } from './features/editing/registerEditing';
import { workspaceFolderFiles } from './platform/folderFiles';
import { webIndexStoreFor } from './platform/workspaceIndexStore';

/** What `activate` returns: the live site models and the explorer's trees (read by the host tests). */
export interface PostcraftApi {
  readonly registry: SiteRegistry;
  readonly explorer: ExplorerTrees;
}

/**
 * Composition root of the web (github.dev, vscode.dev): the same features as the desktop's, on folders read
 * through `workspace.fs`, with no worker threads. Holds no logic of its own.
 */
export function activate(context: vscode.ExtensionContext): PostcraftApi {
  const log = vscode.window.createOutputChannel('Postcraft', { log: true });
  context.subscriptions.push(log);
  log.info(vscode.l10n.t('Postcraft {0} activated on VS Code {1}', readVersion(context), vscode.version));
  const registry = new SiteRegistry({
    log,
    filesOf: (folder) => workspaceFolderFiles(folder),
    storeFor: (root, uri) => webIndexStoreFor(context, root, uri),
    workers: undefined,
    now: () => Date.now(),
  });
  context.subscriptions.push(registry);
  context.subscriptions.push(registerShowLog({ log }));
  const explorer = registerExplorer({ registry, workspaceState: context.workspaceState });
  context.subscriptions.push(explorer.disposable);
  context.subscriptions.push(registerCopyPostUrl({ registry }));
  const postLookups = new PostLookups(registry);
  context.subscriptions.push(postLookups);
  context.subscriptions.push(registerPreview({
    extensionUri: context.extensionUri,
    log,
    posts: (root) => postLookups.forRoot(root),
    onDidChangePosts: registry.onDidChangeSite,
    siteOf: (document) => registry.siteFor(document),
    onDidChangeSites: registry.onDidChangeSites,
  }));
  context.subscriptions.push(registerEditing({ registry }));
  void registry.reload();
  return { registry, explorer: explorer.trees };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

function readVersion(context: vscode.ExtensionContext): string {
  const manifest = context.extension.packageJSON as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '?';
}
