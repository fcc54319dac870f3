import * as vscode from 'vscode';
import type { CardLabels } from '../../core/render/renderTypes';

/** The front-matter card's words in the UI language; `configFile` is the site's config file that holds `defaults:`. */
export function cardLabels(configFile: string): CardLabels {
  return {
    draft: vscode.l10n.t('Draft'),
    unpublished: vscode.l10n.t('Unpublished'),
    future: vscode.l10n.t('Scheduled (future date)'),
    expired: vscode.l10n.t('Expired (past its expiry date)'),
    inherited: vscode.l10n.t('Inherited from defaults in {0}', configFile),
    readingTime: vscode.l10n.t('{0} min read'),
    lessThanAMinute: vscode.l10n.t('less than 1 minute read'),
    fromDefaults: vscode.l10n.t('From defaults: {0}'),
    untitled: vscode.l10n.t('Untitled'),
  };
}
