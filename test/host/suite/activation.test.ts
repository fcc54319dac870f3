import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../waitFor';
import { postcraftApi } from '../postcraftApi';

const extensionId = 'postcraft.postcraft';

describe('activation', () => {
  // Nothing here calls activate() or a command first: the workspace alone must wake Postcraft (activationEvents).
  it('activates by itself in a workspace that holds a Jekyll site', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await waitFor('Postcraft to activate by itself', () => (extension.isActive ? true : undefined), 30_000);
  });

  it('registers every command the manifest contributes', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes?: { commands?: { command: string }[] } };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
  });

  it('shows the Postcraft view by itself on the workspace\'s first activation', async () => {
    const api = await postcraftApi();
    // A fresh profile starts on the Explorer: only Postcraft can have brought its own view up.
    await waitFor('the Postcraft view to be shown', () => (api.explorer.visible() ? true : undefined), 30_000);
  });
});
