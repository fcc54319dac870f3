import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';

// New Post and New Draft on the Hugo sample: the file comes from archetypes/posts.md (TOML), in content/posts/,
// with the writer's title, names and draft flag, and the model follows it.
describe('New Post on a Hugo blog', () => {
  const made: vscode.Uri[] = [];
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of made) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    // The next file counts the sample's posts: wait until the model has let the new ones go.
    const site = (await postcraftApi()).registry.list()[0];
    const rels = made.map((uri) => uri.path.slice(workspaceRoot().path.length + 1));
    await waitFor('the new posts to leave the model', () => (rels.every((rel) => site?.model.get(rel) === undefined) ? true : undefined), 15_000);
  });

  for (const draft of [false, true]) {
    it(draft ? 'makes a draft from the archetype' : 'makes a post from the archetype', async () => {
      const api = await postcraftApi();
      const title = draft ? '휴고 초안 하나' : '휴고 새 글 하나';
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(draft ? 'postcraft.newDraft' : 'postcraft.newPost', {
        root: workspaceRoot().fsPath,
        title,
        categories: ['휴고'],
        tags: ['테스트'],
      });
      assert.ok(uri, 'the command returns the new file');
      made.push(uri);
      const rel = uri.path.slice(workspaceRoot().path.length + 1);
      assert.equal(rel, `content/posts/${title.replace(/ /g, '-')}.md`);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(text, /^\+\+\+\n/);
      assert.match(text, new RegExp(`^title = "${title}"$`, 'm'));
      assert.match(text, new RegExp(`^draft = ${draft}$`, 'm'));
      assert.match(text, /^categories = \["휴고"\]$/m);
      assert.match(text, /^tags = \["테스트"\]$/m);
      const site = api.registry.list()[0];
      const post = await waitFor('the new post in the model', () => site?.model.get(rel));
      assert.equal(post.status, draft ? 'draft' : 'published');
      assert.equal(post.title, title);
    });
  }
});
