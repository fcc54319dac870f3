import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { configKey, decodeIndex, encodeIndex, indexFileName, sha256Hex } from '../../../src/platform/indexFormat';
import { fileIndexStore, indexCacheFile } from '../../../src/platform/indexCache';
import type { PostSummary } from '../../../src/core/postSummary';

const info: PostSummary = {
  path: '_posts/2024-01-01-a.md', status: 'published', willPublish: true, isDraft: false, markedUnpublished: false,
  date: { epochMs: 1704034800000, offsetMinutes: 540, iso: '2024-01-01T00:00:00+09:00' }, title: '가나', slug: 'a',
  categories: ['dev'], tags: ['x', 'y'], layout: 'post', url: '/dev/a/', frontMatterLines: { start: 0, end: 5 }, problems: [], keys: ['title', 'tags'],
};

/** A file the desktop wrote before the format was split from its file I/O (indexCache.ts, format 9). */
const writtenBefore =
  '{"format":"postcraft-site-index","version":9,"siteRoot":"/site","configKey":"k1","names":["dev","x","y","post","title","tags"],"lines":1}\n' +
  '[["_posts/2024-01-01-a.md",123,456,"published",1,1704034800000,540,"2024-01-01T00:00:00+09:00","가나","a",[0],[1,2],3,"/dev/a/",0,5,[],[4,5],null,null,null,null,-1]]';

test('the shared format writes byte for byte what the desktop wrote before, and reads it back', async () => {
  const pieces = await encodeIndex('/site', 'k1', [{ mtimeMs: 123, info }], new Map([[info.path, 456]]));
  assert.equal(pieces.join(''), writtenBefore);
  const decoded = await decodeIndex(new TextEncoder().encode(writtenBefore), '/site', 'k1');
  assert.deepEqual(decoded?.get(info.path), { mtimeMs: 123, size: 456, info });
  assert.equal(await decodeIndex(new TextEncoder().encode(writtenBefore), '/other', 'k1'), undefined, 'another site');
  assert.equal(await decodeIndex(new TextEncoder().encode(writtenBefore), '/site', 'k2'), undefined, 'another config');
  assert.equal(await decodeIndex(new TextEncoder().encode(writtenBefore.slice(0, -3)), '/site', 'k1'), undefined, 'cut short');
});

test('Web Crypto hashes as node:crypto did, so the desktop finds its cache files under the same names and keys', async () => {
  for (const text of ['', '/home/me/blog', 'jekyll\0timezone: Asia/Seoul\0한글']) {
    assert.equal(await sha256Hex(text), crypto.createHash('sha256').update(text).digest('hex'));
    assert.equal(await configKey(text), crypto.createHash('sha256').update(text).digest('hex'));
  }
  assert.equal(await indexFileName('/home/me/blog'), path.basename(indexCacheFile('/storage', '/home/me/blog')));
});

test("the desktop's store reads a file it wrote before the split", async () => {
  const identity = 'jekyll\0config';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-format-'));
  const file = indexCacheFile(dir, '/site');
  const key = crypto.createHash('sha256').update(identity).digest('hex');
  fs.writeFileSync(file, writtenBefore.replace('"configKey":"k1"', `"configKey":"${key}"`));
  const loaded = await fileIndexStore(file, '/site').load(identity);
  assert.deepEqual(loaded?.get(info.path), { mtimeMs: 123, size: 456, info });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a taxonomy called __proto__ comes back as the site\'s own names, not as the prototype of the terms', async () => {
  const terms = JSON.parse('{"__proto__": ["가", "나"], "series": ["s"]}') as Record<string, string[]>;
  const withTerms: PostSummary = { ...info, terms };
  const pieces = await encodeIndex('/site', 'k1', [{ mtimeMs: 1, info: withTerms }], new Map([[info.path, 2]]));
  const decoded = (await decodeIndex(new TextEncoder().encode(pieces.join('')), '/site', 'k1'))?.get(info.path);
  assert.deepEqual(decoded?.info, withTerms);
  assert.deepEqual(Object.keys(decoded?.info.terms ?? {}), ['__proto__', 'series']);
  assert.equal(Object.getPrototypeOf(decoded?.info.terms), Object.prototype);
});
