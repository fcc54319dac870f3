import * as vscode from 'vscode';
import { lintPost } from '../../core/lint/lintPost';
import { currentTexts } from '../writing/documents';
import { siteUri } from '../sites/site';
import { toDiagnostic } from './diagnostics';
import type { EditingContext } from './editingContext';
import type { SiteRegistry } from '../sites/siteRegistry';
import type { SiteChange } from '../sites/site';

/** Posts read and linted between two progress reports (and two turns of the event loop). */
const BATCH = 100;

export interface SiteCheckSummary {
  readonly posts: number;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Check Whole Site: lints every post of every open site, as `postcraft check` does, and puts the findings of the
 * posts that are not open into Problems (open posts keep their live diagnostics). Once it has run, the posts that
 * change on disk are checked again, so Problems clears as they are fixed.
 */
export class SiteCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('postcraft-site');
  private readonly listeners: vscode.Disposable[];
  /** Whether the whole site was checked: from then on changes are followed. */
  private following = false;

  constructor(private readonly context: EditingContext, private readonly registry: SiteRegistry) {
    this.listeners = [
      this.collection,
      // An open post has the live diagnostics of PostDiagnostics; once closed, its file is what counts again.
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => void (this.following ? this.check([d.uri]) : undefined)),
      registry.onDidChangeSite((e) => this.followChange(e)),
    ];
  }

  /** Checks every post of every site, with progress in a notification that can cancel it. */
  async run(): Promise<SiteCheckSummary | undefined> {
    const uris = this.registry.list().flatMap((site) => site.model.snapshot().posts.map((p) => siteUri(site, p.path)));
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the whole site'), cancellable: true },
      async (progress, token) => {
        this.collection.clear();
        this.following = true;
        let errors = 0;
        let warnings = 0;
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
          const counts = await this.check(uris.slice(i, i + BATCH));
          errors += counts.errors;
          warnings += counts.warnings;
          progress.report({ message: vscode.l10n.t('{0} of {1} posts', Math.min(i + BATCH, uris.length), uris.length), increment: (100 * Math.min(BATCH, uris.length - i)) / uris.length });
        }
        return token.isCancellationRequested ? undefined : { posts: uris.length, errors, warnings };
      },
    );
  }

  /** Lints these files as they are now (an open buffer, else the disk) and files the findings of those not open. */
  private async check(uris: readonly vscode.Uri[]): Promise<{ errors: number; warnings: number }> {
    const texts = await currentTexts(this.registry, uris);
    let errors = 0;
    let warnings = 0;
    uris.forEach((uri, i) => {
      const current = texts[i];
      const post = this.context.postAt(uri);
      if (current === undefined || post === undefined) {
        this.collection.delete(uri);
        return;
      }
      const { findings } = lintPost({ path: post.path, text: current.text, ctx: post.ctx, site: this.context.lintSite(post.site), own: post.own });
      errors += findings.filter((f) => f.severity === 'error').length;
      warnings += findings.filter((f) => f.severity === 'warning').length;
      if (current.document === undefined) this.collection.set(uri, findings.map(toDiagnostic));
      else this.collection.delete(uri);
    });
    return { errors, warnings };
  }

  private followChange(e: SiteChange): void {
    if (!this.following) return;
    if (e.kind === 'reset') {
      void this.check(e.site.model.snapshot().posts.map((p) => siteUri(e.site, p.path)));
      return;
    }
    for (const rel of e.change.removed) this.collection.delete(siteUri(e.site, rel));
    const touched = [...e.change.added, ...e.change.changed].map((rel) => siteUri(e.site, rel));
    if (touched.length > 0) void this.check(touched);
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
  }
}

/** The command: runs the check and says what it found, with a way to the Problems panel. */
export async function checkWholeSite(check: SiteCheck): Promise<SiteCheckSummary | undefined> {
  const summary = await check.run();
  if (summary === undefined) return undefined;
  const message = vscode.l10n.t('Checked {0} posts: {1} errors, {2} warnings.', summary.posts, summary.errors, summary.warnings);
  const show = vscode.l10n.t('Show Problems');
  void vscode.window.showInformationMessage(message, show).then((picked) => {
    if (picked === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}
