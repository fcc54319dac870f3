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

describe('a Docusaurus blog (samples/docusaurus-blog)', () => {
  let api: PostcraftApi;

  // Nothing calls activate() or a command first: docusaurus.config.js in the workspace must wake Postcraft by itself.
  before(async () => {
    const extension = vscode.extensions.getExtension<PostcraftApi>(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await waitFor('Postcraft to activate by itself in a Docusaurus workspace', () => (extension.isActive ? true : undefined), 30_000);
    api = extension.exports;
    await api.registry.ready;
  });

  afterEach(async () => {
    await revertAndCloseAll();
  });

  it('reads the blog as Docusaurus does: a draft, a slug, dated folders, partials left out', () => {
    const sites = api.registry.list();
    assert.deepEqual(sites.map((s) => s.generator.id), ['docusaurus']);
    const posts = (sites[0]?.model.snapshot().posts ?? []).filter((p) => p.status !== 'notPost');
    const post = (path: string): (typeof posts)[number] | undefined => posts.find((p) => p.path === path);
    assert.equal(post('blog/2024-08-15-draft-ideas.md')?.status, 'draft');
    assert.equal(post('blog/custom-slug.md')?.url, '/blog/custom/slug');
    assert.equal(post('blog/2024/05/10/dated-folders.md')?.title, 'Dated folders make the date');
    assert.equal(post('blog/_template.md'), undefined);
    assert.equal(posts.length, 8);
  });

  it('lists tags by their Docusaurus permalink and authors as a taxonomy of their own', async () => {
    const tags = await rows(api.explorer.tags);
    assert.ok(tags.some((r) => r.label === 'docusaurus' && r.description.includes('3')), JSON.stringify(tags.map((r) => [r.label, r.description])));
    const taxonomies = await rows(api.explorer.taxonomies);
    const authors = taxonomies.find((r) => r.node.kind === 'taxonomy' && r.node.plural === 'authors');
    assert.ok(authors, JSON.stringify(taxonomies.map((r) => r.label)));
    const names = await rows(api.explorer.taxonomies, authors.node);
    assert.deepEqual(names.map((r) => r.label).sort(), ['alex', 'minji']);
  });

  it('previews a post with an admonition and an MDX post, titled from their front matter', async () => {
    await vscode.window.showTextDocument(file('blog', '2024-03-05-hello-docusaurus.md'), { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('postcraft.preview.openToSide');
    await waitFor('a preview of the admonition post', () => previewTabs().find((t) => t.label.includes('Hello, Docusaurus')), 20_000);
    await vscode.window.showTextDocument(file('blog', '2024-10-20-mdx-component.mdx'), { viewColumn: vscode.ViewColumn.One, preview: false });
    await waitFor('the preview following the MDX post', () => previewTabs().find((t) => t.label.includes('An MDX post with a component')), 20_000);
  });

  it('completes and explains Docusaurus keys in an MDX post, whatever language VS Code gives .mdx', async () => {
    const uri = file('blog', '2024-10-20-mdx-component.mdx');
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const label = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
    // A new line at the end of the front matter, where a key is typed.
    const at = editor.document.getText().split('\n').findIndex((line, i) => i > 0 && line === '---');
    await editor.edit((b) => b.insert(new vscode.Position(at, 0), '\n'));
    const keys = await waitFor('key completions in the MDX post', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(at, 0));
      return list.items.length > 0 ? list.items.map(label) : undefined;
    });
    assert.ok(keys.includes('unlisted') && keys.includes('slug'), keys.join(', '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(2, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /authors\.yml/);
  });

  it('publishes the draft by setting draft: false in place, and the model follows', async () => {
    const uri = file('blog', '2024-08-15-draft-ideas.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      await vscode.window.showTextDocument(uri, { preview: false });
      await vscode.commands.executeCommand('postcraft.publishDraft');
      const site = api.registry.list()[0];
      await waitFor('the published post in the model', () => (site?.model.get('blog/2024-08-15-draft-ideas.md')?.willPublish === true ? true : undefined), 20_000);
      const document = vscode.window.activeTextEditor?.document;
      assert.match(document?.getText() ?? '', /^draft: false$/m);
    } finally {
      await revertAndCloseAll();
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
    }
  });
});
