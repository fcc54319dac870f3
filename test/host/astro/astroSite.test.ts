import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rows, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import { revertAndCloseAll } from '../closeEditors';
import type { PostcraftApi } from '../../../src/extension';

const extensionId = 'postcraft.postcraft';
const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postcraft.preview'));
}

describe('an Astro blog (samples/astro-blog)', () => {
  let api: PostcraftApi;

  // Nothing calls activate() or a command first: astro.config.mjs in the workspace must wake Postcraft by itself.
  before(async () => {
    const extension = vscode.extensions.getExtension<PostcraftApi>(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await waitFor('Postcraft to activate by itself in an Astro workspace', () => (extension.isActive ? true : undefined), 30_000);
    api = extension.exports;
    await api.registry.ready;
  });

  afterEach(async () => {
    await revertAndCloseAll();
  });

  it("reads the blog collection as Astro does: ids, a draft, the _-prefixed file left out", () => {
    const sites = api.registry.list();
    assert.deepEqual(sites.map((s) => s.generator.id), ['astro']);
    const posts = (sites[0]?.model.snapshot().posts ?? []).filter((p) => p.status !== 'notPost');
    const post = (path: string): (typeof posts)[number] | undefined => posts.find((p) => p.path === path);
    assert.equal(post('src/content/blog/draft-ideas.md')?.status, 'draft');
    assert.equal(post('src/content/blog/custom-slug.md')?.url, '/blog/my/custom-슬러그/');
    assert.equal(post('src/content/blog/한글-폴더/index.md')?.url, '/blog/한글-폴더/');
    assert.equal(post('src/content/blog/_template.md'), undefined);
    assert.equal(posts.length, 7);
  });

  it('lists the tags in the tree with their counts', async () => {
    const tags = await rows(api.explorer.tags);
    assert.ok(tags.some((r) => r.label === 'astro' && r.description.includes('5')), JSON.stringify(tags.map((r) => [r.label, r.description])));
    assert.ok(tags.some((r) => r.label === '한글'), JSON.stringify(tags.map((r) => r.label)));
  });

  it('previews the MDX post, titled from its front matter', async () => {
    await vscode.window.showTextDocument(file('src', 'content', 'blog', 'mdx-component.mdx'), { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('postcraft.preview.openToSide');
    await waitFor('a preview of the MDX post', () => previewTabs().find((t) => t.label.includes('An MDX post with a component')), 20_000);
  });

  it('makes a new post in the collection folder with the schema field names', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('postcraft.newPost', { root: workspaceRoot().fsPath, title: '아스트로 새 글', tags: ['테스트'] });
    assert.ok(uri, 'the command returns the new file');
    try {
      const rel = uri.path.slice(workspaceRoot().path.length + 1);
      assert.equal(rel, 'src/content/blog/아스트로-새-글.md');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(text, /^---\ntitle: 아스트로 새 글\npubDate: \d{4}-\d{2}-\d{2}\ntags: \[테스트\]\n---\n/);
      const site = api.registry.list()[0];
      const post = await waitFor('the new post in the model', () => site?.model.get(rel));
      assert.equal(post.status, 'published');
      assert.equal(post.url, '/blog/아스트로-새-글/');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('publishes the draft by setting draft: false in place, and the model follows', async () => {
    const uri = file('src', 'content', 'blog', 'draft-ideas.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      await vscode.window.showTextDocument(uri, { preview: false });
      await vscode.commands.executeCommand('postcraft.publishDraft');
      const site = api.registry.list()[0];
      await waitFor('the published post in the model', () => (site?.model.get('src/content/blog/draft-ideas.md')?.willPublish === true ? true : undefined), 20_000);
      assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /^draft: false$/m);
    } finally {
      await revertAndCloseAll();
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
    }
  });
});
