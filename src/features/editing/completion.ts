import * as vscode from 'vscode';
import { frontMatterNow, type CursorPlace } from '../../core/lint/frontMatterCursor';
import { cursorPlaceAny } from '../../core/lint/frontMatterTomlCursor';
import { FRONT_MATTER_KEYS, keyInfo, keysUnder, siteKeys, type FrontMatterKey } from '../../core/lint/frontMatterKeys';
import { ruleKeyInfo } from '../../core/lint/ruleHover';
import { yamlScalar } from '../../core/lint/lintNames';
import type { EditingContext, PostDocument } from './editingContext';
import { configFileName } from '../sites/site';
import { generatorName } from '../../core/generators/generatorNames';

type Syntax = 'yaml' | 'toml';

function korean(): boolean {
  return vscode.env.language.toLowerCase().startsWith('ko');
}

/** The table's description of a key in the UI language. */
export function keyDoc(k: FrontMatterKey): string {
  return korean() ? k.ko : k.en;
}

/** The name of the generator or theme that reads a key. */
export function keySource(k: FrontMatterKey): string {
  return k.source === 'minimal-mistakes' ? 'Minimal Mistakes' : generatorName(k.source);
}

/** Completion inside the front matter only: keys, and values that fit the key (from the site where they can). */
export class FrontMatterCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly context: EditingContext) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const post = this.context.postFor(document);
    if (post === undefined) return undefined;
    const rules = post.site.generator.frontMatterRules;
    const found = cursorPlaceAny(document.getText(), position.line, position.character, rules?.syntaxes, rules?.wordKeys);
    if (found === undefined) return undefined;
    const { place, syntax } = found;
    const range = new vscode.Range(position.line, place.prefixStart, position.line, position.character);
    return place.kind === 'key' ? this.keys(place, post, range, syntax) : this.values(place, post, range, syntax);
  }

  /** The documented keys of the post's generator, and whether it matches them in any case. */
  private table(post: PostDocument): { keys: readonly FrontMatterKey[]; fold: (key: string) => string } {
    const rules = post.site.generator.frontMatterRules;
    if (rules === undefined) return { keys: FRONT_MATTER_KEYS, fold: (key) => key };
    return { keys: rules.keyDocs(post.ctx.config), fold: rules.caseInsensitiveKeys ? (key) => key.toLowerCase() : (key) => key };
  }

  private keys(place: Extract<CursorPlace, { kind: 'key' }>, post: PostDocument, range: vscode.Range, syntax: Syntax): vscode.CompletionItem[] {
    const parent = place.parents.join('.');
    const table = this.table(post);
    const taken = new Set(place.siblings.map(table.fold));
    const written = (name: string): string => (syntax === 'toml' ? `${name} = ` : `${name}: `);
    const items: vscode.CompletionItem[] = [];
    for (const k of keysUnder(parent, table.keys)) {
      const name = k.key.slice(parent === '' ? 0 : parent.length + 1);
      if (taken.has(table.fold(name))) continue;
      const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.Property);
      item.insertText = k.kind === 'mapping' && syntax === 'yaml' ? `${name}:` : written(name);
      item.detail = keySource(k);
      item.documentation = keyDoc(k);
      item.range = range;
      item.command = { command: 'editor.action.triggerSuggest', title: '' };
      items.push(item);
    }
    if (parent === '') {
      // Keys the site sets through `defaults:` in its config, which the table may not know.
      const fromDefaults = new Set(post.site.generator.defaultsKeys?.(post.ctx.config) ?? []);
      for (const name of fromDefaults) {
        if (taken.has(name) || keyInfo(name) !== undefined) continue;
        const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.Property);
        item.insertText = `${name}: `;
        item.detail = vscode.l10n.t('Used in defaults of {0}', configFileName(post.site));
        item.range = range;
        items.push(item);
      }
      // Keys other posts of the site write, which neither the table nor defaults: know.
      const documented = new Set(table.keys.map((k) => table.fold(k.key)));
      for (const [name, count] of siteKeys(post.site.model.snapshot().posts, (key) => documented.has(table.fold(key)))) {
        if (taken.has(table.fold(name)) || fromDefaults.has(name)) continue;
        const item = new vscode.CompletionItem({ label: name, description: vscode.l10n.t('{0} posts', count) }, vscode.CompletionItemKind.Property);
        item.insertText = written(name);
        item.detail = vscode.l10n.t('Used by other posts of this site');
        item.range = range;
        items.push(item);
      }
    }
    return items;
  }

  private values(place: Extract<CursorPlace, { kind: 'value' }>, post: PostDocument, range: vscode.Range, syntax: Syntax): vscode.CompletionItem[] {
    const rules = post.site.generator.frontMatterRules;
    const info = rules === undefined ? keyInfo(place.key) : ruleKeyInfo(rules.keyDocs(post.ctx.config), place.key, rules.caseInsensitiveKeys);
    const text = (value: string): string => (place.quoted ? value : syntax === 'toml' ? JSON.stringify(value) : yamlScalar(value));
    const terms = (counts: Iterable<readonly [string, number]>, fits: (name: string) => boolean): vscode.CompletionItem[] => {
      const ranked = [...counts].filter(([name]) => fits(name)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return ranked.map(([name, count], i) => {
        const item = new vscode.CompletionItem({ label: name, description: vscode.l10n.t('{0} posts', count) }, vscode.CompletionItemKind.EnumMember);
        item.insertText = text(name);
        item.filterText = name;
        item.sortText = String(i).padStart(6, '0');
        item.range = range;
        return item;
      });
    };
    const simple = (labels: readonly string[], kind: vscode.CompletionItemKind, detail?: string): vscode.CompletionItem[] =>
      labels.map((label) => {
        const item = new vscode.CompletionItem(label, kind);
        item.insertText = text(label);
        item.range = range;
        if (detail !== undefined) item.detail = detail;
        return item;
      });
    switch (info?.kind) {
      case 'layout':
        return simple([...(this.context.lintSite(post.site).layouts ?? [])].sort(), vscode.CompletionItemKind.File);
      case 'names': {
        const site = this.context.lintSite(post.site);
        const counts = place.key.startsWith('tag') ? site.tags.counts : site.categories.counts;
        // A space-separated string cannot hold a name with a space: offer those only in lists.
        const fits = (name: string): boolean => place.inList || place.quoted || !/\s/.test(name) || !(place.key === 'tags' || place.key === 'categories');
        return terms(counts, fits);
      }
      case 'taxonomy': {
        const taxonomy = post.site.model.snapshot().taxonomies.find((t) => t.plural.toLowerCase() === place.key.toLowerCase());
        return terms((taxonomy?.names ?? []).map((n) => [n.name, n.count] as const), () => true);
      }
      case 'boolean':
        return simple(['true', 'false'], vscode.CompletionItemKind.Value);
      case 'date': {
        const now = rules === undefined ? frontMatterNow(post.ctx.nowMs, post.ctx.zone) : rules.dateText(post.ctx.nowMs, post.ctx.zone, syntax);
        const item = new vscode.CompletionItem(now, vscode.CompletionItemKind.Value);
        // A date is never a quoted string where the syntax has dates of its own (TOML) or reads it bare (YAML).
        item.insertText = place.quoted || rules !== undefined ? now : yamlScalar(now);
        item.range = range;
        item.detail = vscode.l10n.t('Now, in the site\'s time zone ({0})', post.ctx.zone.name);
        return [item];
      }
      case 'author':
        return simple(this.context.authors(post.site), vscode.CompletionItemKind.User, '_data/authors.yml');
      case 'image':
        return simple(this.context.images(post.site), vscode.CompletionItemKind.File);
      case 'string':
      case 'list':
      case 'mapping':
      case 'number':
      case undefined:
        return [];
    }
  }
}
