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
import type { GemThemeFinder } from '../../platform/siteFileList';

export interface EditingDeps {
  readonly registry: SiteRegistry;
  readonly now?: () => number;
  /** Where a site's gem theme is installed (the desktop's gems); none on the web. */
  readonly findGemTheme?: GemThemeFinder;
}

/**
 * Markdown and HTML posts, and MDX posts, whose language is `mdx` only when an extension adds it; on any file
 * system a site is read from (a local disk, github.dev's): each feature asks the registry whether it is a post.
 */
const selector: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'html' },
  { language: 'mdx' },
  { pattern: '**/*.mdx' },
];

/** Front-matter intelligence for open posts (diagnostics, quick fixes, completion, hovers, the reading time) and the whole-site check. */
export function registerEditing(deps: EditingDeps): vscode.Disposable {
  const context = new EditingContext(deps.registry, deps.now ?? Date.now, deps.findGemTheme);
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
