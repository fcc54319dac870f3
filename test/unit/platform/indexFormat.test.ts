import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { configKey, decodeIndex, encodeIndex, indexFileName, joinPieces, sha256Hex } from '../../../src/platform/indexFormat';
import { fileIndexStore, indexCacheFile } from '../../../src/platform/indexCache';
import type { PostSummary } from '../../../src/core/postSummary';
import { SiteModel } from '../../../src/core/siteModel';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';

const info: PostSummary = {
  path: '_posts/2024-01-01-a.md', status: 'published', willPublish: true, isDraft: false, markedUnpublished: false,
  date: { epochMs: 1704034800000, offsetMinutes: 540, iso: '2024-01-01T00:00:00+09:00' }, title: '가나', slug: 'a',
  categories: ['dev'], tags: ['x', 'y'], layout: 'post', url: '/dev/a/', frontMatterLines: { start: 0, end: 5 }, problems: [], keys: ['title', 'tags'],
};

/** A file the desktop wrote before the format was split from its file I/O (indexCache.ts, format 9). */
const writtenBefore =
  '{"format":"postcraft-site-index","version":9,"siteRoot":"/site","configKey":"k1","names":["dev","x","y","post","title","tags"],"lines":1}\n' +
  '[["_posts/2024-01-01-a.md",123,456,"published",1,1704034800000,540,"2024-01-01T00:00:00+09:00","가나","a",[0],[1,2],3,"/dev/a/",0,5,[],[4,5],null,null,null,null,-1]]';

test('the shared format writes what the desktop wrote before, past ASCII escaped, and reads both back', async () => {
  const pieces = await encodeIndex('/site', 'k1', [{ mtimeMs: 123, info }], new Map([[info.path, 456]]));
  const written = new TextDecoder().decode(joinPieces(pieces));
  assert.match(written, /^[ -~\n]*$/, 'ASCII only');
  assert.equal(written, writtenBefore.replace('가나', '\\uac00\\ub098'));
  assert.deepEqual((await decodeIndex(joinPieces(pieces), '/site', 'k1'))?.get(info.path), { mtimeMs: 123, size: 456, info });
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
  const decoded = (await decodeIndex(joinPieces(pieces), '/site', 'k1'))?.get(info.path);
  assert.deepEqual(decoded?.info, withTerms);
  assert.deepEqual(Object.keys(decoded?.info.terms ?? {}), ['__proto__', 'series']);
  assert.equal(Object.getPrototypeOf(decoded?.info.terms), Object.prototype);
});

/** `n` posts like `info`, numbered. */
const numbered = (n: number): { mtimeMs: number; info: PostSummary }[] =>
  Array.from({ length: n }, (_, i) => ({ mtimeMs: 1000 + i, info: { ...info, path: `_posts/2024-01-01-p${i}.md`, title: `글 ${i}` } }));

test('a large index is made and read a line at a time, with a pause after each line, and a file cut at a line break is refused', async () => {
  const entries = numbered(600);
  const sizes = new Map(entries.map((e) => [e.info.path, 10]));
  let encodePauses = 0;
  const pieces = await encodeIndex('/site', 'k1', entries, sizes, () => {
    encodePauses++;
    return Promise.resolve();
  });
  const text = new TextDecoder().decode(joinPieces(pieces));
  const lines = text.split('\n');
  assert.deepEqual(lines.slice(1).map((l) => (JSON.parse(l) as unknown[]).length), [250, 250, 100]);
  assert.equal(encodePauses, 2, 'a pause after each full line');
  let decodePauses = 0;
  const decoded = await decodeIndex(joinPieces(pieces), '/site', 'k1', () => {
    decodePauses++;
    return Promise.resolve();
  });
  assert.equal(decoded?.size, 600);
  assert.equal(decodePauses, 3, 'a pause after each line read');
  assert.deepEqual(decoded?.get('_posts/2024-01-01-p599.md'), { mtimeMs: 1599, size: 10, info: entries[599]?.info });
  const cut = lines.slice(0, -1).join('\n');
  assert.equal(await decodeIndex(new TextEncoder().encode(cut), '/site', 'k1'), undefined, 'a whole line missing');
});

test('entries that change while the index is made give rows whose time and summary belong together', async () => {
  const live = new Map(numbered(600).map((e) => [e.info.path, e]));
  const sizes = new Map([...live.keys()].map((p) => [p, 10]));
  const edited = '_posts/2024-01-01-p400.md';
  const gone = '_posts/2024-01-01-p500.md';
  const pieces = await encodeIndex('/site', 'k1', live.values(), sizes, () => {
    // What a watcher may do while the index is written: a post saved again, another deleted.
    const before = live.get(edited);
    if (before !== undefined && before.mtimeMs < 9000) live.set(edited, { mtimeMs: 9000, info: { ...before.info, title: '고친 글' } });
    live.delete(gone);
    sizes.set(edited, 20);
    sizes.delete(gone);
    return Promise.resolve();
  });
  const decoded = await decodeIndex(joinPieces(pieces), '/site', 'k1');
  assert.deepEqual(decoded?.get(edited), { mtimeMs: 9000, size: 20, info: { ...info, path: edited, title: '고친 글' } });
  assert.equal(decoded?.has(gone), false);
  assert.equal(decoded?.size, 599);
});

test('titles past the Basic Multilingual Plane, a lone surrogate and DEL come back as they were', async () => {
  const odd: PostSummary = { ...info, title: '글 😀 \ud800 끝\u007f', tags: ['🏷️', '태그'] };
  const pieces = await encodeIndex('/site', 'k1', [{ mtimeMs: 1, info: odd }], new Map([[odd.path, 2]]));
  assert.match(new TextDecoder().decode(joinPieces(pieces)), /^[ -~\n]*$/);
  assert.deepEqual((await decodeIndex(joinPieces(pieces), '/site', 'k1'))?.get(odd.path)?.info, odd);
});

test("a model's entries read as the index is made: a post saved again and one deleted during a pause", async () => {
  const model = new SiteModel({ config: parseConfig('').config, zone: createTimeZone('UTC').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') });
  const path = (i: number): string => `_posts/2024-01-01-p${i}.md`;
  for (let i = 0; i < 600; i++) model.upsert({ path: path(i), text: `---\ntitle: 글 ${i}\n---\n`, mtimeMs: 1000 + i });
  const sizes = new Map(Array.from({ length: 600 }, (_, i) => [path(i), 10]));
  let paused = false;
  const pieces = await encodeIndex('/site', 'k1', model.summaries(), sizes, () => {
    if (!paused) {
      paused = true;
      model.upsert({ path: path(400), text: '---\ntitle: 고친 글\n---\n', mtimeMs: 9000 });
      model.remove(path(500));
    }
    return Promise.resolve();
  });
  const decoded = await decodeIndex(joinPieces(pieces), '/site', 'k1');
  assert.equal(decoded?.get(path(400))?.mtimeMs, 9000);
  assert.equal(decoded?.get(path(400))?.info.title, '고친 글');
  assert.equal(decoded?.has(path(500)), false);
  assert.equal(decoded?.get(path(100))?.info.title, '글 100');
  assert.equal(decoded?.size, 599);
});
