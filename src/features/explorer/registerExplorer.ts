import * as vscode from 'vscode';
import { showOnFirstSite } from './firstShow';
import { readingMessage } from './readingMessage';
import { commandIds } from '../commands/commandIds';
import { DraftsTree } from './draftsTree';
import { LanguageFilter } from './languageFilter';
import { NodeCache, type ExplorerNode } from './nodes';
import { OtherTaxonomiesTree } from './otherTaxonomiesTree';
import { TaxonomyTree } from './taxonomyTree';
import { sitePath, siteUri } from '../sites/site';
import type { NameOrder } from '../../core/taxonomyGroups';
import type { SiteRegistry } from '../sites/siteRegistry';

export const viewIds = {
  categories: 'postcraft.categories',
  tags: 'postcraft.tags',
  taxonomies: 'postcraft.taxonomies',
  drafts: 'postcraft.drafts',
} as const;

export interface ExplorerDeps {
  readonly registry: SiteRegistry;
  readonly workspaceState: vscode.Memento;
}

const orderKey = 'postcraft.explorer.order';

/** The explorer's tree providers, exposed through the extension's API for tests and other extensions. */
export interface ExplorerTrees {
  readonly categories: vscode.TreeDataProvider<ExplorerNode>;
  readonly tags: vscode.TreeDataProvider<ExplorerNode>;
  /** Other Taxonomies: each site's taxonomies besides categories and tags (Hugo's series, authors…). */
  readonly taxonomies: vscode.TreeDataProvider<ExplorerNode>;
  readonly drafts: vscode.TreeDataProvider<ExplorerNode>;
  /** What the Categories and Tags views say above their rows (a site without the taxonomy), else undefined. */
  readonly messages: () => { readonly categories: string | undefined; readonly tags: string | undefined };
  /** The language every tree shows (Filter by Language…), undefined for all; and what each view's description says. */
  readonly language: () => { readonly active: string | undefined; readonly descriptions: readonly string[] };
  /** Whether the Categories view is on screen. */
  readonly visible: () => boolean;
}

