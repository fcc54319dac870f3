import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { siteUri, type Site } from '../../src/features/sites/site';
import type { SiteReading } from '../../src/features/sites/siteReading';
import { postcraftApi } from '../host/postcraftApi';
import { waitFor } from '../host/waitFor';

/**
 * The web's persisted index (kept through workspace.fs under the extension's storage): the site is opened again
 * (the registry reads it afresh, with the index the first opening saved) and must read none of its posts whose
 * mtime and size did not change, only stat them; a post that changed is read, and only that one.
 */
describe('the persisted index in the web host', () => {
  const settled = async (root: string): Promise<SiteReading> => {
    const api = await postcraftApi();
    return waitFor(`the reading of ${root} to be checked and saved`, () => {
      const reading = api.registry.readingOf(root);
      return reading !== undefined && !reading.reading && reading.checked && reading.saved ? reading : undefined;
    }, 30_000);
  };
  const postLocations = (site: Site): Set<string> =>
    new Set(site.model.snapshot().posts.map((p) => site.files.locationOf(siteUri(site, p.path)) ?? p.path));

  it('reads every post on the first opening and none on the second', async () => {
    const api = await postcraftApi();
    const site = api.registry.list()[0];
    assert.ok(site !== undefined);
    const posts = postLocations(site);
    assert.ok(posts.size >= 5, `the sample has posts (${posts.size})`);
    const first = await settled(site.root);
    assert.equal(first.fromCache, 0, 'the first opening has no index to start from');
    for (const post of posts) assert.ok(first.reads.includes(post), `the first opening read ${post}`);

    await api.registry.reload();
    const reopened = api.registry.list()[0];
    assert.ok(reopened !== undefined);
    const second = await settled(reopened.root);
    assert.ok(second.fromCache >= posts.size, `the second opening restored ${second.fromCache} files`);
    assert.deepEqual(second.reads.filter((r) => posts.has(r)), [], 'no post was read again');
    assert.equal(reopened.model.snapshot().posts.length, site.model.snapshot().posts.length);
  });

  it('reads again exactly the post that changed since', async () => {
    const api = await postcraftApi();
    const site = api.registry.list()[0];
    assert.ok(site !== undefined);
    const post = site.model.snapshot().posts.find((p) => p.status === 'published');
    assert.ok(post !== undefined);
    const uri = siteUri(site, post.path);
    const original = await vscode.workspace.fs.readFile(uri);
    await settled(site.root);
    try {
      // Longer by a line: its size differs whatever the clock's resolution.
      await vscode.workspace.fs.writeFile(uri, new Uint8Array([...original, ...new TextEncoder().encode('\nOne more line.\n')]));
      await api.registry.reload();
      const reopened = api.registry.list()[0];
      assert.ok(reopened !== undefined);
      const reading = await settled(reopened.root);
      const posts = postLocations(reopened);
      assert.deepEqual(reading.reads.filter((r) => posts.has(r)), [site.files.locationOf(uri)]);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });
});
