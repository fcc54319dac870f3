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
 * A quick pick of names with their counts. With `many` it behaves as VS Code's own pick-many lists: Space or a click
 * ticks, Enter accepts the ticked names (in the order they were ticked). A name typed that the site does not have yet
 * is offered as "Add 'name'": ticking it adds it to the list, and Enter with it typed accepts it with the ticked ones.
 * Undefined when cancelled.
 */
export function pickNames(options: PickNamesOptions): Promise<string[] | undefined> {
  const qp = vscode.window.createQuickPick<NameItem>();
  qp.title = options.title;
  qp.placeholder = options.placeholder;
  qp.canSelectMany = options.many;
  qp.matchOnDescription = false;
  const existing: NameItem[] = options.names.map((n) => ({ label: n.name, description: String(n.count), name: n.name, isNew: false }));
  const added: NameItem[] = [];
  // When each name was first ticked. Never forgotten on an untick: VS Code reports a selection again, in the list's
  // order and sometimes empty for a moment, whenever the items change, so only the first tick tells the order.
  const tickOrder = new Map<string, number>();
  const noteTicks = (names: readonly string[]): void => {
    for (const name of names) if (!tickOrder.has(name)) tickOrder.set(name, tickOrder.size);
  };
  noteTicks(existing.filter((i) => options.selected?.includes(i.name)).map((i) => i.name));
  const ticked = (): string[] => qp.selectedItems.filter((i) => !i.isNew).map((i) => i.name)
    .sort((a, b) => (tickOrder.get(a) ?? Infinity) - (tickOrder.get(b) ?? Infinity));
  const offerFor = (typed: string): NameItem | undefined =>
    options.allowNew && typed !== '' && ![...added, ...existing].some((i) => i.name === typed)
      ? { label: `$(add) ${vscode.l10n.t("Add '{0}'", typed)}`, name: typed, isNew: true, alwaysShow: true }
      : undefined;
  const refresh = (): void => {
    const offer = offerFor(qp.value.trim());
    const selected = qp.selectedItems;
    qp.items = [...(offer === undefined ? [] : [offer]), ...added, ...existing];
    qp.selectedItems = selected;
  };
  qp.items = [...existing];
  qp.selectedItems = existing.filter((i) => tickOrder.has(i.name));
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
    qp.onDidChangeSelection((selection) => {
      if (!options.many) {
        return;
      }
      const offer = selection.find((i) => i.isNew);
      if (offer !== undefined) {
        // "Add 'name'" ticked: the name joins the list, ticked, and the filter clears for the next one.
        const item: NameItem = { label: offer.name, description: vscode.l10n.t('new'), name: offer.name, isNew: false };
        added.unshift(item);
        qp.value = '';
        qp.items = [...added, ...existing];
        qp.selectedItems = [...selection.filter((i) => !i.isNew), item];
      }
      noteTicks(selection.map((i) => i.name));
    });
    qp.onDidAccept(() => {
      const typed = qp.value.trim();
      if (options.many) {
        // Enter accepts what is ticked; a whole name typed (one of the site's or a new one) goes with it.
        const typedName = qp.items.find((i) => !i.isNew && i.name === typed)?.name ?? offerFor(typed)?.name;
        const names = ticked();
        finish(typedName === undefined || names.includes(typedName) ? names : [...names, typedName]);
        return;
      }
      // The name typed exactly; else the highlighted row if the filter still shows it; else a new name; else the
      // first name that matches.
      const matches = (i: NameItem): boolean => typed !== '' && i.name.toLowerCase().includes(typed.toLowerCase());
      const highlighted = qp.activeItems[0];
      const active = qp.items.find((i) => i.name === typed)
        ?? (highlighted !== undefined && (typed === '' || matches(highlighted) || highlighted.isNew) ? highlighted : undefined)
        ?? qp.items.find((i) => i.isNew) ?? qp.items.find(matches);
      finish(active === undefined ? undefined : [active.name]);
    });
    qp.show();
  });
}
