import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
const text = async (rel: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));

describe('Rename Post to Match Title on the Hexo sample', () => {
  const post = 'source/_posts/2024-04-10-go-modules.md';
  const referrer = 'source/_posts/hello-world.md';
  // `hexo new "Go modules in practice"` names the file so: hexoSlugize keeps the case (filename_case: 0).
  const renamed = 'source/_posts/2024-04-10-Go-modules-in-practice.md';

  afterEach(async () => {
    await saveEveryDocument();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('renames the file after its title, keeps its date, and the post_link in another post follows', async () => {
    const api = await postcraftApi();
    const site = api.registry.list()[0];
    assert.ok(site);
    const postBefore = await text(post);
    const referrerBefore = await text(referrer);
    assert.match(referrerBefore, /\{% post_link go-modules %\}/);
    try {
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.renamePostToTitle, file(post));
      assert.equal(result?.toString(), file(renamed).toString());
      assert.equal(await text(renamed), postBefore, 'the post\'s text is as it was');
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file(post))));
      const referrerDoc = await vscode.workspace.openTextDocument(file(referrer));
      assert.equal(referrerDoc.getText(), referrerBefore.replace('{% post_link go-modules %}', '{% post_link Go-modules-in-practice %}'));
      await waitFor('the model to hold the renamed post', () => (site.model.get(renamed) !== undefined && site.model.get(post) === undefined ? true : undefined));
      assert.equal(site.model.get(renamed)?.url, '/2024/04/10/Go-modules-in-practice/', 'its slug, and so its URL, is the title\'s');
    } finally {
      // Back, as the sample was, whatever failed: the file under its old name, the referrer's text in its
      // document (opened again: VS Code may close a document no editor shows) and on disk.
      if (await vscode.workspace.fs.stat(file(renamed)).then(() => true, () => false)) {
        const back = new vscode.WorkspaceEdit();
        back.renameFile(file(renamed), file(post));
        assert.ok(await vscode.workspace.applyEdit(back));
      }
      const referrerDoc = await vscode.workspace.openTextDocument(file(referrer));
      if (referrerDoc.getText() !== referrerBefore) {
        const restore = new vscode.WorkspaceEdit();
        restore.replace(referrerDoc.uri, new vscode.Range(referrerDoc.positionAt(0), referrerDoc.positionAt(referrerDoc.getText().length)), referrerBefore);
        assert.ok(await vscode.workspace.applyEdit(restore));
      }
      if (referrerDoc.isDirty) await referrerDoc.save();
      // Saved, not only restored in memory: the tests that follow read the sample from disk.
      assert.equal(referrerDoc.isDirty, false, 'the referrer is saved');
      await waitFor('the referrer back on disk', async () => ((await text(referrer)) === referrerBefore ? true : undefined));
      await waitFor('the model back at the old path', () => (site.model.get(post) !== undefined && site.model.get(renamed) === undefined ? true : undefined));
    }
  });
});
