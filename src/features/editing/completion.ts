import * as vscode from 'vscode';
import { cursorPlace, frontMatterNow, type CursorPlace } from '../../core/lint/frontMatterCursor';
import { keyInfo, keysUnder, siteKeys, type FrontMatterKey } from '../../core/lint/frontMatterKeys';
import { yamlScalar } from '../../core/lint/lintNames';
import type { EditingContext, PostDocument } from './editingContext';

function korean(): boolean {
  return vscode.env.language.toLowerCase().startsWith('ko');
}

/** The table's description of a key in the UI language. */
export function keyDoc(k: FrontMatterKey): string {
  return korean() ? k.ko : k.en;
}

/** Completion inside the front matter only: keys, and values that fit the key (from the site where they can). */
export class FrontMatterCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly context: EditingContext) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const post = this.context.postFor(document);
    if (post === undefined) return undefined;
    const place = cursorPlace(document.getText(), position.line, position.character);
    if (place === undefined) return undefined;
    const range = new vscode.Range(position.line, place.prefixStart, position.line, position.character);
    return place.kind === 'key' ? this.keys(place, post, range) : this.values(place, post, range);
  }

  private keys(place: Extract<CursorPlace, { kind: 'key' }>, post: PostDocument, range: vscode.Range): vscode.CompletionItem[] {
    const parent = place.parents.join('.');
    const taken = new Set(place.siblings);
    const items: vscode.CompletionItem[] = [];
    for (const k of keysUnder(parent)) {
      const name = k.key.slice(parent === '' ? 0 : parent.length + 1);
      if (taken.has(name)) continue;
      const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.Property);
      item.insertText = k.kind === 'mapping' ? `${name}:` : `${name}: `;
      item.detail = k.source === 'jekyll' ? 'Jekyll' : 'Minimal Mistakes';
      item.documentation = keyDoc(k);
      item.range = range;
      item.command = { command: 'editor.action.triggerSuggest', title: '' };
      items.push(item);
    }
    if (parent === '') {
      // Keys the site sets through `defaults:` in _config.yml, which the table may not know.
      const config = post.ctx.config;
      const fromDefaults = new Set(config.generator === 'jekyll' ? config.defaults.flatMap((d) => Object.keys(d.values)) : []);
      for (const name of fromDefaults) {
        if (taken.has(name) || keyInfo(name) !== undefined) continue;
        const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.Property);
        item.insertText = `${name}: `;
        item.detail = vscode.l10n.t('Used in defaults of _config.yml');
        item.range = range;
        items.push(item);
      }
      // Keys other posts of the site write, which neither the table nor defaults: know.
      for (const [name, count] of siteKeys(post.site.model.snapshot().posts)) {
        if (taken.has(name) || fromDefaults.has(name)) continue;
        const item = new vscode.CompletionItem({ label: name, description: vscode.l10n.t('{0} posts', count) }, vscode.CompletionItemKind.Property);
        item.insertText = `${name}: `;
        item.detail = vscode.l10n.t('Used by other posts of this site');
        item.range = range;
        items.push(item);
      }
    }
    return items;
  }

  private values(place: Extract<CursorPlace, { kind: 'value' }>, post: PostDocument, range: vscode.Range): vscode.CompletionItem[] {
    const info = keyInfo(place.key);
    const text = (value: string): string => (place.quoted ? value : yamlScalar(value));
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
        const ranked = [...counts].filter(([name]) => fits(name)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        return ranked.map(([name, count], i) => {
          const item = new vscode.CompletionItem({ label: name, description: vscode.l10n.t('{0} posts', count) }, vscode.CompletionItemKind.EnumMember);
          item.insertText = text(name);
          item.filterText = name;
          item.sortText = String(i).padStart(6, '0');
          item.range = range;
          return item;
        });
      }
      case 'boolean':
        return simple(['true', 'false'], vscode.CompletionItemKind.Value);
      case 'date':
        return simple([frontMatterNow(post.ctx.nowMs, post.ctx.zone)], vscode.CompletionItemKind.Value, vscode.l10n.t('Now, in the site\'s time zone ({0})', post.ctx.zone.name));
      case 'author':
        return simple(this.context.authors(post.site), vscode.CompletionItemKind.User, '_data/authors.yml');
      case 'image':
        return simple(this.context.images(post.site), vscode.CompletionItemKind.File);
      case 'string':
      case 'mapping':
      case 'number':
      case undefined:
        return [];
    }
  }
}
