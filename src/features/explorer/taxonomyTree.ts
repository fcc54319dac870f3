import * as vscode from 'vscode';
import { groupByKey, namesIn, pluralOf, sortKeyGroups, type KeyGroup, type NameOrder, type TaxonomyKind } from '../../core/taxonomyGroups';
import { taxonomyFindings } from '../../core/taxonomy';
import { postsInLanguage } from '../../core/languageFilter';
import { childLabel, nestKeys, type KeyNesting } from '../../core/taxonomyNesting';
import { generatorName } from '../../core/generators/generatorNames';
import { nodeId, type ExplorerNode, type NameNode, type NodeCache, type PostNode } from './nodes';
import { postNodeItem, resolvePostTooltip, siteTreeItem } from './postItem';
import type { Site } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';
import type { SiteChange } from '../sites/site';

export interface TaxonomyTreeDeps {
  readonly registry: SiteRegistry;
  readonly taxonomy: TaxonomyKind;
  readonly nodes: NodeCache;
  readonly order: () => NameOrder;
  readonly collator: Intl.Collator;
  /** The language the explorer shows (see LanguageFilter), undefined for all. */
  readonly language: () => string | undefined;
}

interface Grouped {
  /** By key (the name itself for Jekyll). */
  readonly groups: Map<string, KeyGroup>;
  /** Names that differ only in case, spacing, NFC/NFD or width, by name: the other spellings (where they are distinct names). */
  readonly variants: Map<string, string[]>;
  /** How the keys nest, where the generator's names do (Hexo's categories); undefined for flat names. */
  readonly nesting: KeyNesting | undefined;
}

/** The site's key of a name of a taxonomy (by plural), each distinct name's key computed once. */
export function keyFunction(site: Site, plural: string): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) {
      key = site.generator.nameKey(plural, name, site.loaded.config);
      memo.set(name, key);
    }
    return key;
  };
}

/** Whether the site's config has the taxonomy at all (a Hugo `[taxonomies]` may leave categories or tags out). */
export function hasTaxonomy(site: Site, plural: string): boolean {
  return site.generator.taxonomies(site.loaded.config).some((t) => t.plural === plural);
}

/**
 * Categories or Tags: names with their counts, and under each name its posts, as the site's generator groups
 * them (Jekyll: by exact name; Hugo: by term key, shown by the spelling most posts use).
 */
