import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../host/postcraftApi';

/**
 * What the suites after this one rely on: they run in the browser's extension host, on a folder behind workspace.fs
 * where the extension finds a site of `generator`.
 */
export function webBuildSuite(generator: string): void {
describe('the web build', () => {
  it('runs in a web worker, with no Node, from the browser entry', async () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
    const extension = vscode.extensions.getExtension('postcraft.postcraft');
    assert.ok(extension);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    await postcraftApi();
  });

  it('finds the site on a folder that is not on a local disk', async () => {
    assert.notEqual(workspaceRoot().scheme, 'file');
    const api = await postcraftApi();
    const sites = api.registry.list();
    assert.equal(sites.length, 1);
    assert.equal(sites[0]?.generator.id, generator);
    assert.equal(sites[0]?.uri.toString(), workspaceRoot().toString());
  });
});
}
