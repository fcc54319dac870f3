import * as vscode from 'vscode';
import { unpublishedFiles } from '../../core/taxonomyGroups';
import { postsInLanguage } from '../../core/languageFilter';
import type { ExplorerNode, NodeCache } from './nodes';
import { postNodeItem, resolvePostTooltip, siteTreeItem } from './postItem';
import type { SiteRegistry } from '../sites/siteRegistry';

/** Drafts: what is not on the site yet, or cannot be: drafts, unpublished, future-dated, broken and misnamed files. */
export class DraftsTree implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly deps: { readonly registry: SiteRegistry; readonly nodes: NodeCache; readonly language: () => string | undefined }) {
    this.subscriptions = [
      this.emitter,
      deps.registry.onDidChangeSites(() => this.emitter.fire(undefined)),
      deps.registry.onDidChangeSite(({ site }) => this.emitter.fire(this.deps.registry.list().length > 1 ? this.deps.nodes.site(site.root) : undefined)),
    ];
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    const sites = this.deps.registry.list();
    if (node === undefined && sites.length > 1) {
      return sites.map((s) => this.deps.nodes.site(s.root));
    }
    const site = node === undefined ? sites[0] : sites.find((s) => s.root === node.root);
    if (site === undefined || node?.kind === 'post') {
      return [];
    }
    const parent = node?.kind === 'site' ? node : undefined;
    return unpublishedFiles(postsInLanguage(site.model.snapshot().posts, this.deps.language())).map((p) => this.deps.nodes.post(site.root, p.path, parent));
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.kind === 'post' ? node.parent : undefined;
  }

  refreshAll(): void {
    this.emitter.fire(undefined);
  }

  resolveTreeItem(item: vscode.TreeItem, node: ExplorerNode): Promise<vscode.TreeItem> {
    return resolvePostTooltip(item, node, this.deps.registry.list());
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const site = this.deps.registry.list().find((s) => s.root === node.root);
    if (site === undefined) {
      return new vscode.TreeItem('');
    }
    if (node.kind === 'post') return postNodeItem(site, node, true);
    return node.kind === 'site' ? siteTreeItem(site, node, 'drafts:') : new vscode.TreeItem('');
  }

  dispose(): void {
    for (const d of this.subscriptions) {
      d.dispose();
    }
  }
}
