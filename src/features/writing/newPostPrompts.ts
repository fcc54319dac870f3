import * as vscode from 'vscode';
import { localReason } from './reasonL10n';
import { pickNames, siteNames } from './namePick';
import type { EditReason } from '../../core/edits/editReasons';
import type { Site } from '../sites/site';

/**
 * The questions every New Post / New Draft asks, whatever the generator: the title (checked as it is typed by the
 * generator's own rule, when it has one) and the names the post gets. Each returns undefined when the writer
 * cancels, or when a title given by a caller is refused (then said).
 */
export async function askTitle(heading: string, given: string | undefined, problemOf?: (title: string) => EditReason | undefined): Promise<string | undefined> {
  const localProblem = (value: string): string | undefined => {
    const problem = problemOf?.(value);
    if (problem === undefined) return undefined;
    const text = localReason(problem);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const title = given ?? (await vscode.window.showInputBox({ title: heading, prompt: vscode.l10n.t('Title of the post'), validateInput: localProblem, ignoreFocusOut: true }));
  if (title === undefined) return undefined;
  const problem = localProblem(title);
  if (problem !== undefined) {
    void vscode.window.showWarningMessage(problem);
    return undefined;
  }
  return title;
}

/** The categories or tags of the new post: the site's, to tick, or new ones typed (unless a caller gave them). */
export async function askNames(site: Site, heading: string, kind: 'category' | 'tag', given: readonly string[] | undefined): Promise<readonly string[] | undefined> {
  if (given !== undefined) return given;
  const placeholder = kind === 'category'
    ? vscode.l10n.t('Categories: type to filter or add; tick with Space or a click, Enter to go on')
    : vscode.l10n.t('Tags: type to filter or add; tick with Space or a click, Enter to finish');
  return pickNames({ title: heading, placeholder, names: siteNames(site, kind), many: true, allowNew: true });
}
