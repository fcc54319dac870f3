import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, rows, type Row } from '../postcraftApi';
import { waitFor } from '../waitFor';
import type { PostcraftApi } from '../../../src/extension';
import type { ExplorerNode } from '../../../src/features/explorer/nodes';
import type { Site } from '../../../src/features/sites/site';

// The Categories, Tags and Other Taxonomies views on whatever sites the window holds: the suite runs in the Jekyll
// sample's window (the Jekyll part) and in the Hugo sample's (the Hugo part); each part is pending in the other.

type Tree = vscode.TreeDataProvider<ExplorerNode>;
const counts = (list: Row[]): Record<string, number> => Object.fromEntries(list.map((r) => [r.label, Number(r.description)]));

/** The rows a tree shows for one site: under the site's node when the window holds several sites. */
async function siteRows(api: PostcraftApi, tree: Tree, site: Site): Promise<Row[]> {
  const top = await rows(tree);
  if (api.registry.list().length === 1) {
    return top;
  }
  const siteRow = top.find((r) => r.node.kind === 'site' && r.node.root === site.root);
  return siteRow === undefined ? [] : rows(tree, siteRow.node);
}

async function termCounts(api: PostcraftApi, site: Site, plural: string): Promise<Record<string, number> | undefined> {
  const taxonomy = (await siteRows(api, api.explorer.taxonomies, site)).find((r) => r.node.kind === 'taxonomy' && r.node.plural === plural);
  return taxonomy === undefined ? undefined : counts(await rows(api.explorer.taxonomies, taxonomy.node));
}

describe('taxonomy trees across generators', () => {
  let api: PostcraftApi;
  before(async () => {
    api = await postcraftApi();
  });

  it('keeps Jekyll\'s names exact, with the node ids they always had, and no further taxonomies', async function () {
    const jekyll = api.registry.list().find((s) => s.generator.id === 'jekyll');
    if (jekyll === undefined) {
      this.skip();
    }
    const categories = await siteRows(api, api.explorer.categories, jekyll);
    const row = categories.find((r) => r.label === 'Jekyll');
    assert.ok(row, 'the category Jekyll');
    assert.equal((await api.explorer.categories.getTreeItem(row.node)).id, `category:${jekyll.root}:Jekyll`);
    assert.equal((await siteRows(api, api.explorer.taxonomies, jekyll)).length, 0);
    const others = await rows(api.explorer.taxonomies);
    assert.ok(others.every((r) => r.node.root !== jekyll.root), 'no Jekyll site in Other Taxonomies');
    const messages = api.explorer.messages();
    assert.ok(messages.categories === undefined || !messages.categories.includes(jekyll.label), 'a Jekyll site always has categories');
  });

  describe('a Hugo site', () => {
    let hugo: Site;
    const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(hugo.uri, ...segments);
    before(function () {
      const found = api.registry.list().find((s) => s.generator.id === 'hugo');
      if (found === undefined) {
        this.skip();
      }
      hugo = found;
    });

    it('lists its series in Other Taxonomies, counted over the pages Hugo builds', async () => {
      assert.deepEqual(await termCounts(api, hugo, 'series'), { '휴고 입문': 3, 'Hugo Basics': 1 });
      assert.equal(api.explorer.messages().categories, undefined, 'the sample has categories');
    });

    it('shows spellings with one term key as one tag, and follows a page\'s series as it is edited', async () => {
      const a = file('content', 'posts', 'go-lang-a.md');
      const b = file('content', 'posts', 'go-lang-b.md');
      const page = (tag: string, series: string): Uint8Array =>
        new TextEncoder().encode(`+++\ntitle = "${tag}"\ndate = 2024-06-01T00:00:00+09:00\ntags = ["${tag}"]\nseries = ["${series}"]\n+++\nBody\n`);
      try {
        await vscode.workspace.fs.writeFile(a, page('Go Lang', 'Go 시리즈'));
        await vscode.workspace.fs.writeFile(b, page('go lang', 'Go 시리즈'));
        await waitFor('one tag for both spellings', async () => (counts(await siteRows(api, api.explorer.tags, hugo))['Go Lang'] === 2 ? true : undefined));
        assert.equal(counts(await siteRows(api, api.explorer.tags, hugo))['go lang'], undefined);
        await waitFor('the new series', async () => ((await termCounts(api, hugo, 'series'))?.['Go 시리즈'] === 2 ? true : undefined));

        await vscode.workspace.fs.writeFile(b, page('go lang', 'Other Go'));
        await waitFor('the edited series', async () => {
          const series = await termCounts(api, hugo, 'series');
          return series?.['Go 시리즈'] === 1 && series['Other Go'] === 1 ? true : undefined;
        });
      } finally {
        await vscode.workspace.fs.delete(a).then(undefined, () => undefined);
        await vscode.workspace.fs.delete(b).then(undefined, () => undefined);
      }
      await waitFor('both pages gone', async () => {
        const tags = counts(await siteRows(api, api.explorer.tags, hugo));
        const series = await termCounts(api, hugo, 'series');
        return tags['Go Lang'] === undefined && tags['go lang'] === undefined && Object.keys(series ?? {}).length === 2 ? true : undefined;
      });
      assert.deepEqual(await termCounts(api, hugo, 'series'), { '휴고 입문': 3, 'Hugo Basics': 1 });
    });
  });
});
