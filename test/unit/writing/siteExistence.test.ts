import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';
import { newPost } from '../../../src/core/edits/newPost';
import { publishPath } from '../../../src/core/edits/postMoves';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { settingLocation, withExistence } from '../../../src/features/writing/siteExistence';
import type { FileSystem } from '../../../src/platform/fileSystem';
import type { FolderFiles } from '../../../src/platform/folderFiles';
import { tempSite } from '../platform/tempSite';

const zone = createTimeZone('Asia/Seoul').zone;
const nowMs = Date.parse('2025-05-31T15:30:05Z');
const config = parseConfig('timezone: Asia/Seoul\n').config;

/** A site on disk through the port, counting the stats it is asked for. */
function siteOn(root: string): { root: string; files: FolderFiles; stats: string[] } {
  const stats: string[] = [];
  const fsPort: FileSystem = { ...nodeFileSystem, stat: (location) => { stats.push(location); return nodeFileSystem.stat(location); } };
  const files = { fs: fsPort, locationOf: () => undefined, uriOf: () => { throw new Error('no URI in a unit test'); } } as unknown as FolderFiles;
  return { root: root.replace(/\\/g, '/'), files, stats };
}

describe('existence through the file-system port, for the writing commands', () => {
  it('gives the core the answers a synchronous check of the disk gives: the next free name after -2', async () => {
    const root = tempSite({ '_drafts/hello.md': 'a', '_drafts/hello-2.md': 'b', '_posts/2025-06-01-hello.md': 'c' });
    const site = siteOn(root);
    const onDisk = (rel: string): boolean => fs.existsSync(path.join(root, ...rel.split('/')));
    // Each path is asked of the file system once in a call, however many rounds it takes.
    const once = async <T>(compute: (exists: (rel: string) => boolean) => T): Promise<T> => {
      const from = site.stats.length;
      const result = await withExistence(site, compute);
      const asked = site.stats.slice(from);
      assert.equal(new Set(asked).size, asked.length, asked.join(', '));
      return result;
    };
    for (const draft of [true, false]) {
      const request = { title: 'Hello', categories: [], tags: [], draft, nowMs, zone, config };
      const made = await once((exists) => newPost({ ...request, exists }));
      assert.deepEqual(made, newPost({ ...request, exists: onDisk }));
    }
    const published = await once((exists) => publishPath('_drafts/hello.md', '2025-06-01', exists));
    assert.deepEqual(published, publishPath('_drafts/hello.md', '2025-06-01', onDisk));
    assert.ok(published.ok && published.path === '_posts/2025-06-01-hello-2.md', JSON.stringify(published));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('asks nothing when the core asks nothing', async () => {
    const site = siteOn('/nowhere');
    assert.equal(await withExistence(site, () => 42), 42);
    assert.deepEqual(site.stats, []);
  });

  it('resolves a setting as path.resolve does, on locations', () => {
    const site = siteOn('/home/me/blog');
    for (const [value, expected] of [
      ['.postcraft/post-template.md', '/home/me/blog/.postcraft/post-template.md'],
      ['./templates/../t.md', '/home/me/blog/t.md'],
      ['../shared/t.md', '/home/me/shared/t.md'],
      ['/etc/t.md', '/etc/t.md'],
      ['../../../../t.md', '/t.md'],
    ] as const) {
      assert.equal(settingLocation(site, value), expected, value);
      assert.equal(settingLocation(site, value), path.posix.resolve('/home/me/blog', value), value);
    }
    assert.equal(settingLocation(siteOn('C:/Users/me/blog'), 'C:\\t\\a.md'), 'C:/t/a.md');
  });
});
