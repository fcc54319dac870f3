import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from './postcraftApi';
import { saveEveryDocument } from './saveDocuments';
import { waitFor } from './waitFor';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));

/**
 * Runs Rename Post to Match Title on the post at `post` and checks that what moved (`from` → `to`, the file or an
 * index file's folder) is where the model now reads the post at `renamed`, with `url`; then moves it back.
 */
export async function renameRoundTrip(expected: { post: string; from: string; to: string; renamed: string; url: string }): Promise<void> {
  const api = await postcraftApi();
  const site = api.registry.list()[0];
  assert.ok(site);
  const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file(expected.post)));
  const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.renamePostToTitle, file(expected.post));
  try {
    assert.equal(result?.toString(), file(expected.renamed).toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file(expected.renamed))), before, 'the post\'s text is as it was');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file(expected.from))));
    await waitFor('the model to hold the renamed post', () => (site.model.get(expected.renamed) !== undefined && site.model.get(expected.post) === undefined ? true : undefined));
    assert.equal(site.model.get(expected.renamed)?.url, expected.url);
  } finally {
    await saveEveryDocument();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (result !== undefined) {
      const back = new vscode.WorkspaceEdit();
      back.renameFile(file(expected.to), file(expected.from));
      assert.ok(await vscode.workspace.applyEdit(back));
      await waitFor('the model back at the old path', () => (site.model.get(expected.post) !== undefined && site.model.get(expected.renamed) === undefined ? true : undefined));
    }
  }
}
