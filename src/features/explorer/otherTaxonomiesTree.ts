import * as vscode from 'vscode';
import { groupByKey, namesIn, sortKeyGroups, type KeyGroup, type NameOrder } from '../../core/taxonomyGroups';
import { postsInLanguage } from '../../core/languageFilter';
import { nodeId, type ExplorerNode, type NodeCache, type PostNode, type TaxonomyNode, type TermNode } from './nodes';
import { postNodeItem, resolvePostTooltip, siteTreeItem } from './postItem';
import { appendSpellings, keyFunction } from './taxonomyTree';
import type { SiteTaxonomy } from '../../core/generators/generator';
import type { Site } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';
import type { SiteChange } from '../sites/site';

export interface OtherTaxonomiesTreeDeps {
  readonly registry: SiteRegistry;
  readonly nodes: NodeCache;
  readonly order: () => NameOrder;
  readonly collator: Intl.Collator;
  /** The language the explorer shows (see LanguageFilter), undefined for all. */
  readonly language: () => string | undefined;
}

/** The taxonomies a site has besides categories and tags (Hugo's `series`, `authors`…), in its config's order. */
export function otherTaxonomies(site: Site): SiteTaxonomy[] {
  return site.generator.taxonomies(site.loaded.config).filter((t) => t.plural !== 'categories' && t.plural !== 'tags');
}

/**
 * Other Taxonomies: each further taxonomy of a site, its terms (by key, as the generator files them) with their
 * counts, and under each term its posts. Sites with none are left out; the view hides when no site has one.
 */
export class OtherTaxonomiesTree implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  /** By site root, then plural: the groups by key. */
  private readonly grouped = new Map<string, Map<string, Map<string, KeyGroup>>>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly deps: OtherTaxonomiesTreeDeps) {
    this.subscriptions = [
      this.emitter,
      deps.registry.onDidChangeSites(() => this.refreshAll()),
      deps.registry.onDidChangeSite((change) => this.onSiteChange(change)),
    ];
  }

  refreshAll(): void {
    this.grouped.clear();
    this.emitter.fire(undefined);
  }

  /** Whether some open site has a taxonomy this view shows. */
  hasAny(): boolean {
    return this.deps.registry.list().some((s) => otherTaxonomies(s).length > 0);
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    const sites = this.deps.registry.list();
    if (node === undefined) {
      // A site level whenever several sites are open, as in the other views; only sites with such taxonomies.
      if (sites.length > 1) {
        return sites.filter((s) => otherTaxonomies(s).length > 0).map((s) => this.deps.nodes.site(s.root));
      }
      const only = sites[0];
      return only === undefined ? [] : this.taxonomies(only);
    }
    const site = sites.find((s) => s.root === node.root);
    if (site === undefined) {
      return [];
    }
    switch (node.kind) {
      case 'site':
        return this.taxonomies(site);
      case 'taxonomy':
        return sortKeyGroups(this.groups(site, node.plural).values(), this.deps.order(), this.deps.collator).map((g) => this.deps.nodes.term(site.root, node.plural, g.key));
      case 'term':
        return (this.groups(site, node.plural).get(node.key)?.posts ?? []).map((p) => this.deps.nodes.post(site.root, p.path, node));
      case 'name':
      case 'post':
        return [];
    }
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    switch (node.kind) {
      case 'post':
        return node.parent;
      case 'term':
        return this.deps.nodes.taxonomy(node.root, node.plural);
      case 'taxonomy':
        return this.deps.registry.list().length > 1 ? this.deps.nodes.site(node.root) : undefined;
      case 'site':
      case 'name':
        return undefined;
    }
  }

  resolveTreeItem(item: vscode.TreeItem, node: ExplorerNode): Promise<vscode.TreeItem> {
    return resolvePostTooltip(item, node, this.deps.registry.list());
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const site = this.deps.registry.list().find((s) => s.root === node.root);
    if (site === undefined) {
      return new vscode.TreeItem('');
    }
    switch (node.kind) {
      case 'site':
        return siteTreeItem(site, node);
      case 'taxonomy':
        return this.taxonomyItem(site, node);
      case 'term':
        return this.termItem(site, node);
      case 'post':
        return postNodeItem(site, node, false);
      case 'name':
        return new vscode.TreeItem('');
    }
  }

  /** The first node showing the post at `path` (for revealing the active post), or undefined. */
  findPost(site: Site, path: string): PostNode | undefined {
    const post = site.model.get(path);
    if (post === undefined || !post.willPublish || postsInLanguage([post], this.deps.language()).length === 0) {
      return undefined;
    }
    for (const { plural } of otherTaxonomies(site)) {
      const name = namesIn(post, plural)[0];
      if (name !== undefined) {
        const key = site.generator.nameKey(plural, name, site.loaded.config);
        return this.deps.nodes.post(site.root, path, this.deps.nodes.term(site.root, plural, key));
      }
    }
    return undefined;
  }

  private taxonomies(site: Site): TaxonomyNode[] {
    return otherTaxonomies(site).map((t) => this.deps.nodes.taxonomy(site.root, t.plural));
  }

  private taxonomyItem(site: Site, node: TaxonomyNode): vscode.TreeItem {
    const terms = this.groups(site, node.plural).size;
    // The plural as the config writes it: the site's own word, in the site's language.
    const item = new vscode.TreeItem(node.plural, terms === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = nodeId(node);
    item.description = String(terms);
    item.iconPath = new vscode.ThemeIcon('list-tree');
    item.tooltip = vscode.l10n.t('Taxonomy "{0}": {1} terms', node.plural, terms);
    item.contextValue = 'postcraft.taxonomy';
    return item;
  }

  private termItem(site: Site, node: TermNode): vscode.TreeItem {
    const group = this.groups(site, node.plural).get(node.key);
    const label = group?.name ?? node.key;
    const posts = group?.posts.length ?? 0;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = nodeId(node);
    item.description = String(posts);
    item.iconPath = new vscode.ThemeIcon('tag');
    const tip = new vscode.MarkdownString();
    tip.appendText(vscode.l10n.t('{0} "{1}": {2} posts', node.plural, label, posts));
    appendSpellings(tip, site, group);
    item.tooltip = tip;
    item.contextValue = 'postcraft.term';
    return item;
  }

  private groups(site: Site, plural: string): Map<string, KeyGroup> {
    let bySite = this.grouped.get(site.root);
    if (bySite === undefined) {
      bySite = new Map();
      this.grouped.set(site.root, bySite);
    }
    let groups = bySite.get(plural);
    if (groups === undefined) {
      groups = groupByKey(postsInLanguage(site.model.snapshot().posts, this.deps.language()), plural, keyFunction(site, plural));
      bySite.set(plural, groups);
    }
    return groups;
  }

  private onSiteChange(change: SiteChange): void {
    this.grouped.delete(change.site.root);
    if (change.kind === 'reset') {
      this.deps.nodes.forgetSite(change.site.root);
      this.emitter.fire(undefined);
      return;
    }
    // The model reports count changes for categories and tags only: any post change may move a term here.
    if (otherTaxonomies(change.site).length > 0) {
      this.emitter.fire(this.deps.registry.list().length > 1 ? this.deps.nodes.site(change.site.root) : undefined);
    }
  }

  dispose(): void {
    for (const d of this.subscriptions) {
      d.dispose();
    }
  }
}
