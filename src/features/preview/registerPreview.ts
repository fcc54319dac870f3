import * as vscode from 'vscode';
import { isPreviewState } from '../../core/previewProtocol';
import type { PostLookup } from '../../core/render/renderTypes';
import { commandIds } from '../commands/commandIds';
import { previewViewType } from './previewHtml';
import { PreviewManager } from './previewManager';
import { SiteContexts, type SiteContextsDeps } from './siteContexts';
import { isMarkdownPost } from './markdownPost';

export interface PreviewDeps {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** The site model's lookup for a site root. */
  readonly posts: (siteRoot: vscode.Uri) => PostLookup | undefined;
  /** Fires when a site's posts change. */
  readonly onDidChangePosts: vscode.Event<unknown>;
  /** The registry's site of a document. */
  readonly siteOf: SiteContextsDeps['siteOf'];
  /** Fires when sites were found again or one was read again. */
  readonly onDidChangeSites: vscode.Event<unknown>;
  /** See SiteContextsDeps.readFileInSite: the desktop's reader of `{% include_relative %}` files. */
  readonly readFileInSite?: SiteContextsDeps['readFileInSite'];
}

function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  // A post in the explorer tree: { root, path } (see features/explorer/nodes.ts).
  if (typeof arg === 'object' && arg !== null && 'root' in arg && 'path' in arg && typeof arg.root === 'string' && typeof arg.path === 'string') {
    return vscode.Uri.joinPath(vscode.Uri.file(arg.root), ...arg.path.split('/'));
  }
  const editor = vscode.window.activeTextEditor;
  return editor !== undefined && isMarkdownPost(editor.document) ? editor.document.uri : undefined;
}

/** The live preview: commands, the panel manager and the serializer that restores panels after a reload. */
export function registerPreview(deps: PreviewDeps): vscode.Disposable {
  const sites = new SiteContexts({ log: deps.log, posts: deps.posts, onDidChangePosts: deps.onDidChangePosts, siteOf: deps.siteOf, onDidChangeSites: deps.onDidChangeSites, ...(deps.readFileInSite === undefined ? {} : { readFileInSite: deps.readFileInSite }) });
  const manager = new PreviewManager({ sites, extensionUri: deps.extensionUri, log: deps.log });
  const open = (column: vscode.ViewColumn, preserveFocus: boolean) => (arg: unknown) => {
    const uri = targetOf(arg);
    if (uri === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown post to preview it.'));
      return;
    }
    manager.open(uri, column, preserveFocus);
  };
  return vscode.Disposable.from(
    sites,
    manager,
    vscode.commands.registerCommand(commandIds.openPreviewToSide, open(vscode.ViewColumn.Beside, true)),
    vscode.commands.registerCommand(commandIds.openPreview, open(vscode.ViewColumn.Active, false)),
    vscode.commands.registerCommand(commandIds.togglePreviewLock, () => manager.toggleLock()),
    vscode.window.registerWebviewPanelSerializer(previewViewType, {
      deserializeWebviewPanel: (panel, state: unknown) => {
        if (isPreviewState(state)) manager.revive(panel, state);
        else panel.dispose();
        return Promise.resolve();
      },
    }),
  );
}
