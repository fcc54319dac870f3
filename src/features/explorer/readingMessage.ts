import * as vscode from 'vscode';

/** What the Categories and Tags views say while sites are read: how many of their posts are in so far. */
export function readingMessage(progress: { readonly done: number; readonly total: number } | undefined): string | undefined {
  if (progress === undefined) return undefined;
  return progress.total === 0
    ? vscode.l10n.t('Reading the posts…')
    : vscode.l10n.t('Reading the posts: {0} of {1}…', progress.done.toLocaleString(vscode.env.language), progress.total.toLocaleString(vscode.env.language));
}
