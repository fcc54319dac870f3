import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
const text = async (rel: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));

describe('Rename Post to Match Title on the Hugo sample', () => {
  const bundle = 'content/posts/hugo-first-steps';
  const referrer = 'content/posts/taxonomies-and-series/index.md';
  const renamedBundle = 'content/posts/휴고로-블로그-옮기기';

  afterEach(async () => {
    await saveEveryDocument();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('moves a bundle\'s folder after its title, its ref in another post follows, and the model sees the new path', async () => {
    const api = await postcraftApi();
    const referrerBefore = await text(referrer);
    assert.match(referrerBefore, /\{\{< ref "\/posts\/hugo-first-steps" >\}\}/);
    const renamed = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.renamePostToTitle, file(`${bundle}/index.md`));
    assert.equal(renamed?.toString(), file(`${renamedBundle}/index.md`).toString());
    // The whole folder moved (its images with it), and the other post's ref names the new folder, nothing else changed.
    await vscode.workspace.fs.stat(file(`${renamedBundle}/cover.svg`));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file(bundle))));
    const referrerDoc = await vscode.workspace.openTextDocument(file(referrer));
    assert.equal(referrerDoc.getText(), referrerBefore.replace('{{< ref "/posts/hugo-first-steps" >}}', '{{< ref "/posts/휴고로-블로그-옮기기" >}}'));
    const site = api.registry.list()[0];
    assert.ok(site);
    await waitFor('the model to hold the renamed bundle', () => (site.model.get(`${renamedBundle}/index.md`) !== undefined && site.model.get(`${bundle}/index.md`) === undefined ? true : undefined));
    assert.equal(site.model.get(`${renamedBundle}/index.md`)?.url, '/2024/02/moving-to-hugo/', 'its slug keeps its URL');

    // Back, as the sample was: the folder and the referrer's bytes.
    const back = new vscode.WorkspaceEdit();
    back.renameFile(file(renamedBundle), file(bundle));
    back.replace(referrerDoc.uri, new vscode.Range(referrerDoc.positionAt(0), referrerDoc.positionAt(referrerDoc.getText().length)), referrerBefore);
    assert.ok(await vscode.workspace.applyEdit(back));
    await referrerDoc.save();
    // Saved, not only restored in memory: the tests that follow read the sample from disk.
    assert.equal(referrerDoc.isDirty, false, 'the referrer is saved');
    await waitFor('the referrer back on disk', async () => ((await text(referrer)) === referrerBefore ? true : undefined));
    await waitFor('the model back at the old path', () => (site.model.get(`${bundle}/index.md`) !== undefined ? true : undefined));
  });

});
