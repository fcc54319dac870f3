import * as vscode from 'vscode';
import { configProblemMessage } from '../../core/configProblemMessages';
import { siteUri } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';

const severities = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

/**
 * The problems of each site's config files in Problems, at their lines: what a config file or a data file says
 * that its generator cannot read, and what only running a config written as code would tell (Postcraft never runs
 * one). Kept current as sites are read again.
 */
export class ConfigDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('postcraft-config');
  private readonly listener: vscode.Disposable;

  constructor(private readonly registry: SiteRegistry) {
    this.listener = registry.onDidChangeSites(() => this.refresh());
    this.refresh();
  }

  private refresh(): void {
    this.collection.clear();
    const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const site of this.registry.list()) {
      for (const problem of site.loaded.problems) {
        if (problem.file === undefined) continue;
        const uri = siteUri(site, problem.file);
        const template = configProblemMessage(problem.code);
        const message = template === undefined ? problem.message : vscode.l10n.t(template);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(problem.line, problem.column ?? 0, problem.line, Number.MAX_SAFE_INTEGER), message, severities[problem.severity]);
        diagnostic.source = 'Postcraft';
        diagnostic.code = problem.code;
        const entry = byFile.get(uri.toString()) ?? { uri, diagnostics: [] };
        entry.diagnostics.push(diagnostic);
        byFile.set(uri.toString(), entry);
      }
    }
    for (const { uri, diagnostics } of byFile.values()) this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.listener.dispose();
    this.collection.dispose();
  }
}