export class TaxonomyTree implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  private readonly grouped = new Map<string, Grouped>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.emitter.event;

  private readonly plural: 'categories' | 'tags';

  constructor(private readonly deps: TaxonomyTreeDeps) {
    this.plural = pluralOf(deps.taxonomy);
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

  /** What the view says above its rows: the sites whose config has no such taxonomy, else nothing. */
  message(): string | undefined {
    const sites = this.deps.registry.list();
    const missing = sites.filter((s) => !hasTaxonomy(s, this.plural)).map((s) => s.label).join(', ');
    if (missing !== '') {
      return this.deps.taxonomy === 'category'
        ? vscode.l10n.t('No categories taxonomy in the config of {0}.', missing)
        : vscode.l10n.t('No tags taxonomy in the config of {0}.', missing);
    }
    // Posts, but none with a name of this taxonomy (in the language shown): an empty view says why.
    if (sites.length === 0 || !sites.every((s) => s.model.size > 0 && this.group(s).groups.size === 0)) {
      return undefined;
    }
    return this.deps.taxonomy === 'category'
      ? vscode.l10n.t('No post has a category yet. Add one with "Add Categories to Post…" or in the front matter.')
      : vscode.l10n.t('No post has a tag yet. Add one with "Add Tags to Post…" or in the front matter.');
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    const sites = this.deps.registry.list();
    if (node === undefined) {
      if (sites.length > 1) {
        return sites.map((s) => this.deps.nodes.site(s.root));
      }
      const only = sites[0];
      return only === undefined ? [] : this.names(only);
    }
    const site = sites.find((s) => s.root === node.root);
    if (site === undefined) {
      return [];
    }
    switch (node.kind) {
      case 'site':
        return this.names(site);
      case 'name': {
        const posts = (this.group(site).groups.get(node.name)?.posts ?? []).map((p) => this.deps.nodes.post(site.root, p.path, node));
        return [...this.childNames(site, node.name), ...posts];
      }
      case 'post':
      case 'taxonomy':
      case 'term':
        return [];
    }
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    if (node.kind === 'post') {
      return node.parent;
    }
    const sites = this.deps.registry.list();
    const parent = node.kind === 'name' ? sites.find((s) => s.root === node.root) : undefined;
    const parentKey = parent === undefined || node.kind !== 'name' ? undefined : this.group(parent).nesting?.parents.get(node.name);
    if (parentKey !== undefined) {
      return this.deps.nodes.name(node.root, this.deps.taxonomy, parentKey);
    }
    if (node.kind === 'name' && sites.length > 1) {
      return this.deps.nodes.site(node.root);
    }
    return undefined;
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
      case 'name':
        return this.nameItem(site, node);
      case 'post':
        return postNodeItem(site, node, false);
      case 'taxonomy':
      case 'term':
        return new vscode.TreeItem('');
    }
  }

  /** The first node showing `file` (for revealing the active post), or undefined. */
  findPost(site: Site, path: string): PostNode | undefined {
    const post = site.model.get(path);
    const name = post === undefined ? undefined : namesIn(post, this.plural)[0];
    if (post === undefined || !post.willPublish || name === undefined || postsInLanguage([post], this.deps.language()).length === 0) {
      return undefined;
    }
    const key = site.generator.nameKey(this.plural, name, site.loaded.config);
    return this.deps.nodes.post(site.root, path, this.deps.nodes.name(site.root, this.deps.taxonomy, key));
  }

  /** The names at the top: every name, or those without a parent where names nest. */
  private names(site: Site): NameNode[] {
    const { groups, nesting } = this.group(site);
    const top = nesting === undefined ? [...groups.values()] : nesting.roots.flatMap((k) => groups.get(k) ?? []);
    return sortKeyGroups(top, this.deps.order(), this.deps.collator).map((g) => this.deps.nodes.name(site.root, this.deps.taxonomy, g.key));
  }

  /** The names nested under a name (none where names are flat), sorted as the top ones are. */
  private childNames(site: Site, key: string): NameNode[] {
    const { groups, nesting } = this.group(site);
    const children = (nesting?.children.get(key) ?? []).flatMap((k) => groups.get(k) ?? []);
    return sortKeyGroups(children, this.deps.order(), this.deps.collator).map((g) => this.deps.nodes.name(site.root, this.deps.taxonomy, g.key));
  }

  private nameItem(site: Site, node: NameNode): vscode.TreeItem {
    const { groups, variants } = this.group(site);
    const group = groups.get(node.name);
    const posts = group?.posts ?? [];
    const label = group?.name ?? node.name;
    const parentKey = this.group(site).nesting?.parents.get(node.name);
    const parentName = parentKey === undefined ? undefined : (groups.get(parentKey)?.name ?? parentKey);
    const separator = site.generator.nameNesting?.separator ?? '/';
    const item = new vscode.TreeItem(parentName === undefined ? label : childLabel(label, parentName, separator), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = nodeId(node);
    item.description = String(posts.length);
    const others = variants.get(node.name);
    const tip = new vscode.MarkdownString();
    tip.appendText(node.taxonomy === 'category' ? vscode.l10n.t('Category "{0}": {1} posts', label, posts.length) : vscode.l10n.t('Tag "{0}": {1} posts', label, posts.length));
    if (!site.generator.distinctNameVariants) {
      // A term under a key: Rename/Merge/Delete get the key and change every spelling filed under it.
      item.iconPath = new vscode.ThemeIcon(node.taxonomy === 'category' ? 'folder' : 'tag');
      item.contextValue = `postcraft.keyed.${node.taxonomy}`;
      appendSpellings(tip, site, group);
    } else if (others !== undefined) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      tip.appendMarkdown('\n\n');
      tip.appendText(vscode.l10n.t('Looks like the same name as: {0}. {1} treats them as different names.', others.join(', '), generatorName(site.generator.id)));
      item.contextValue = `postcraft.${node.taxonomy}.variant`;
    } else {
      item.iconPath = new vscode.ThemeIcon(node.taxonomy === 'category' ? 'folder' : 'tag');
      item.contextValue = `postcraft.${node.taxonomy}`;
    }
    item.tooltip = tip;
    return item;
  }

  private group(site: Site): Grouped {
    let grouped = this.grouped.get(site.root);
    if (grouped === undefined) {
      const groups = groupByKey(postsInLanguage(site.model.snapshot().posts, this.deps.language()), this.plural, keyFunction(site, this.plural));
      const nesting = site.generator.nameNesting;
      grouped = {
        groups,
        variants: site.generator.distinctNameVariants ? variantsOf(groups.keys(), this.deps.taxonomy) : new Map<string, string[]>(),
        nesting: nesting === undefined ? undefined : nestKeys(groups.keys(), (key) => nesting.parentOf(this.plural, key)),
      };
      this.grouped.set(site.root, grouped);
    }
    return grouped;
  }

  private onSiteChange(change: SiteChange): void {
    this.grouped.delete(change.site.root);
    if (change.kind === 'reset') {
      this.deps.nodes.forgetSite(change.site.root);
      this.emitter.fire(undefined);
      return;
    }
    const counts = this.deps.taxonomy === 'category' ? change.change.categories : change.change.tags;
    // A name that appears or disappears changes the list of names: refresh it; otherwise only the touched names.
    // The model counts every language: under a language filter a name may come or go in it alone.
    if (this.deps.language() !== undefined || counts.some((c) => c.before === 0 || c.after === 0)) {
      this.emitter.fire(this.deps.registry.list().length > 1 ? this.deps.nodes.site(change.site.root) : undefined);
      return;
    }
    // Count changes name keys; a changed post's names become keys the same way.
    const names = new Set(counts.map((c) => c.name));
    const keyOf = keyFunction(change.site, this.plural);
    for (const path of change.change.changed) {
      const post = change.site.model.get(path);
      for (const name of post === undefined ? [] : namesIn(post, this.plural)) {
        names.add(keyOf(name));
      }
    }
    for (const name of names) {
      this.emitter.fire(this.deps.nodes.name(change.site.root, this.deps.taxonomy, name));
    }
  }

  dispose(): void {
    for (const d of this.subscriptions) {
      d.dispose();
    }
  }
}

/** For a term written several ways, the ways: the generator counts them as one. */
export function appendSpellings(tip: vscode.MarkdownString, site: Site, group: KeyGroup | undefined): void {
  if (group !== undefined && group.spellings.length > 1) {
    tip.appendMarkdown('\n\n');
    tip.appendText(vscode.l10n.t('Written as: {0}. {1} counts them as one.', group.spellings.join(', '), generatorName(site.generator.id)));
  }
}

/** For each name that has look-alike spellings (core's taxonomy findings), the other spellings. */
function variantsOf(names: Iterable<string>, kind: TaxonomyKind): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const finding of taxonomyFindings(names, kind)) {
    if (finding.code === 'taxonomy.similarNames') {
      for (const name of finding.names) {
        variants.set(name, finding.names.filter((n) => n !== name));
      }
    }
  }
  return variants;
}
