import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, rows, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import { hexoNewPost } from '../../../src/core/generators/hexo/hexoNewPost';
import type { HexoConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';
import type { PostcraftApi } from '../../../src/extension';

const extensionId = 'postcraft.postcraft';

describe('a Hexo blog (samples/hexo-blog)', () => {
  let api: PostcraftApi;

  // Nothing calls activate() or a command first: the Hexo site's _config.yml must wake Postcraft by itself.
  before(async () => {
    const extension = vscode.extensions.getExtension<PostcraftApi>(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await waitFor('Postcraft to activate by itself in a Hexo workspace', () => (extension.isActive ? true : undefined), 30_000);
    api = extension.exports;
    await api.registry.ready;
  });

  it('reads the site as Hexo: posts of source/_posts, the draft of source/_drafts, the unpublished post', () => {
    const sites = api.registry.list();
    assert.deepEqual(sites.map((s) => s.generator.id), ['hexo']);
    const posts = sites[0]?.model.snapshot().posts ?? [];
    const post = (path: string) => posts.find((p) => p.path === path);
    assert.equal(post('source/_drafts/comment-systems.md')?.status, 'draft');
    assert.equal(post('source/_posts/2024-08-15-unpublished-notes.md')?.status, 'unpublished');
    assert.equal(post('source/about/index.md'), undefined, 'a page is not a post');
    assert.equal(post('source/_posts/2024-04-10-go-modules.md')?.url, '/2024/04/10/go-modules/');
  });

  it('shows the category chains as a tree, each with the posts Hexo files under it, and the draft in Drafts', async () => {
    const site = api.registry.list()[0];
    assert.ok(site);
    const built = site.model.snapshot().posts.filter((p) => p.willPublish);
    const count = (name: string): string => String(built.filter((p) => p.categories.includes(name)).length);
    const categories = await rows(api.explorer.categories);
    assert.deepEqual(categories.map((r) => r.label).sort(), ['개발', '일상'], 'only the top of each chain at the top');
    for (const row of categories) assert.equal(row.description, count(row.label), `${row.label}: ${row.description}`);
    const dev = categories.find((r) => r.label === '개발');
    assert.ok(dev);
    const under = await rows(api.explorer.categories, dev.node);
    const children = under.filter((r) => r.node.kind === 'name');
    assert.deepEqual(children.map((r) => r.label).sort(), ['Go', 'Hexo'], '개발 > Go and 개발 > Hexo under 개발');
    for (const child of children) {
      assert.equal(child.description, count(`개발/${child.label}`), `개발/${child.label}: ${child.description}`);
      assert.equal(api.explorer.categories.getParent?.(child.node), dev.node, 'a child category knows its parent (for reveal)');
    }
    // Under a category, its child categories first, then every post Hexo files under it (those of its children too).
    assert.deepEqual(under.filter((r) => r.node.kind === 'post').length, Number(count('개발')));
    assert.deepEqual(under.slice(0, children.length), children, 'child categories before posts');
    const drafts = await rows(api.explorer.drafts);
    assert.ok(drafts.some((r) => r.label.includes('댓글 시스템 비교') || r.label.includes('comment-systems')), JSON.stringify(drafts.map((r) => r.label)));
  });
});

describe('Publish Draft on a Hexo blog', () => {
  it('moves the draft where hexo publish would, dates it, and the model reads it as a post', async () => {
    const api = await postcraftApi();
    const site = api.registry.list()[0];
    assert.ok(site?.generator.publishDraft);
    const rel = 'source/_drafts/comment-systems.md';
    const uri = vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const published = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.publishDraft, uri);
    assert.ok(published);
    const newRel = vscode.workspace.asRelativePath(published, false);
    try {
      // The place the generator's rule gives (checked against hexo publish in test/conformance/hexo) for the draft as it was.
      const expected = site.generator.publishDraft({ path: rel, frontMatter: site.generator.readPost(before, site.loaded.config).frontMatter ?? {}, config: site.loaded.config, nowMs: Date.now(), zone: site.loaded.zone, exists: () => false });
      assert.ok(expected.ok);
      assert.equal(newRel, expected.path);
      const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(published));
      assert.match(after, /^date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/m);
      assert.equal(after.replace(/^date: .*\n/m, ''), before, 'only the date line is new');
      // A move reaches the model as two file events (created, deleted) that may come in either order.
      await waitFor('the model to read it as a published post, and the draft gone', () => (site.model.get(newRel)?.status === 'published' && site.model.get(rel) === undefined ? true : undefined));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
      await vscode.workspace.fs.delete(published);
      await waitFor('the draft to be back', () => (site.model.get(rel)?.status === 'draft' ? true : undefined));
    }
  });
});

describe('New Post and New Draft on a Hexo blog', () => {
  for (const draft of [false, true]) {
    it(`makes a ${draft ? 'draft' : 'post'} from the site's scaffold, as hexo new does, and opens it`, async () => {
      const api = await postcraftApi();
      const site = api.registry.list()[0];
      assert.ok(site);
      const title = draft ? '초안: 새 글' : 'Postcraft 새 글';
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(draft ? commandIds.newDraft : commandIds.newPost, { title, tags: ['Hexo'], categories: ['개발', 'Go'] });
      assert.ok(uri);
      const rel = vscode.workspace.asRelativePath(uri, false);
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        // What the rule makes (compared with hexo new in test/conformance/hexo) is what the command wrote.
        const scaffold = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'scaffolds', draft ? 'draft.md' : 'post.md')));
        const expected = hexoNewPost({ title, draft, tags: ['Hexo'], categories: ['개발', 'Go'], nowMs: Date.now(), machine: site.loaded.zone, config: site.loaded.config as HexoConfig, scaffold, exists: () => false });
        assert.ok(expected.ok);
        assert.equal(rel, expected.path);
        const withoutTime = (t: string): string => t.replace(/^(date: \d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2}$/m, '$1');
        assert.equal(withoutTime(text), withoutTime(expected.text));
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new file is open');
        await waitFor('the model to read it', () => (site.model.get(rel)?.status === (draft ? 'draft' : 'published') ? true : undefined));
        assert.deepEqual(site.model.get(rel)?.categories, ['개발', '개발/Go']);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(uri);
      }
    });
  }
});
