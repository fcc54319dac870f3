import * as vscode from 'vscode';
import type { ExplorerTrees } from './features/explorer/registerExplorer';
import { registerFeatures } from './features/registerFeatures';
import { SiteRegistry } from './features/sites/siteRegistry';
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
  // No include_relative reader and no gem themes: neither is reachable through workspace.fs.
  const features = registerFeatures({ extensionUri: context.extensionUri, workspaceState: context.workspaceState, log, registry });
  context.subscriptions.push(features.disposable);
  void registry.reload();
  return { registry, explorer: features.explorer };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

function readVersion(context: vscode.ExtensionContext): string {
  const manifest = context.extension.packageJSON as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '?';
}
