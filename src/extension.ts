import * as vscode from 'vscode';
import type { ExplorerTrees } from './features/explorer/registerExplorer';
import { registerFeatures } from './features/registerFeatures';
import { SiteRegistry } from './features/sites/siteRegistry';
import { coldWorkersMinFiles, IndexWorkerPool } from './platform/indexWorkers';
import { diskFolderFiles, workspaceFolderFiles } from './platform/folderFiles';
import { fileIndexStore, indexCacheFile } from './platform/indexCache';
import { nodeFileSystem } from './platform/nodeFileSystem';
import { readFileInSite } from './platform/siteFileRead';
import { findGemTheme } from './platform/gemThemes';

/** What `activate` returns: the live site models and the explorer's trees (read by the host tests). */
export interface PostcraftApi {
  readonly registry: SiteRegistry;
  readonly explorer: ExplorerTrees;
}

/** Composition root of the desktop: builds the object graph and registers features; holds no logic of its own. */
export function activate(context: vscode.ExtensionContext): PostcraftApi {
  const log = vscode.window.createOutputChannel('Postcraft', { log: true });
  context.subscriptions.push(log);
  log.info(vscode.l10n.t('Postcraft {0} activated on VS Code {1}', readVersion(context), vscode.version));
  const workers = new IndexWorkerPool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'indexWorker.js').fsPath);
  context.subscriptions.push({ dispose: () => void workers.dispose() });
  const disk = diskFolderFiles(nodeFileSystem);
  const storage = context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined;
  const registry = new SiteRegistry({
    log,
    // Folders on this machine are read with Node's fs (and worker threads); any other through workspace.fs.
    filesOf: (folder) => (folder.scheme === 'file' ? disk : workspaceFolderFiles(folder)),
    storeFor: (root) => (storage === undefined ? undefined : fileIndexStore(indexCacheFile(storage, root), root)),
    workers: { pool: workers, coldMinFiles: coldWorkersMinFiles },
    now: () => Date.now(),
  });
  context.subscriptions.push(registry);
  const features = registerFeatures({ extensionUri: context.extensionUri, workspaceState: context.workspaceState, log, registry, readFileInSite, findGemTheme });
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
