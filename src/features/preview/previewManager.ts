import * as vscode from 'vscode';
import type { PreviewState } from '../../core/previewProtocol';
import { previewViewType } from './previewHtml';
import { PreviewPanel } from './previewPanel';
import type { PreviewPanelDeps, PreviewSettings } from './previewPanel';
import type { SiteContexts } from './siteContexts';
import { isMarkdownPost } from './markdownPost';

export type PreviewMode = 'single' | 'perPost';

export interface PreviewManagerDeps {
  readonly sites: SiteContexts;
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
}

const SECTION = 'postcraft.preview';

function readSettings(): PreviewSettings & { readonly mode: PreviewMode } {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    mode: c.get<string>('mode') === 'perPost' ? 'perPost' : 'single',
    showCard: c.get<boolean>('showFrontMatterCard', true),
    scrollSync: c.get<boolean>('scrollSync', true),
    userStylesheet: c.get<string>('userStylesheet', ''),
  };
}

function isPost(document: vscode.TextDocument): boolean {
  return isMarkdownPost(document) && document.uri.scheme !== 'output';
}

/**
 * Keeps the preview panels: in `single` mode one panel that follows the active post unless locked (locked
 * panels stay as they are), in `perPost` mode one locked panel per post. Routes edits, editor switches and
 * scrolling to the panels that care.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly panelDeps: PreviewPanelDeps;

  constructor(deps: PreviewManagerDeps) {
    this.panelDeps = { ...deps, settings: readSettings };
    // A file a post pulls in with include_relative can be anywhere in the site.
    const files = vscode.workspace.createFileSystemWatcher('**/*');
    const fileChanged = (uri: vscode.Uri): void => {
      for (const panel of this.panels) if (panel.dependsOn(uri)) panel.refresh();
    };
    this.disposables.push(
      files,
      files.onDidChange(fileChanged),
      files.onDidCreate(fileChanged),
      files.onDidDelete(fileChanged),
      vscode.workspace.onDidSaveTextDocument((document) => fileChanged(document.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.forDocument(e.document.uri, (p) => p.refresh())),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor === undefined || !isPost(editor.document)) return;
        for (const panel of this.panels) if (!panel.isLocked) panel.showDocument(editor.document.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const top = e.visibleRanges[0]?.start.line;
        if (top !== undefined) this.forDocument(e.textEditor.document.uri, (p) => p.editorScrolled(top));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) for (const panel of this.panels) panel.refresh(true);
      }),
      deps.sites.onDidChange(() => {
        for (const panel of this.panels) panel.refresh(true);
      }),
    );
  }

  /** Opens (or reveals) the preview of `uri`. */
  open(uri: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): void {
    const mode = readSettings().mode;
    const same = [...this.panels].find((p) => p.documentUri.toString() === uri.toString() && (mode === 'perPost' || p.isLocked));
    const target = same ?? (mode === 'single' ? [...this.panels].find((p) => !p.isLocked) : undefined);
    if (target !== undefined) {
      target.showDocument(uri);
      target.panel.reveal(target.panel.viewColumn ?? column, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(previewViewType, vscode.l10n.t('Preview {0}', uri.path.slice(uri.path.lastIndexOf('/') + 1)), { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.panelDeps.extensionUri, 'media')],
    });
    this.add(new PreviewPanel(panel, uri, mode === 'perPost', this.panelDeps));
  }

  /** Brings back a panel VS Code restored after a reload. */
  revive(panel: vscode.WebviewPanel, state: PreviewState): void {
    this.add(new PreviewPanel(panel, vscode.Uri.parse(state.documentUri, true), state.locked, this.panelDeps, state.line));
  }

  /** Locks or unlocks the active preview panel (or the only one, when the focus is elsewhere). */
  toggleLock(): void {
    const all = [...this.panels];
    const active = all.find((p) => p.panel.active) ?? (all.length === 1 ? all[0] : undefined);
    if (active === undefined) return;
    active.setLocked(!active.isLocked);
    if (!active.isLocked) {
      const editor = vscode.window.activeTextEditor;
      if (editor !== undefined && isPost(editor.document)) active.showDocument(editor.document.uri);
    }
  }

  private add(panel: PreviewPanel): void {
    this.panels.add(panel);
    panel.onDidDispose(() => this.panels.delete(panel));
  }

  private forDocument(uri: vscode.Uri, action: (panel: PreviewPanel) => void): void {
    const key = uri.toString();
    for (const panel of this.panels) if (panel.documentUri.toString() === key) action(panel);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    for (const panel of [...this.panels]) panel.dispose();
  }
}
