import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { renameRoundTrip } from '../renameRoundTrip';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';

describe('Rename Post to Match Title on the Docusaurus sample', () => {
  it('renames a dated folder after its title, the date kept, and the slug follows', async () => {
    await renameRoundTrip({
      post: 'blog/2024-06-01-bundle-post/index.md',
      from: 'blog/2024-06-01-bundle-post',
      to: 'blog/2024-06-01-a-post-in-a-dated-folder',
      renamed: 'blog/2024-06-01-a-post-in-a-dated-folder/index.md',
      url: '/blog/2024/06/01/a-post-in-a-dated-folder',
    });
  });
});

describe('Rename Post to Match Title on the Docusaurus sample: links to the post by its file', () => {
  const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
  const read = async (rel: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));
  const post = 'blog/2024-04-01-한글-포스트.md';
  const referrer = 'blog/2024-11-01-links-to-posts.md';
  const referrerText = [
    '---', 'title: Links to posts', 'date: 2024-11-01', '---', '',
    'Relative: [첫 글](./2024-04-01-한글-포스트.md#시작), bare: [첫 글](2024-04-01-한글-포스트.md), from the site: [첫 글](@site/blog/2024-04-01-한글-포스트.md).',
    '', '`[in code](./2024-04-01-한글-포스트.md)` stays.', '',
  ].join('\n');

  it('rewrites the relative and @site/ links Docusaurus resolves to the post, in another post', async () => {
    const site = (await postcraftApi()).registry.list()[0];
    assert.ok(site);
    const postBefore = await read(post);
    await vscode.workspace.fs.writeFile(file(referrer), new TextEncoder().encode(referrerText));
    await waitFor('the model to read the linking post', () => (site.model.get(referrer) !== undefined ? true : undefined));
    let renamed: string | undefined;
    try {
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.renamePostToTitle, file(post));
      assert.ok(result);
      renamed = `blog/${result.path.slice(result.path.lastIndexOf('/') + 1)}`;
      assert.equal(renamed, 'blog/2024-04-01-한글로-쓴-첫-글.md', 'the title\'s slug, the date kept');
      assert.equal(await read(renamed), postBefore);
      const name = renamed.slice('blog/'.length);
      const expected = referrerText
        .replace('(./2024-04-01-한글-포스트.md#시작)', `(./${name}#시작)`)
        .replace('(2024-04-01-한글-포스트.md)', `(${name})`)
        .replace('(@site/blog/2024-04-01-한글-포스트.md)', `(@site/${renamed})`);
      assert.equal((await vscode.workspace.openTextDocument(file(referrer))).getText(), expected);
    } finally {
      await saveEveryDocument();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (renamed !== undefined && (await vscode.workspace.fs.stat(file(renamed)).then(() => true, () => false))) {
        const back = new vscode.WorkspaceEdit();
        back.renameFile(file(renamed), file(post));
        assert.ok(await vscode.workspace.applyEdit(back));
      }
      await vscode.workspace.fs.delete(file(referrer)).then(undefined, () => undefined);
      await waitFor('the model back as it was', () => (site.model.get(post) !== undefined && site.model.get(referrer) === undefined ? true : undefined));
    }
  });
});