/** The Postcraft container's views: Categories, Tags, Other Taxonomies and Drafts, live from the site registry. */
export function registerExplorer(deps: ExplorerDeps): { readonly trees: ExplorerTrees; readonly disposable: vscode.Disposable } {
  const nodes = new NodeCache();
  const collator = new Intl.Collator(vscode.env.language, { numeric: true, sensitivity: 'base' });
  let order: NameOrder = deps.workspaceState.get<NameOrder>(orderKey) === 'count' ? 'count' : 'name';
  const filter = new LanguageFilter({ registry: deps.registry, workspaceState: deps.workspaceState });
  const language = (): string | undefined => filter.active();
  const categories = new TaxonomyTree({ registry: deps.registry, taxonomy: 'category', nodes, order: () => order, collator, language });
  const tags = new TaxonomyTree({ registry: deps.registry, taxonomy: 'tag', nodes, order: () => order, collator, language });
  const taxonomies = new OtherTaxonomiesTree({ registry: deps.registry, nodes, order: () => order, collator, language });
  const drafts = new DraftsTree({ registry: deps.registry, nodes, language });
  const categoriesView = vscode.window.createTreeView<ExplorerNode>(viewIds.categories, { treeDataProvider: categories, showCollapseAll: true });
  const tagsView = vscode.window.createTreeView<ExplorerNode>(viewIds.tags, { treeDataProvider: tags, showCollapseAll: true });
  const taxonomiesView = vscode.window.createTreeView<ExplorerNode>(viewIds.taxonomies, { treeDataProvider: taxonomies, showCollapseAll: true });
  const draftsView = vscode.window.createTreeView<ExplorerNode>(viewIds.drafts, { treeDataProvider: drafts });

  const setOrder = (next: NameOrder): void => {
    order = next;
    void deps.workspaceState.update(orderKey, next);
    void vscode.commands.executeCommand('setContext', orderKey, next);
    categories.refreshAll();
    tags.refreshAll();
    taxonomies.refreshAll();
  };
  void vscode.commands.executeCommand('setContext', orderKey, order);

  // Every view says which language it shows; Filter by Language… is offered where a site has several.
  const views = [categoriesView, tagsView, taxonomiesView, draftsView];
  const showLanguage = (): void => {
    const description = filter.description();
    for (const view of views) view.description = description ?? '';
    void vscode.commands.executeCommand('setContext', 'postcraft.multilingual', filter.languages().length > 0);
  };
  // What the views say above their rows: a config without the taxonomy, or posts that carry none of its names.
  const showMessages = (): void => {
    // While a site is read (a slow file system shows it part-read), the views say how far it is.
    const reading = readingMessage(deps.registry.progress());
    categoriesView.message = reading ?? categories.message() ?? '';
    tagsView.message = reading ?? tags.message() ?? '';
  };
  const onFilterChange = (): void => {
    showLanguage();
    showMessages();
    categories.refreshAll();
    tags.refreshAll();
    taxonomies.refreshAll();
    drafts.refreshAll();
  };
  let shown = filter.active();
  const updateContext = (): void => {
    // A site opened or closed may start or stop the remembered filter applying.
    if (filter.active() !== shown) {
      shown = filter.active();
      onFilterChange();
    } else {
      showLanguage();
    }
    const sites = deps.registry.list();
    void vscode.commands.executeCommand('setContext', 'postcraft.siteCount', sites.length);
    void vscode.commands.executeCommand('setContext', 'postcraft.postCount', sites.reduce((n, s) => n + s.model.size, 0));
    void vscode.commands.executeCommand('setContext', 'postcraft.hasOtherTaxonomies', taxonomies.hasAny());
    showMessages();
  };

  const revealActive = (editor: vscode.TextEditor | undefined): void => {
    if (editor === undefined || !vscode.workspace.getConfiguration('postcraft.explorer').get<boolean>('revealActivePost', true)) {
      return;
    }
    const site = deps.registry.siteFor(editor.document.uri);
    const rel = site === undefined ? undefined : sitePath(site, editor.document.uri);
    if (site === undefined || rel === undefined) {
      return;
    }
    for (const [view, tree] of [[categoriesView, categories], [tagsView, tags], [taxonomiesView, taxonomies]] as const) {
      const node = view.visible ? tree.findPost(site, rel) : undefined;
      if (node !== undefined) {
        void Promise.resolve(view.reveal(node, { select: true, focus: false, expand: false })).catch(() => undefined);
      }
    }
  };

  // The first build can take a moment on a large site: show it on the views, which stay usable meanwhile.
  void vscode.window.withProgress({ location: { viewId: viewIds.categories } }, () => deps.registry.ready);
  void deps.registry.ready.then(() => {
    void vscode.commands.executeCommand('setContext', 'postcraft.ready', true);
    updateContext();
  });

  // The post last selected in any of the views (by a click, or Enter; the arrow keys move only the focus): what the
  // preview's key in a view shows, since a key binding hands its command no tree item.
  let selectedPost: ExplorerNode | undefined;
  const selections = views.map((view) => view.onDidChangeSelection((e) => {
    const post = e.selection.find((n) => n.kind === 'post');
    if (post !== undefined) selectedPost = post;
  }));

  const disposable = vscode.Disposable.from(
    showOnFirstSite(deps.registry, deps.workspaceState, async () => {
      // A row revealed without focus opens the container and leaves the focus where it is.
      const category = categories.getChildren()[0];
      const [view, first] = category !== undefined ? [categoriesView, category] : [draftsView, drafts.getChildren()[0]];
      if (first !== undefined) await Promise.resolve(view.reveal(first, { select: false, focus: false, expand: false })).catch(() => undefined);
    }),
    ...selections,
    vscode.commands.registerCommand(commandIds.previewSelectedPost, (node?: ExplorerNode) => {
      const post = node?.kind === 'post' ? node : selectedPost;
      return vscode.commands.executeCommand(commandIds.openPreviewToSide, post);
    }),
    categories, tags, taxonomies, drafts, categoriesView, tagsView, taxonomiesView, draftsView, filter,
    filter.onDidChange(() => {
      shown = filter.active();
      onFilterChange();
    }),
    vscode.commands.registerCommand(commandIds.filterByLanguage, (arg?: unknown) => filter.pick(arg)),
    deps.registry.onDidChangeSites(updateContext),
    deps.registry.onDidChangeSite(updateContext),
    vscode.window.onDidChangeActiveTextEditor(revealActive),
    vscode.commands.registerCommand(commandIds.sortByCount, () => setOrder('count')),
    vscode.commands.registerCommand(commandIds.sortByName, () => setOrder('name')),
    vscode.commands.registerCommand(commandIds.refreshExplorer, () => deps.registry.reload()),
    vscode.commands.registerCommand(commandIds.revealPostInExplorer, (node?: ExplorerNode) => {
      if (node?.kind === 'post') {
        const site = deps.registry.list().find((s) => s.root === node.root);
        if (site !== undefined) void vscode.commands.executeCommand('revealInExplorer', siteUri(site, node.path));
      }
    }),
  );
  const messages = (): { categories: string | undefined; tags: string | undefined } => ({ categories: categories.message(), tags: tags.message() });
  const languageState = (): { active: string | undefined; descriptions: string[] } => ({ active: filter.active(), descriptions: views.map((v) => v.description ?? '') });
  return { trees: { categories, tags, taxonomies, drafts, messages, language: languageState, visible: () => categoriesView.visible }, disposable };
}
