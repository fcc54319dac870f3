import * as vscode from 'vscode';
import type { PostcraftApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/features/explorer/nodes';

/** The running extension's API (what `activate` returned), activating it if needed. */
export async function postcraftApi(): Promise<PostcraftApi> {
  const extension = vscode.extensions.getExtension<PostcraftApi>('postcraft.postcraft');
  if (extension === undefined) {
    throw new Error('postcraft.postcraft is not installed in this host');
  }
  const api = await extension.activate();
  await api.registry.ready;
  return api;
}

export interface Row {
  readonly label: string;
  readonly description: string;
  readonly node: ExplorerNode;
}

/** The rows a tree view shows under `node`, as VS Code would render them. */
export async function rows(tree: vscode.TreeDataProvider<ExplorerNode>, node?: ExplorerNode): Promise<Row[]> {
  const children = (await tree.getChildren(node)) ?? [];
  return Promise.all(children.map(async (child) => {
    const item = await tree.getTreeItem(child);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return { label, description: typeof item.description === 'string' ? item.description : '', node: child };
  }));
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) {
    throw new Error('the host tests run on a workspace (a copy of the sample blog)');
  }
  return folder.uri;
}
