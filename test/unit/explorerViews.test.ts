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
    assert.deepEqual(new Set(inView('view/title')), new Set(['postcraft.explorer.sortByCount', 'postcraft.explorer.sortByName', 'postcraft.explorer.refresh', 'postcraft.explorer.filterByLanguage']));
    assert.deepEqual(new Set(inView('view/item/context')), new Set([
      'postcraft.preview.openToSide', 'postcraft.copyPostUrl', 'postcraft.explorer.revealInExplorer',
      'postcraft.renameTerm', 'postcraft.mergeTerms', 'postcraft.deleteTerm',
    ]));
    const onTerms = (manifest.contributes.menus['view/item/context'] ?? []).filter((m) => m.command.endsWith('Term') || m.command.endsWith('Terms'));
    assert.ok(onTerms.every((m) => m.when === 'view == postcraft.taxonomies && viewItem == postcraft.term'), 'the term refactors are offered on term nodes only');
  });
});

describe('the refactor commands on the Categories and Tags views', () => {
  const treeSource = read('src/features/explorer/taxonomyTree.ts');
  // The context values taxonomyTree.ts gives a name node: exact names, names with look-alikes, and terms under a key.
  const contextValues = (kind: string): string[] => [`postcraft.${kind}`, `postcraft.${kind}.variant`, `postcraft.keyed.${kind}`];
  const matches = (when: string, viewItem: string): boolean => {
    const regex = /viewItem =~ \/(.*)\/\)?$/.exec(when)?.[1];
    return regex !== undefined && new RegExp(regex).test(viewItem);
  };

  it('are offered on every name node, Hugo\'s terms under a key too', () => {
    assert.match(treeSource, /contextValue = `postcraft\.keyed\.\$\{node\.taxonomy\}`/);
    for (const [kind, view, commands] of [
      ['tag', 'postcraft.tags', ['postcraft.renameTag', 'postcraft.mergeTags', 'postcraft.deleteTag']],
      ['category', 'postcraft.categories', ['postcraft.renameCategory', 'postcraft.mergeCategories', 'postcraft.deleteCategory']],
    ] as const) {
      for (const command of commands) {
        const entries = (manifest.contributes.menus['view/item/context'] ?? []).filter((m) => m.command === command && m.when?.startsWith(`view == ${view} `));
        assert.ok(entries.length > 0, `${command} is in the ${view} context menu`);
        for (const entry of entries) {
          for (const value of contextValues(kind)) assert.ok(matches(entry.when ?? '', value), `${command} (${entry.when ?? ''}) is offered on ${value}`);
          assert.ok(!matches(entry.when ?? '', 'postcraft.post.published'), `${command} is not offered on a post`);
        }
      }
    }
  });
});

describe('Filter by Language…', () => {
  const command = 'postcraft.explorer.filterByLanguage';
  const menus = (menu: string): Menu[] => (manifest.contributes.menus[menu] ?? []).filter((m) => m.command === command);

  it('sits in the title of every Postcraft view, and in the palette, only while a site has several languages', () => {
    const when = [...menus('view/title'), ...menus('commandPalette')].map((m) => m.when ?? '');
    for (const clause of when) assert.match(clause, /&& postcraft\.multilingual$|^postcraft\.multilingual$/, clause);
    for (const view of ['postcraft.categories', 'postcraft.tags', 'postcraft.taxonomies', 'postcraft.drafts']) {
      assert.ok(menus('view/title').some((m) => m.when?.includes(`view == ${view}`)), view);
    }
    assert.equal(menus('commandPalette').length, 1);
    assert.match(explorerSource, /setContext', 'postcraft\.multilingual'/, 'registerExplorer sets the context key');
    assert.match(explorerSource, /registerCommand\(commandIds\.filterByLanguage/, 'registerExplorer registers the command');
  });
});
