import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SharedStrings } from '../../../src/core/sharedStrings';
import { summarizePost, summaryOf } from '../../../src/core/postSummary';
import { SiteModel } from '../../../src/core/siteModel';
import { analyzePost } from '../../../src/core/analyzePost';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';

const zone = createTimeZone('Asia/Seoul').zone;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const config = parseConfig('').config;

test('a key list equal to one seen before is that list; a different one, or one that only joins the same, is its own', () => {
  const shared = new SharedStrings();
  const first = shared.keyList(['title', 'date', '태그']);
  assert.deepEqual(first, ['title', 'date', '태그']);
  assert.equal(shared.keyList(['title', 'date', '태그']), first);
  assert.notEqual(shared.keyList(['title', 'date']), first);
  // Both join to "a\0b\0c": the second is not the first's list.
  const joined = shared.keyList(['a\0b', 'c']);
  const apart = shared.keyList(['a', 'b\0c']);
  assert.deepEqual([joined, apart], [['a\0b', 'c'], ['a', 'b\0c']]);
  assert.equal(shared.keyList(['a\0b', 'c']), joined);
});

test('strings and lists come back equal, in order, past the table\'s limit too', () => {
  const shared = new SharedStrings();
  for (let i = 0; i < 25_000; i++) assert.equal(shared.string(`이름-${i}`), `이름-${i}`);
  assert.deepEqual(shared.list(['b', 'a', 'b', '한글']), ['b', 'a', 'b', '한글']);
  for (let i = 0; i < 2_500; i++) assert.deepEqual(shared.keyList([`k${i}`, 'title']), [`k${i}`, 'title']);
});

test('a summary made with shared strings equals the one made without, __proto__ terms included', () => {
  const text = '---\ntitle: 첫 글\ntags: [지킬, 블로그]\ncategories: [dev]\nlayout: post\n__proto__: x\n---\n본문\n';
  const info = analyzePost({ path: '_posts/2024-01-01-a.md', text, mtimeMs: 0 }, { config, zone, nowMs: NOW });
  const own = summarizePost(info);
  const shared = summarizePost(info, new SharedStrings());
  assert.deepEqual(shared, own);
  assert.deepEqual(shared.keys, ['title', 'tags', 'categories', 'layout', '__proto__']);
  const withTerms = summarizePost({ ...info, terms: JSON.parse('{"__proto__": ["a"], "series": ["b"]}') as Record<string, string[]> }, new SharedStrings());
  assert.deepEqual(Object.keys(withTerms.terms ?? {}), ['__proto__', 'series']);
  assert.equal(Object.getPrototypeOf(withTerms.terms), Object.prototype);
});

test('a model keeps one list of the keys its posts write alike, and one copy of each name', async () => {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const model = new SiteModel({ config, zone, nowMs: NOW });
  // 40 long Korean keys (two bytes a character) and 40 long tags, the same in every post: 17 KB a post when each
  // post keeps copies of its own (measured); a summary that shares them costs about one kilobyte.
  const keys = Array.from({ length: 40 }, (_, k) => `아주-긴-머리말-키-이름-${k}-`.repeat(4));
  const tags = Array.from({ length: 40 }, (_, k) => `아주-긴-태그-이름-${k}-`.repeat(4));
  const head = `tags: [${tags.join(', ')}]\n${keys.map((k) => `${k}: 1`).join('\n')}\n`;
  const posts = 500;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < posts; i++) model.upsert({ path: `_posts/2024-01-01-p${i}.md`, text: `---\n${head}---\n본문 ${i}\n`, mtimeMs: 0 });
  gc();
  const perPost = (process.memoryUsage().heapUsed - before) / posts;
  assert.ok(perPost < 4 * 1024, `${Math.round(perPost)} bytes per post`);
  const a = model.get('_posts/2024-01-01-p1.md');
  const b = model.get('_posts/2024-01-01-p2.md');
  assert.ok(a !== undefined && b !== undefined);
  assert.equal(a.keys, b.keys, 'one list of keys');
  assert.deepEqual(a.keys, ['tags', ...keys]);
  assert.deepEqual(b.tags, tags);
});

test('summaries made apart (a worker\'s, cloned as its messages are) share the model\'s names and keys once filled in', async () => {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const keys = Array.from({ length: 40 }, (_, k) => `아주-긴-머리말-키-이름-${k}-`.repeat(4));
  const tags = Array.from({ length: 40 }, (_, k) => `아주-긴-태그-이름-${k}-`.repeat(4));
  const head = `tags: [${tags.join(', ')}]\ncategories: [개발]\nlayout: post\n${keys.map((k) => `${k}: 1`).join('\n')}\n`;
  const posts = 500;
  const model = new SiteModel({ config, zone, nowMs: NOW });
  gc();
  const before = process.memoryUsage().heapUsed;
  const apart: { mtimeMs: number; info: ReturnType<typeof summaryOf> }[] = [];
  for (let i = 0; i < posts; i++) {
    const info = analyzePost({ path: `_posts/2024-01-01-p${i}.md`, text: `---\n${head}---\n본문 ${i}\n`, mtimeMs: 0 }, { config, zone, nowMs: NOW });
    apart.push(structuredClone({ mtimeMs: i, info: summaryOf(info) }));
  }
  const expected = structuredClone(apart);
  model.fillMadeApart(apart);
  apart.length = 0;
  const a = model.get('_posts/2024-01-01-p1.md');
  const b = model.get('_posts/2024-01-01-p2.md');
  assert.ok(a !== undefined && b !== undefined);
  assert.equal(a.keys, b.keys, 'one list of keys');
  for (const e of expected) assert.deepEqual(model.get(e.info.path), e.info);
  expected.length = 0;
  gc();
  const perPost = (process.memoryUsage().heapUsed - before) / posts;
  // Each clone's own copies of the 40 keys and 40 tags would be 17 KB a post.
  assert.ok(perPost < 4 * 1024, `${Math.round(perPost)} bytes per post`);
});
