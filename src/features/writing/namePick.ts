import * as vscode from 'vscode';
import { namesIn, pluralOf } from '../../core/taxonomyGroups';
import type { TaxonomyKind } from '../../core/edits/listEdits';
import type { Site } from '../sites/site';

export interface NameCount {
  readonly name: string;
  readonly count: number;
}

/** Every name the site's posts and drafts carry, with how many files carry it, most used first. */
export function siteNames(site: Site, taxonomy: TaxonomyKind): NameCount[] {
  return siteKeyNames(site, pluralOf(taxonomy));
}

/** {@link siteNames} of any taxonomy, by its key (`series`). */
export function siteKeyNames(site: Site, key: string): NameCount[] {
  const counts = new Map<string, number>();
  for (const post of site.model.snapshot().posts) {
    if (post.status === 'notPost' || post.status === 'invalid') {
      continue;
    }
    for (const name of new Set(namesIn(post, key))) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

interface NameItem extends vscode.QuickPickItem {
  readonly name: string;
  readonly isNew: boolean;
}

export interface PickNamesOptions {
  readonly title: string;
  readonly placeholder: string;
  readonly names: readonly NameCount[];
  readonly many: boolean;
  /** Offer an "Add 'typed text'" item for a name the site does not have yet. */
  readonly allowNew: boolean;
  readonly selected?: readonly string[];
}

/**
 * A quick pick of names with their counts. With `many`, Enter on a typed filter ticks the highlighted name (or adds
 * the typed one) and clears the filter; Enter on an empty filter accepts. Undefined when cancelled.
 */
export function pickNames(options: PickNamesOptions): Promise<string[] | undefined> {
  const qp = vscode.window.createQuickPick<NameItem>();
  qp.title = options.title;
  qp.placeholder = options.placeholder;
  qp.canSelectMany = options.many;
  qp.matchOnDescription = false;
  const existing: NameItem[] = options.names.map((n) => ({ label: n.name, description: String(n.count), name: n.name, isNew: false }));
  const added: NameItem[] = [];
  const refresh = (): void => {
    const typed = qp.value.trim();
    const known = [...added, ...existing].some((i) => i.name === typed);
    const offer: NameItem[] = options.allowNew && typed !== '' && !known
      ? [{ label: `$(add) ${vscode.l10n.t("Add '{0}'", typed)}`, name: typed, isNew: true, alwaysShow: true }]
      : [];
    const selected = qp.selectedItems;
    qp.items = [...offer, ...added, ...existing];
    qp.selectedItems = selected;
  };
  qp.items = [...existing];
  qp.selectedItems = existing.filter((i) => options.selected?.includes(i.name));
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string[] | undefined): void => {
      if (!done) {
        done = true;
        resolve(value);
        qp.dispose();
      }
    };
    qp.onDidChangeValue(refresh);
    qp.onDidHide(() => finish(undefined));
    qp.onDidAccept(() => {
      const typed = qp.value.trim();
      // The name typed exactly; else the highlighted row if the filter still shows it (a multi-select pick may keep a
      // row highlighted that the typed text no longer matches, such as one under the mouse); else a new name; else
      // the first name that matches.
      const matches = (i: NameItem): boolean => typed !== '' && i.name.toLowerCase().includes(typed.toLowerCase());
      const highlighted = qp.activeItems[0];
      const active = qp.items.find((i) => i.name === typed)
        ?? (highlighted !== undefined && (typed === '' || matches(highlighted) || highlighted.isNew) ? highlighted : undefined)
        ?? qp.items.find((i) => i.isNew) ?? qp.items.find(matches);
      if (!options.many) {
        finish(active === undefined ? undefined : [active.name]);
        return;
      }
      if (typed !== '' && active !== undefined) {
        let item = active;
        if (active.isNew) {
          item = { label: active.name, description: vscode.l10n.t('new'), name: active.name, isNew: false };
          added.unshift(item);
        }
        const selected = qp.selectedItems.includes(item) ? qp.selectedItems : [...qp.selectedItems, item];
        qp.value = '';
        qp.items = [...added, ...existing];
        qp.selectedItems = selected;
        return;
      }
      finish(qp.selectedItems.map((i) => i.name));
    });
    qp.show();
  });
}
