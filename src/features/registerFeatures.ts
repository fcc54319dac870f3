import * as vscode from 'vscode';
import { registerCopyPostUrl } from './commands/copyPostUrl';
import { registerShowLog } from './commands/showLog';
import { registerExplorer, type ExplorerTrees } from './explorer/registerExplorer';
import { PostLookups } from './sites/postLookups';
import { registerPreview, type PreviewDeps } from './preview/registerPreview';
import { registerEditing, type EditingDeps } from './editing/registerEditing';
import { registerWritingCommands } from './writing/registerWriting';
import type { SiteRegistry } from './sites/siteRegistry';

/** What both composition roots give the features: the site registry, and the pieces only one platform has. */
export interface FeatureDeps {
  readonly extensionUri: vscode.Uri;
  readonly workspaceState: vscode.Memento;
  readonly log: vscode.LogOutputChannel;
  readonly registry: SiteRegistry;
  /** The desktop reads `{% include_relative %}` files (following links only inside the site); the web does not. */
  readonly readFileInSite?: PreviewDeps['readFileInSite'];
  /** The desktop finds a gem theme's includes; the web cannot. */
  readonly findGemTheme?: EditingDeps['findGemTheme'];
}

export interface Features {
  readonly explorer: ExplorerTrees;
  readonly disposable: vscode.Disposable;
}

/** Every feature of Postcraft, registered alike by the desktop's root and the web's. */
export function registerFeatures(deps: FeatureDeps): Features {
  const { registry, log } = deps;
  const explorer = registerExplorer({ registry, workspaceState: deps.workspaceState });
  const postLookups = new PostLookups(registry);
  const disposable = vscode.Disposable.from(
    registerShowLog({ log }),
    explorer.disposable,
    registerCopyPostUrl({ registry }),
    postLookups,
    registerPreview({
      extensionUri: deps.extensionUri,
      log,
      posts: (root) => postLookups.forRoot(root),
      onDidChangePosts: registry.onDidChangeSite,
      siteOf: (document) => registry.siteFor(document),
      onDidChangeSites: registry.onDidChangeSites,
      ...(deps.readFileInSite === undefined ? {} : { readFileInSite: deps.readFileInSite }),
    }),
    registerEditing({ registry, ...(deps.findGemTheme === undefined ? {} : { findGemTheme: deps.findGemTheme }) }),
    registerWritingCommands({ registry }),
  );
  return { explorer: explorer.trees, disposable };
}
