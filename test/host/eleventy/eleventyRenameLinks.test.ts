import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
const text = async (rel: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));
const exists = (rel: string): Thenable<boolean> => vscode.workspace.fs.stat(file(rel)).then(() => true, () => false);

// Links by URL follow the post (compared with Eleventy's own build in test/conformance/eleventy/eleventyRenameLinks.test.ts).
describe('Rename Post to Match Title on the Eleventy sample, with a post linking to it', () => {
  const post = 'content/blog/string-tag.md';
  const renamed = 'content/blog/one-tag-as-a-string.md';
  const referrer = 'content/blog/links-to-notes.md';
  const links = '---\ntitle: Links to the notes post\ndate: 2024-06-01\n---\n\n[root](/blog/string-tag/) [relative](../string-tag/#top) [other](/blog/next-steps/)\n';

  it('rewrites the links to the post\'s old URL in another post, in the same edit', async () => {
    const api = await postcraftApi();
    const site = api.registry.list()[0];
    assert.ok(site);
    await vscode.workspace.fs.writeFile(file(referrer), new TextEncoder().encode(links));
    try {
      await waitFor('the model to read the linking post', () => (site.model.get(referrer)?.url === '/blog/links-to-notes/' ? true : undefined));
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.renamePostToTitle, file(post));
      assert.equal(result?.toString(), file(renamed).toString());
      const doc = await vscode.workspace.openTextDocument(file(referrer));
      assert.equal(doc.getText(), links.replace('(/blog/string-tag/)', '(/blog/one-tag-as-a-string/)').replace('(../string-tag/#top)', '(../one-tag-as-a-string/#top)'));
    } finally {
      await saveEveryDocument();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (await exists(renamed)) {
        const back = new vscode.WorkspaceEdit();
        back.renameFile(file(renamed), file(post));
        assert.ok(await vscode.workspace.applyEdit(back));
      }
      await vscode.workspace.fs.delete(file(referrer));
      await waitFor('the model back as it was', () => (site.model.get(post) !== undefined && site.model.get(renamed) === undefined && site.model.get(referrer) === undefined ? true : undefined));
      assert.ok((await text(post)).startsWith('---\ntitle: One tag as a string'));
    }
  });
});
