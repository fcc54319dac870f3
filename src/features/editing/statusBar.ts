import * as vscode from 'vscode';
import { readingStats, type ReadingStats } from '../../core/lint/readingStats';
import { commandIds } from '../commands/commandIds';
import type { EditingContext } from './editingContext';
import type { PostDiagnostics } from './diagnostics';

/** Word count and reading time of the active post in the status bar; clicking shows the details. */
export function registerReadingStatus(context: EditingContext, diagnostics: PostDiagnostics): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('postcraft.readingTime', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Postcraft: Reading Time');
  item.command = commandIds.showReadingStats;
  let current: ReadingStats | undefined;

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    const post = document === undefined ? undefined : context.postFor(document);
    if (document === undefined || post === undefined) {
      current = undefined;
      item.hide();
      return;
    }
    current = readingStats(document.getText(), post.ctx.config.wordsPerMinute);
    const words = current.words === 1 ? vscode.l10n.t('1 word · {0} min', current.minutes) : vscode.l10n.t('{0} words · {1} min', current.words, current.minutes);
    item.text = `$(book) ${words}`;
    item.tooltip = vscode.l10n.t('Words and reading time of this post (click for details)');
    item.show();
  };

  const show = (): ReadingStats | undefined => {
    update();
    if (current === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a post of a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site to see its reading time.'));
      return undefined;
    }
    const s = current;
    const picks: vscode.QuickPickItem[] = [
      { label: vscode.l10n.t('Reading time: {0} min', s.minutes), description: vscode.l10n.t('words ÷ words_per_minute + CJK characters ÷ 500') },
      { label: vscode.l10n.t('Words: {0}', s.words), description: vscode.l10n.t('separated by spaces, Korean included') },
      { label: vscode.l10n.t('CJK characters: {0}', s.cjkChars), description: vscode.l10n.t('Chinese characters and kana, counted one by one') },
      { label: vscode.l10n.t('Characters: {0} ({1} without spaces)', s.characters, s.charactersNoSpaces) },
    ];
    void vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Reading statistics') });
    return s;
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    diagnostics.onDidLint((d) => {
      if (d === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.commands.registerCommand(commandIds.showReadingStats, show),
  );
}
