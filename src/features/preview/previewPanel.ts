import * as vscode from 'vscode';
import { isWebviewMessage } from '../../core/previewProtocol';
import type { HostMessage, UpdateMessage, WebviewMessage } from '../../core/previewProtocol';
import { escapeHtml } from '../../core/render/escape';
import { openPreviewLink } from './openPreviewLink';
import { cardLabels } from './previewLabels';
import { previewShell } from './previewHtml';
import type { SiteContext, SiteContexts } from './siteContexts';

/** Updates while typing are at most this often (ms); the first render is immediate. */
export const RENDER_THROTTLE_MS = 50;
const SCROLL_ECHO_MS = 300;

export interface PreviewSettings {
  readonly showCard: boolean;
  readonly scrollSync: boolean;
  /** A stylesheet path relative to the site; used only in a trusted workspace. */
  readonly userStylesheet: string;
}

export interface PreviewPanelDeps {
  readonly sites: SiteContexts;
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly settings: () => PreviewSettings;
}

/** One preview panel: renders its document into the webview and talks to it. */
export class PreviewPanel implements vscode.Disposable {
  private version = 0;
  private lastUpdate: UpdateMessage | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRenderAt = 0;
  private site: SiteContext | undefined;
  private pageUrl: string | undefined;
  private title = '';
  private shellKey = '';
  private editorScrollIgnoredUntil = 0;
  /** Files `{% include_relative %}` read in the last render (URI strings). */
  private dependencies = new Set<string>();
  private isDisposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.Uri,
    private locked: boolean,
    private readonly deps: PreviewPanelDeps,
    private initialLine?: number,
  ) {
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'postcraft.svg');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        if (isWebviewMessage(raw)) void this.onMessage(raw);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.refresh(true);
  }

  get documentUri(): vscode.Uri {
    return this.document;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.updateTitle();
    this.post({ type: 'settings', locked, scrollSync: this.deps.settings().scrollSync });
  }

  /** Shows another document (a following preview, or the restore of a panel). */
  showDocument(uri: vscode.Uri): void {
    if (uri.toString() === this.document.toString()) return;
    this.document = uri;
    this.initialLine = 0;
    this.refresh(true);
  }

  /** Renders again: now, or throttled while the writer types. */
  refresh(immediate = false): void {
    if (immediate) {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      void this.render();
      return;
    }
    if (this.timer !== undefined) return;
    const wait = Math.max(0, RENDER_THROTTLE_MS - (Date.now() - this.lastRenderAt));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, wait);
  }

  /** Whether the last render read this file (through `{% include_relative %}`), so a change to it shows. */
  dependsOn(uri: vscode.Uri): boolean {
    return this.dependencies.has(uri.toString());
  }

  /** The editor showing the document scrolled: follow it, unless the preview itself caused the scroll. */
  editorScrolled(line: number): void {
    if (!this.deps.settings().scrollSync || Date.now() < this.editorScrollIgnoredUntil) return;
    this.post({ type: 'scrollToLine', line });
  }

  private async render(): Promise<void> {
    const version = ++this.version;
    this.lastRenderAt = Date.now();
    const uri = this.document;
    try {
      const [site, text, mtime] = await Promise.all([this.deps.sites.forDocument(uri), this.textOf(uri), this.mtimeOf(uri)]);
      if (version !== this.version || this.isDisposed) return;
      this.useSite(site);
      const rootPath = site.root.path.endsWith('/') ? site.root.path : `${site.root.path}/`;
      const sitePath = uri.path.startsWith(rootPath) ? uri.path.slice(rootPath.length) : uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const settings = this.deps.settings();
      const result = site.renderer.render({
        text,
        sitePath,
        nowMs: Date.now(),
        resourceRoot: this.panel.webview.asWebviewUri(site.root).toString().replace(/\/+$/, ''),
        showCard: settings.showCard,
        labels: cardLabels(site.configFile),
        fallbackDateMs: mtime,
      });
      this.pageUrl = result.facts.url;
      this.dependencies = new Set(result.relativeFiles.map((p) => vscode.Uri.joinPath(site.root, ...p.split('/')).toString()));
      this.title = result.title;
      this.send(version, result.html);
    } catch (error) {
      this.deps.log.error(`preview of ${uri.toString()} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (version === this.version) this.send(version, `<p class="pc-problem">${escapeHtml(vscode.l10n.t('The preview could not be rendered: {0}', String(error)))}</p>`);
    }
  }

  private send(version: number, html: string): void {
    if (this.isDisposed) return;
    const line = this.initialLine;
    this.initialLine = undefined;
    this.lastUpdate = { type: 'update', version, html, documentUri: this.document.toString(), ...(line === undefined ? {} : { line }) };
    this.updateTitle();
    this.post(this.lastUpdate);
  }

  /** Points the webview at the site (resource roots, stylesheet); rewrites the page only when they change. */
  private useSite(site: SiteContext): void {
    this.site = site;
    const settings = this.deps.settings();
    const stylesheet = vscode.workspace.isTrusted && settings.userStylesheet.trim() !== '' ? vscode.Uri.joinPath(site.root, settings.userStylesheet.trim()) : undefined;
    const key = `${site.root.toString()}|${stylesheet?.toString() ?? ''}`;
    if (key === this.shellKey) return;
    this.shellKey = key;
    this.panel.webview.options = {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [site.root, vscode.Uri.joinPath(this.deps.extensionUri, 'media')],
    };
    this.panel.webview.html = previewShell({ webview: this.panel.webview, extensionUri: this.deps.extensionUri, userStylesheet: stylesheet });
  }

  private updateTitle(): void {
    const name = this.title !== '' ? this.title : this.document.path.slice(this.document.path.lastIndexOf('/') + 1);
    this.panel.title = this.locked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'settings', locked: this.locked, scrollSync: this.deps.settings().scrollSync });
        if (this.lastUpdate !== undefined) this.post(this.lastUpdate);
        return;
      case 'rendered':
        return;
      case 'revealLine': {
        if (!this.deps.settings().scrollSync) return;
        const line = Math.floor(message.line);
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() !== this.document.toString()) continue;
          this.editorScrollIgnoredUntil = Date.now() + SCROLL_ECHO_MS;
          editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        }
        return;
      }
      case 'openLine': {
        const position = new vscode.Position(Math.floor(message.line), 0);
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.toString());
        await vscode.window.showTextDocument(this.document, {
          viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Range(position, position),
        });
        return;
      }
      case 'openLink':
        if (this.site !== undefined) {
          const rootPath = this.site.root.path.endsWith('/') ? this.site.root.path : `${this.site.root.path}/`;
          await openPreviewLink(message.href, this.site, this.document.path.slice(rootPath.length), this.pageUrl);
        }
        return;
      default: {
        const unexpected: never = message;
        this.deps.log.warn(`unexpected preview message ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private post(message: HostMessage): void {
    if (this.isDisposed) return;
    void this.panel.webview.postMessage(message);
  }

  private async textOf(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open !== undefined) return open.getText();
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }

  private async mtimeOf(uri: vscode.Uri): Promise<number> {
    try {
      return (await vscode.workspace.fs.stat(uri)).mtime;
    } catch {
      return Date.now();
    }
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.disposed.fire();
    this.disposed.dispose();
    this.panel.dispose();
  }
}
