import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface Menu {
  readonly command: string;
  readonly when?: string;
}

const manifest = JSON.parse(read('package.json')) as {
  contributes: { views: Record<string, { id: string; name: string; when?: string }[]>; menus: Record<string, Menu[]> };
};
const explorerSource = read('src/features/explorer/registerExplorer.ts');

describe('the Other Taxonomies view', () => {
  const views = manifest.contributes.views['postcraft'] ?? [];
  const view = views.find((v) => v.id === 'postcraft.taxonomies');

  it('sits after Tags, and shows only when the context key the explorer sets says a site has such a taxonomy', () => {
    assert.ok(view, 'contributed');
    assert.deepEqual(views.map((v) => v.id), ['postcraft.categories', 'postcraft.tags', 'postcraft.taxonomies', 'postcraft.drafts']);
    const key = /^([\w.]+)$/.exec(view.when ?? '')?.[1];
    assert.ok(key, 'a when clause on one context key');
    assert.match(explorerSource, new RegExp(`setContext', '${key.replace(/\./g, '\\.')}'`), `registerExplorer sets ${key}`);
    assert.match(explorerSource, /taxonomies: 'postcraft\.taxonomies'/, 'registerExplorer creates the view by the same id');
  });

  it('offers sorting, refresh, the post actions and the term refactors, as the Categories and Tags views do', () => {
    const inView = (menu: string): string[] => (manifest.contributes.menus[menu] ?? []).filter((m) => m.when?.includes('view == postcraft.taxonomies')).map((m) => m.command);
    assert.deepEqual(new Set(inView('view/title')), new Set(['postcraft.explorer.sortByCount', 'postcraft.explorer.sortByName', 'postcraft.explorer.refresh']));
    assert.deepEqual(new Set(inView('view/item/context')), new Set([
      'postcraft.preview.openToSide', 'postcraft.copyPostUrl', 'postcraft.explorer.revealInExplorer',
      'postcraft.renameTerm', 'postcraft.mergeTerms', 'postcraft.deleteTerm',
    ]));
    const onTerms = (manifest.contributes.menus['view/item/context'] ?? []).filter((m) => m.command.endsWith('Term') || m.command.endsWith('Terms'));
    assert.ok(onTerms.every((m) => m.when === 'view == postcraft.taxonomies && viewItem == postcraft.term'), 'the term refactors are offered on term nodes only');
  });
});
