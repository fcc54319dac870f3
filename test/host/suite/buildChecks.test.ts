import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import { revertAndCloseAll } from '../closeEditors';

const postcraftDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Postcraft');
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('Jekyll build checks in the editor', () => {
  const created: vscode.Uri[] = [];
  before(async () => {
    await postcraftApi();
  });
  afterEach(async () => {
    await revertAndCloseAll();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('a post_url typed to no post is an error at its tag; the quick fix names the post and the error goes', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '_posts', '2024-02-04-build-check.md');
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: 빌드 점검\n---\n첫 문단.\n\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const typed = '지난 글: {% post_url 2024-03-05-지킬-블로그-시작 %}';
    // Typed, not saved: the check runs on the buffer.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(5, 0), typed)));
    const diagnostic = await waitFor('the post_url error', () => postcraftDiagnostics(uri).find((d) => codeOf(d) === 'jekyll.postUrlMissing'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const start = typed.indexOf('{%');
    assert.deepEqual(diagnostic.range, new vscode.Range(5, start, 5, typed.length));
    // The quick fixes come from the site's post indexes, which may still be taking in the new file: ask until they do.
    const fix = await waitFor('the post_url quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(5, start + 3, 5, start + 3));
      return actions.find((a) => a.isPreferred && a.edit !== undefined);
    });
    assert.ok(fix.edit);
    assert.match(fix.title, /2024-03-05-지킬-블로그-시작하기/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(5).text, '지난 글: {% post_url 2024-03-05-지킬-블로그-시작하기 %}');
    await waitFor('the post_url error to go', () => (postcraftDiagnostics(uri).some((d) => codeOf(d).startsWith('jekyll.')) ? undefined : true));
  });

  it('a link to a missing file is an error until the file is created', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '_posts', '2024-02-05-link-check.md');
    const image = vscode.Uri.joinPath(workspaceRoot(), 'assets', 'images', 'build-check-new.svg');
    created.push(uri, image);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: 링크 점검\n---\n![그림]({% link assets/images/build-check-new.svg %})\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostic = await waitFor('the link error', () => postcraftDiagnostics(uri).find((d) => codeOf(d) === 'jekyll.linkMissing'));
    assert.deepEqual(diagnostic.range, new vscode.Range(3, 6, 3, 50));
    await vscode.workspace.fs.writeFile(image, new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    await waitFor('the link error to go once the file exists', () => (postcraftDiagnostics(uri).some((d) => codeOf(d) === 'jekyll.linkMissing') ? undefined : true));
  });
  it('a missing image typed in a post is a warning at its path; the quick fix names the site\'s image of that name and it goes', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '_posts', '2024-02-06-image-check.md');
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: 그림 점검\n---\n첫 문단.\n\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const typed = '![공책과 펜](/sample.svg)';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(5, 0), typed)));
    const diagnostic = await waitFor('the missing image warning', () => postcraftDiagnostics(uri).find((d) => codeOf(d) === 'image.missing'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const start = typed.indexOf('/sample.svg');
    assert.deepEqual(diagnostic.range, new vscode.Range(5, start, 5, start + '/sample.svg'.length));
    const fix = await waitFor('the image quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(5, start + 1, 5, start + 1));
      return actions.find((a) => a.isPreferred && a.edit !== undefined);
    });
    assert.ok(fix.edit);
    assert.match(fix.title, /\/assets\/images\/sample\.svg/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(5).text, '![공책과 펜](/assets/images/sample.svg)');
    await waitFor('the image warning to go', () => (postcraftDiagnostics(uri).some((d) => codeOf(d) === 'image.missing') ? undefined : true));
  });
});
