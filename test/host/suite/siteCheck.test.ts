import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';

// Check Whole Site puts the findings of posts that are not open into Problems, and they clear as the posts are fixed.
describe('Check Whole Site', () => {
  const rel = '_posts/2024-05-05-site-check.md';
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
  const write = (text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const postcraftDiagnostics = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Postcraft');

  after(async () => {
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('reports a post that is not open at its line, and clears it once the file is fixed on disk', async () => {
    const site = (await postcraftApi()).registry.list()[0];
    assert.ok(site);
    await write('---\ntitle: Checked\ndate: 2024-13-05\n---\nbody\n');
    await waitFor('the post in the model', () => site.model.get(rel));
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), false, 'the post is not open');
    assert.deepEqual(postcraftDiagnostics(), [], 'nothing is reported before the check');

    const summary = await vscode.commands.executeCommand<{ posts: number; errors: number; warnings: number }>(commandIds.checkSite);
    assert.ok(summary);
    assert.equal(summary.posts, site.model.snapshot().posts.length);
    assert.ok(summary.errors >= 1);
    const found = postcraftDiagnostics();
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line, d.severity]), [['post.date', 2, vscode.DiagnosticSeverity.Error]]);

    await write('---\ntitle: Checked\ndate: 2024-05-05\n---\nbody\n');
    await waitFor('the finding to clear', () => (postcraftDiagnostics().length === 0 ? true : undefined), 15_000);
  });
});
