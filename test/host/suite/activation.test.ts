import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const extensionId = 'postcraft.postcraft';

describe('activation', () => {
  it('activates in a workspace that holds a Jekyll site', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers every command the manifest contributes', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes?: { commands?: { command: string }[] } };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
  });
});
