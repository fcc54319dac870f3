import * as vscode from 'vscode';
import { lintPost, type LintResult } from '../../core/lint/lintPost';
import { findingMessage, toRange } from './lintL10n';
import type { EditingContext } from './editingContext';
import type { LintFinding } from '../../core/lint/lintTypes';

const DEBOUNCE_MS = 200;
/** A site change comes in bursts (a refactor saving thousands of posts): re-lint once it has settled… */
const SITE_DEBOUNCE_MS = 300;
/** …or this long after its first change, however long the burst goes on. */
const SITE_MAX_WAIT_MS = 2000;
/** Documents linted between two turns of the event loop when every open document is linted again. */
const SLICE = 50;
const severities = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

/** The latest lint of an open post, kept for the quick fixes and the status bar. */
export interface LintedDocument {
  readonly version: number;
  /** The count of site changes when it was linted: a later one makes the result stale. */
  readonly generation: number;
  readonly result: LintResult;
}

/**
 * Keeps the `postcraft` diagnostics of open posts current: on open, on change (debounced), on close, and when
 * a site changes (its names, layouts or configuration).
 */
export class PostDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('postcraft');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The pending re-lint of every open document after a site change, and when the first change came. */
  private pass: NodeJS.Timeout | undefined;
  private passSince: number | undefined;
  /** The running re-lint of the documents not shown. */
  private slices: NodeJS.Immediate | undefined;
  private generation = 0;
  private readonly results = new Map<string, LintedDocument>();
  private readonly listeners: vscode.Disposable[];
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** A document was linted again. */
  readonly onDidLint = this.emitter.event;

  constructor(private readonly context: EditingContext) {
    this.listeners = [
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      context.onDidChange(() => this.lintAllSoon()),
    ];
    this.lintAll();
  }

  /** The lint of a document at its current version, computing it if needed. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const cached = this.results.get(document.uri.toString());
    if (cached?.version === document.version && cached.generation === this.generation) return cached.result;
    return this.lintNow(document);
  }

  private lintAllSoon(): void {
    this.generation++;
    const now = Date.now();
    this.passSince ??= now;
    clearTimeout(this.pass);
    this.pass = setTimeout(() => this.lintAll(), Math.max(0, Math.min(SITE_DEBOUNCE_MS, this.passSince + SITE_MAX_WAIT_MS - now)));
  }

  /**
   * Lints every open document again: those shown in an editor at once, the others (a refactor may have opened
   * thousands without showing them) a slice at a time, so that typing is never kept waiting.
   */
  private lintAll(): void {
    this.pass = undefined;
    this.passSince = undefined;
    if (this.slices !== undefined) clearImmediate(this.slices);
    const shown = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    for (const d of shown) this.lintNow(d);
    this.lintSlices(vscode.workspace.textDocuments.filter((d) => !shown.has(d)), 0);
  }

  private lintSlices(documents: readonly vscode.TextDocument[], from: number): void {
    const end = Math.min(from + SLICE, documents.length);
    for (let i = from; i < end; i++) {
      const d = documents[i];
      if (d !== undefined) this.lintNow(d);
    }
    this.slices = end < documents.length ? setImmediate(() => this.lintSlices(documents, end)) : undefined;
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.lintNow(document);
    }, DEBOUNCE_MS));
  }

  private lintNow(document: vscode.TextDocument): LintResult | undefined {
    if (document.isClosed) return undefined;
    const post = this.context.postFor(document);
    if (post === undefined) {
      this.forget(document.uri);
      return undefined;
    }
    const result = lintPost({ path: post.path, text: document.getText(), ctx: post.ctx, site: this.context.lintSite(post.site), own: post.own });
    this.results.set(document.uri.toString(), { version: document.version, generation: this.generation, result });
    this.collection.set(document.uri, result.findings.map(toDiagnostic));
    this.emitter.fire(document);
    return result;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.pass);
    if (this.slices !== undefined) clearImmediate(this.slices);
    for (const l of this.listeners) l.dispose();
  }
}

/** The diagnostic of a finding. */
export function toDiagnostic(f: LintFinding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), findingMessage(f), severities[f.severity]);
  d.source = 'Postcraft';
  d.code = f.code;
  return d;
}
