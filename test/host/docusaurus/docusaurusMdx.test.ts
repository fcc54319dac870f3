import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { revertAndCloseAll } from '../closeEditors';
import { renameRoundTrip } from '../renameRoundTrip';
import { waitFor } from '../waitFor';
import { commandIds } from '../../../src/features/commands/commandIds';

const MDX = 'blog/2024-10-20-mdx-component.mdx';
const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));

/**
 * Runs `body`, then puts the post's text back whatever happened: through its document, saved, so that the text
 * model VS Code keeps for the file agrees with the disk (a write behind its back makes the next save of that model
 * fail as "modified since", as VS Code 1.100 does).
 */
async function restoring(rel: string, body: () => Promise<void>): Promise<void> {
  const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));
  try {
    await body();
  } finally {
    await revertAndCloseAll();
    const document = await vscode.workspace.openTextDocument(file(rel));
    if (document.getText() !== before) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), before);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
  }
}

describe('the writing commands on an .mdx post of the Docusaurus sample', () => {
  it('Add Tags writes the tag into the MDX post, and the model follows', async () => {
    const site = (await postcraftApi()).registry.list()[0];
    await restoring(MDX, async () => {
      const editor = await vscode.window.showTextDocument(file(MDX), { preview: false });
      assert.equal(await vscode.commands.executeCommand(commandIds.addTags, { uri: file(MDX), names: ['새 태그'] }), true);
      assert.match(editor.document.getText(), /^tags: \[docusaurus, MDX, 새 태그\]$/m);
      // The model reads the files: it follows the post once it is saved.
      assert.ok(await editor.document.save());
      await waitFor('the model to see the new tag', () => (site?.model.get(MDX)?.tags.includes('새 태그') === true ? true : undefined), 20_000);
    });
  });

  it('Unpublish Post sets the draft flag in the MDX post, and the model reads it as a draft', async () => {
    const site = (await postcraftApi()).registry.list()[0];
    await restoring(MDX, async () => {
      const editor = await vscode.window.showTextDocument(file(MDX), { preview: false });
      await vscode.commands.executeCommand(commandIds.unpublishPost);
      assert.match(editor.document.getText(), /^draft: true$/m);
      await waitFor('the model to read the MDX post as a draft', () => (site?.model.get(MDX)?.status === 'draft' ? true : undefined), 20_000);
    });
  });

  it('Rename Post to Match Title renames the MDX file after its title, the date kept', async () => {
    await renameRoundTrip({
      post: MDX,
      from: MDX,
      to: 'blog/2024-10-20-an-mdx-post-with-a-component.mdx',
      renamed: 'blog/2024-10-20-an-mdx-post-with-a-component.mdx',
      url: '/blog/2024/10/20/an-mdx-post-with-a-component',
    });
  });
});
