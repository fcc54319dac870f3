import * as vscode from 'vscode';
import { EditingContext } from './editingContext';
import { PostDiagnostics } from './diagnostics';
import { LintQuickFixes } from './quickFixes';
import { FrontMatterCompletion } from './completion';
import { FrontMatterHover } from './hover';
import { registerReadingStatus } from './statusBar';
import { SiteCheck, checkWholeSite } from './siteCheck';
import { ConfigDiagnostics } from './configDiagnostics';
import { commandIds } from '../commands/commandIds';
import type { SiteRegistry } from '../sites/siteRegistry';

export interface EditingDeps {
  readonly registry: SiteRegistry;
  readonly now?: () => number;
}

/** Markdown and HTML posts, and MDX posts, whose language is `mdx` only when an extension adds it. */
const selector: vscode.DocumentSelector = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'html' },
  { scheme: 'file', language: 'mdx' },
  { scheme: 'file', pattern: '**/*.mdx' },
];

/** Front-matter intelligence for open posts (diagnostics, quick fixes, completion, hovers, the reading time) and the whole-site check. */
export function registerEditing(deps: EditingDeps): vscode.Disposable {
  const context = new EditingContext(deps.registry, deps.now ?? Date.now);
  const diagnostics = new PostDiagnostics(context);
  const siteCheck = new SiteCheck(context, deps.registry);
  return vscode.Disposable.from(
    context,
    diagnostics,
    siteCheck,
    new ConfigDiagnostics(deps.registry),
    vscode.commands.registerCommand(commandIds.checkSite, () => checkWholeSite(siteCheck)),
    vscode.languages.registerCodeActionsProvider(selector, new LintQuickFixes(diagnostics), { providedCodeActionKinds: LintQuickFixes.kinds }),
    vscode.languages.registerCompletionItemProvider(selector, new FrontMatterCompletion(context), ':', ' ', '[', ',', '-', '/'),
    vscode.languages.registerHoverProvider(selector, new FrontMatterHover(context, diagnostics)),
    registerReadingStatus(context, diagnostics),
  );
}
