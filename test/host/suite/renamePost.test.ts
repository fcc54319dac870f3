import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';

const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

async function setTitle(uri: vscode.Uri, title: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((l) => l.startsWith('title:'));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, document.lineAt(line).range, `title: "${title}"`);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('rename a post to match its title', () => {
  const page = file('links.md');
  const unsavedUri = file('_posts', '2023-02-14-why-i-write-in-markdown.md');
  before(async () => {
    await postcraftApi();
  });
  // Whatever the outcome, later suites find the sample site as it ships: no extra page, no unsaved reference.
  after(async () => {
    await vscode.workspace.fs.delete(page).then(undefined, () => undefined);
    const unsaved = vscode.workspace.textDocuments.find((d) => d.uri.toString() === unsavedUri.toString());
    if (unsaved?.isDirty === true) {
      await vscode.window.showTextDocument(unsaved);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('renames the file after its (unsaved) title and updates post_url references, then back', async () => {
    const original = file('_posts', '2024-03-05-지킬-블로그-시작하기.md');
    const referrer = file('_posts', '2024-04-01-vs-code로-포스트-쓰기.md');
    const referrerBefore = await read(referrer);
    assert.match(referrerBefore, /\{% post_url 2024-03-05-지킬-블로그-시작하기 %\}/);
    // A page names it too, and an open editor holds an unsaved reference in a file whose disk bytes hold none.
    const pageText = '---\ntitle: Links\n---\n[시작]({% post_url 2024-03-05-지킬-블로그-시작하기 %})\n';
    await vscode.workspace.fs.writeFile(page, new TextEncoder().encode(pageText));
    const unsaved = await vscode.workspace.openTextDocument(unsavedUri);
    const unsavedBefore = unsaved.getText();
    const addReference = new vscode.WorkspaceEdit();
    addReference.insert(unsaved.uri, unsaved.positionAt(unsavedBefore.length), '{%- post_url 2024-03-05-지킬-블로그-시작하기 -%}\n');
    assert.ok(await vscode.workspace.applyEdit(addReference));

    await setTitle(original, '지킬로 블로그 시작하기');
    const renamed = await vscode.commands.executeCommand<vscode.Uri>('postcraft.renamePostToTitle', original);
    assert.equal(renamed?.path.endsWith('/_posts/2024-03-05-지킬로-블로그-시작하기.md'), true, renamed?.path);
    const referrerDoc = await vscode.workspace.openTextDocument(referrer);
    assert.match(referrerDoc.getText(), /\{% post_url 2024-03-05-지킬로-블로그-시작하기 %\}/);
    assert.equal(referrerDoc.getText().replace('2024-03-05-지킬로-블로그-시작하기', '2024-03-05-지킬-블로그-시작하기'), referrerBefore, 'only the name changed');
    const pageDoc = await vscode.workspace.openTextDocument(page);
    assert.equal(pageDoc.getText(), pageText.replace('지킬-블로그', '지킬로-블로그'), 'the page follows');
    assert.match(unsaved.getText(), /\{%- post_url 2024-03-05-지킬로-블로그-시작하기 -%\}\n$/, 'the unsaved reference follows');

    await setTitle(renamed, '지킬 블로그 시작하기');
    const back = await vscode.commands.executeCommand<vscode.Uri>('postcraft.renamePostToTitle', renamed);
    assert.equal(back?.path, original.path);
    assert.equal(referrerDoc.getText(), referrerBefore);
    assert.equal(pageDoc.getText(), pageText);
    const removeReference = new vscode.WorkspaceEdit();
    removeReference.replace(unsaved.uri, new vscode.Range(unsaved.positionAt(0), unsaved.positionAt(unsaved.getText().length)), unsavedBefore);
    assert.ok(await vscode.workspace.applyEdit(removeReference));
    await saveEveryDocument();
    // Saved, not only equal in memory: otherwise the disk would hold its bytes for no merit of the rename.
    assert.deepEqual([referrerDoc.isDirty, pageDoc.isDirty, unsaved.isDirty], [false, false, false]);
    await waitFor('the referrer back to its bytes on disk', async () => ((await read(referrer)) === referrerBefore ? true : undefined));
  });
});
