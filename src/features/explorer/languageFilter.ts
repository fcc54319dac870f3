import * as vscode from 'vscode';
import { activeLanguage, filterLanguages } from '../../core/languageFilter';
import type { SiteLanguage } from '../../core/generators/generator';
import type { SiteRegistry } from '../sites/siteRegistry';

const filterKey = 'postcraft.explorer.language';

export interface LanguageFilterDeps {
  readonly registry: SiteRegistry;
  readonly workspaceState: vscode.Memento;
}

/**
 * The explorer's language filter, remembered per workspace: one language of the open multilingual sites, or all.
 * A remembered language no open site has filters nothing, and is kept for when such a site is open again.
 */
export class LanguageFilter implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private remembered: string | undefined;

  constructor(private readonly deps: LanguageFilterDeps) {
    const stored = deps.workspaceState.get<unknown>(filterKey);
    this.remembered = typeof stored === 'string' && stored !== '' ? stored : undefined;
  }

  /** The languages of every open site, each once. */
  languages(): SiteLanguage[] {
    return filterLanguages(this.deps.registry.list().map((s) => s.model.snapshot().languages));
  }

  /** The language the trees show now, undefined for all. */
  active(): string | undefined {
    return activeLanguage(this.remembered, this.languages());
  }

  /** What the views say of the filter in their description, or undefined when they show every language. */
  description(): string | undefined {
    const lang = this.active();
    return lang === undefined ? undefined : vscode.l10n.t('Language: {0}', lang);
  }

  async set(lang: string | undefined): Promise<void> {
    this.remembered = lang === '' ? undefined : lang;
    await this.deps.workspaceState.update(filterKey, this.remembered);
    this.emitter.fire();
  }

  /** Asks for a language (or all of them) with a quick pick; an argument (a code, '' for all) skips the question. */
  async pick(arg?: unknown): Promise<void> {
    if (typeof arg === 'string') {
      await this.set(arg);
      return;
    }
    const active = this.active();
    type Item = vscode.QuickPickItem & { readonly code: string | undefined };
    const all: Item = { label: vscode.l10n.t('All languages'), code: undefined };
    const items: Item[] = [all, ...this.languages().map((l) => ({ label: l.code, description: l.name, code: l.code }))];
    const current = items.find((i) => i.code === active) ?? all;
    const chosen = await vscode.window.showQuickPick(
      items.map((i) => (i === current ? { ...i, detail: vscode.l10n.t('Shown now') } : i)),
      { placeHolder: vscode.l10n.t('Show the posts of one language in every Postcraft view') },
    );
    if (chosen !== undefined) {
      await this.set(chosen.code);
    }
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
