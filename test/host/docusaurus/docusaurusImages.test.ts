import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { revertAndCloseAll } from '../closeEditors';
import { commandIds } from '../../../src/features/commands/commandIds';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));

/** Opens a post with the cursor at its end; returns the editor and the text before it. */
async function openAtEnd(rel: string): Promise<{ editor: vscode.TextEditor; before: string }> {
  const editor = await vscode.window.showTextDocument(file(rel), { preview: false });
  const before = editor.document.getText();
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return { editor, before };
}

describe('Insert Image on a Docusaurus blog', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-docusaurus-image-'));
  const outside = path.join(tmp, '화면 캡처.png');
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]);
  const made: string[] = [];
  before(async () => {
    fs.writeFileSync(outside, bytes);
    await (await postcraftApi()).registry.ready;
  });
  afterEach(async () => {
    await revertAndCloseAll();
    for (const rel of made.splice(0)) await vscode.workspace.fs.delete(file(rel), { recursive: true }).then(undefined, () => undefined);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('copies an image from disk into static/img/<slug>/ and links it from the root, as Docusaurus serves it', async () => {
    made.push('static');
    const { editor, before } = await openAtEnd('blog/2024-03-05-hello-docusaurus.md');
    const inserted = await vscode.commands.executeCommand<string>(commandIds.insertImage, { path: outside });
    assert.equal(inserted, '![화면 캡처](/img/hello-docusaurus/화면%20캡처.png)');
    assert.equal(editor.document.getText(), `${before}${inserted}`);
    assert.deepEqual(new Uint8Array(await vscode.workspace.fs.readFile(file('static/img/hello-docusaurus/화면 캡처.png'))), bytes);
  });

  it('puts the image next to a folder post and links it relatively', async () => {
    made.push('blog/2024-06-01-bundle-post/화면 캡처.png');
    const { editor, before } = await openAtEnd('blog/2024-06-01-bundle-post/index.md');
    const inserted = await vscode.commands.executeCommand<string>(commandIds.insertImage, { path: outside });
    assert.equal(inserted, '![화면 캡처](./화면%20캡처.png)');
    assert.equal(editor.document.getText(), `${before}${inserted}`);
    assert.deepEqual(new Uint8Array(await vscode.workspace.fs.readFile(file('blog/2024-06-01-bundle-post/화면 캡처.png'))), bytes);
  });
});
