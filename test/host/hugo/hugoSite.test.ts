import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rows, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import type { PostcraftApi } from '../../../src/extension';

const extensionId = 'postcraft.postcraft';
const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);
const postcraftDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Postcraft');

describe('a Hugo blog (samples/hugo-blog)', () => {
  let api: PostcraftApi;

  // Nothing calls activate() or a command first: hugo.toml in the workspace must wake Postcraft by itself.
  before(async () => {
    const extension = vscode.extensions.getExtension<PostcraftApi>(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await waitFor('Postcraft to activate by itself in a Hugo workspace', () => (extension.isActive ? true : undefined), 30_000);
    api = extension.exports;
    await api.registry.ready;
  });

  it('reads the site as Hugo: its posts, drafts, future and expired posts, and URLs from [permalinks]', () => {
    const sites = api.registry.list();
    assert.deepEqual(sites.map((s) => s.generator.id), ['hugo']);
    const posts = sites[0]?.model.snapshot().posts ?? [];
    const status = (path: string): string | undefined => posts.find((p) => p.path === path)?.status;
    assert.equal(status('content/posts/comment-systems.md'), 'draft');
    assert.equal(status('content/posts/hello-from-the-future.md'), 'future');
    assert.equal(status('content/posts/meetup-notice.md'), 'expired');
    assert.equal(status('content/posts/_index.md'), undefined, 'a section is not a post');
    assert.equal(posts.find((p) => p.path === 'content/posts/hugo-first-steps/index.md')?.url, '/2024/02/moving-to-hugo/');
    assert.equal(posts.length, 11);
  });

  it('shows the site\'s categories and tags with the counts of the posts Hugo builds', async () => {
    const categories = await rows(api.explorer.categories);
    assert.ok(categories.some((r) => r.label === '휴고' && r.description.includes('3')), JSON.stringify(categories.map((r) => [r.label, r.description])));
    const drafts = await rows(api.explorer.drafts);
    assert.deepEqual(drafts.map((r) => r.label).length, 3, JSON.stringify(drafts.map((r) => r.label)));
  });

  it('puts a TOML error of a post in Problems at its line, and follows the post when it is fixed', async () => {
    const uri = file('content', 'posts', 'broken-toml.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('+++\ntitle = "고장 난 글"\ndate = 2024-05-01T10:00:00\ntags = ["a", "b"\n+++\n본문\n'));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostic = await waitFor('a TOML diagnostic', () => postcraftDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error));
      assert.equal(diagnostic.range.start.line, 3, diagnostic.message);
      const site = api.registry.list()[0];
      await waitFor('the broken post in the model', () => (site?.model.get('content/posts/broken-toml.md')?.status === 'invalid' ? true : undefined));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
