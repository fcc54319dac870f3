import * as vscode from 'vscode';
import { configKey, decodeIndex, encodeIndex, indexFileName, joinPieces } from './indexFormat';
import type { IndexStore } from './indexStore';

/**
 * The web's persisted index: a file under the extension's storage, read and written through `workspace.fs` (the
 * only file access the browser's extension host has), in the desktop's format (indexFormat.ts). `siteKey` names
 * the site among the others kept in `storage`: its root in a workspace's own storage, its URI in the global one.
 */
export function workspaceIndexStore(storage: vscode.Uri, siteKey: string, siteRoot: string): IndexStore {
  const file = async (): Promise<vscode.Uri> => vscode.Uri.joinPath(storage, await indexFileName(siteKey));
  return {
    load: async (identity, pause) => {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(await file());
      } catch {
        return undefined;
      }
      return decodeIndex(bytes, siteRoot, await configKey(identity), pause);
    },
    save: async (identity, entries, sizes, pause) => {
      const pieces = await encodeIndex(siteRoot, await configKey(identity), entries, sizes, pause);
      const target = await file();
      // Written whole to a temporary file, then renamed over the index: a reader never sees half of one.
      const temporary = target.with({ path: `${target.path}.${Date.now()}.tmp` });
      await vscode.workspace.fs.createDirectory(storage);
      await vscode.workspace.fs.writeFile(temporary, joinPieces(pieces));
      try {
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
      } catch (error) {
        await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
        throw error;
      }
    },
  };
}

/**
 * Where the web keeps a site's index: the workspace's storage when there is one (keyed by the site's root), else
 * the global storage keyed by the site's URI (a window with a folder but no workspace storage).
 */
export function webIndexStoreFor(context: Pick<vscode.ExtensionContext, 'storageUri' | 'globalStorageUri'>, root: string, uri: vscode.Uri): IndexStore {
  return context.storageUri !== undefined
    ? workspaceIndexStore(context.storageUri, root, root)
    : workspaceIndexStore(vscode.Uri.joinPath(context.globalStorageUri, 'site-indexes'), uri.toString(), root);
}
