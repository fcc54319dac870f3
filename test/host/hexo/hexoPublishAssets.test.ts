// Publish Draft and Move to Drafts with post_asset_folder: the draft's asset folder moves with it, as `hexo publish`
// moves it (compared with Hexo itself in test/conformance/hexo/hexoPublish.test.ts), in the same edit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function at(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

async function isThere(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function assetsOn(config: unknown): boolean | undefined {
  const hexo = (config as { hexo?: { postAssetFolder?: boolean } }).hexo;
  return hexo?.postAssetFolder;
}

describe('Publish Draft on a Hexo blog with post_asset_folder', () => {
  it('moves the draft\'s asset folder beside the new post, and Move to Drafts moves it back', async () => {
    const api = await postcraftApi();
    const configUri = at('_config.yml');
    const config = decoder.decode(await vscode.workspace.fs.readFile(configUri));
    assert.match(config, /^post_asset_folder: false$/m);
    const rel = 'source/_drafts/comment-systems.md';
    const draftUri = at(rel);
    const draft = decoder.decode(await vscode.workspace.fs.readFile(draftUri));
    const image = at('source/_drafts/comment-systems/figures/diagram.svg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
    let published: vscode.Uri | undefined;
    let back: vscode.Uri | undefined;
    try {
      await vscode.workspace.fs.writeFile(configUri, encoder.encode(config.replace(/^post_asset_folder: false$/m, 'post_asset_folder: true')));
      await waitFor('the site to read post_asset_folder: true', () => (assetsOn(api.registry.list()[0]?.loaded.config) === true ? true : undefined));
      await vscode.workspace.fs.writeFile(image, encoder.encode(svg));
      await waitFor('the draft to be read', () => (api.registry.list()[0]?.model.get(rel)?.status === 'draft' ? true : undefined));

      published = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.publishDraft, draftUri);
      assert.ok(published);
      const folder = published.path.replace(/\.md$/, '');
      const moved = published.with({ path: `${folder}/figures/diagram.svg` });
      assert.equal(decoder.decode(await vscode.workspace.fs.readFile(moved)), svg, 'the image is in the new post\'s asset folder');
      assert.equal(await isThere(at('source/_drafts/comment-systems')), false, 'no asset folder is left in _drafts');

      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const newRel = vscode.workspace.asRelativePath(published, false);
      await waitFor('the model to read the published post', () => (api.registry.list()[0]?.model.get(newRel)?.status === 'published' ? true : undefined));
      back = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.unpublishPost, published);
      assert.ok(back);
      assert.equal(vscode.workspace.asRelativePath(back, false), rel);
      assert.equal(decoder.decode(await vscode.workspace.fs.readFile(image)), svg, 'the asset folder is back in _drafts');
      assert.equal(await isThere(published.with({ path: folder })), false, 'no asset folder is left in _posts');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [published, published?.with({ path: published.path.replace(/\.md$/, '') }), at('source/_drafts/comment-systems')]) {
        if (uri !== undefined && (await isThere(uri))) await vscode.workspace.fs.delete(uri, { recursive: true });
      }
      await vscode.workspace.fs.writeFile(draftUri, encoder.encode(draft));
      await vscode.workspace.fs.writeFile(configUri, encoder.encode(config));
      await waitFor('the site to read post_asset_folder: false again', () => (assetsOn(api.registry.list()[0]?.loaded.config) === false ? true : undefined));
      await waitFor('the draft to be back', () => (api.registry.list()[0]?.model.get(rel)?.status === 'draft' ? true : undefined));
    }
  });
});
