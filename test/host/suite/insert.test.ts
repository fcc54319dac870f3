import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { revertAndCloseAll } from '../closeEditors';
import { commandIds } from '../../../src/features/commands/commandIds';
import type { PostcraftApi } from '../../../src/extension';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
const POST = '_posts/2025-01-20-꾸준히-글쓰는-습관.md';
const COPY_DIR = 'assets/images/꾸준히-글쓰는-습관';

/** Opens the post with the cursor on a new empty last line; returns the editor and the text before it. */
async function openAtEnd(): Promise<{ editor: vscode.TextEditor; before: string }> {
  const editor = await vscode.window.showTextDocument(file(POST));
  const before = editor.document.getText();
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return { editor, before };
}

async function setStyle(key: string, value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('postcraft').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('insert link and image', () => {
  let api: PostcraftApi;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-insert-'));
  before(async () => {
    api = await postcraftApi();
  });
  afterEach(async () => {
    await revertAndCloseAll();
    await setStyle('insertLink.style', undefined);
    await setStyle('insertImage.style', undefined);
    await vscode.workspace.fs.delete(file(COPY_DIR), { recursive: true }).then(undefined, () => undefined);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('inserts a post_url link to a post in a sub-folder site, with its Korean title', async () => {
    const { editor, before } = await openAtEnd();
    const inserted = await vscode.commands.executeCommand<string>(commandIds.insertPostLink, { path: 'dev/_posts/2024-05-22-지킬-빌드-빠르게-하기.md' });
    assert.equal(inserted, '[지킬 빌드 빠르게 하기]({% post_url 2024-05-22-지킬-빌드-빠르게-하기 %})');
    assert.equal(editor.document.getText(), `${before}${inserted}`);
  });

  it('inserts the permalink when the setting asks for it, and links a future post', async () => {
    await setStyle('insertLink.style', 'permalink');
    const { editor, before } = await openAtEnd();
    const rel = '_posts/2099-01-01-hello-from-the-future.md';
    const url = api.registry.list()[0]?.model.snapshot().posts.find((p) => p.path === rel)?.url;
    assert.ok(url?.startsWith('/'));
    const inserted = await vscode.commands.executeCommand<string>(commandIds.insertPostLink, { path: rel });
    assert.equal(inserted, `[Hello from the Future](${url})`);
    assert.equal(editor.document.getText(), `${before}${inserted}`);
  });

  it('does not link a draft', async () => {
    const { editor, before } = await openAtEnd();
    assert.equal(await vscode.commands.executeCommand(commandIds.insertPostLink, { path: '_drafts/ideas-for-a-series.md' }), undefined);
    assert.equal(editor.document.getText(), before);
  });

  it('inserts an image of the site as Markdown, or as the Minimal Mistakes figure', async () => {
    const { editor, before } = await openAtEnd();
    const inserted = await vscode.commands.executeCommand<string>(commandIds.insertImage, { path: 'assets/images/sample.svg' });
    assert.equal(inserted, '![sample](/assets/images/sample.svg)');
    assert.equal(editor.document.getText(), `${before}${inserted}`);
    await setStyle('insertImage.style', 'figure');
    const figure = await vscode.commands.executeCommand<string>(commandIds.insertImage, { path: 'assets/images/sample.svg' });
    assert.equal(figure, '{% include figure image_path="/assets/images/sample.svg" alt="sample" caption="" %}');
    assert.equal(editor.document.getText(), `${before}${inserted}${figure}`);
  });

  it('copies an image from outside the site into assets/images/<post-slug>/, never over a file', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const outside = path.join(tmp, '화면 캡처.png');
    fs.writeFileSync(outside, bytes);
    const { editor, before } = await openAtEnd();
    const first = await vscode.commands.executeCommand<string>(commandIds.insertImage, { path: outside });
    assert.equal(first, `![화면 캡처](/${COPY_DIR}/화면%20캡처.png)`);
    assert.deepEqual(new Uint8Array(await vscode.workspace.fs.readFile(file(`${COPY_DIR}/화면 캡처.png`))), bytes);
    const second = await vscode.commands.executeCommand<string>(commandIds.insertImage, { path: outside });
    assert.equal(second, `![화면 캡처](/${COPY_DIR}/화면%20캡처-2.png)`);
    assert.deepEqual(new Uint8Array(await vscode.workspace.fs.readFile(file(`${COPY_DIR}/화면 캡처-2.png`))), bytes);
    assert.equal(editor.document.getText(), `${before}${first}${second}`);
  });
});
