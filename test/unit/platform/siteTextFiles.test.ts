import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { mapConcurrently } from '../../../src/platform/mapConcurrently';
import { filesContaining, includesBytes, readTexts } from '../../../src/platform/siteTextFiles';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { postUrlNeedle, postUrlReferenceEdits } from '../../../src/core/edits/renamePost';
import { tempSite } from './tempSite';
import { seededDraws } from '../seededDraws.fixture';

describe('reading many files of a site', () => {
  it('runs at most `limit` at once and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const out = await mapConcurrently([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      for (let i = 0; i < n; i++) await Promise.resolve();
      running--;
      return n * 10;
    });
    assert.deepEqual(out, [50, 10, 40, 20, 30, 0, 60]);
    assert.equal(most, 3);
    assert.deepEqual(await mapConcurrently([], 4, () => Promise.resolve(1)), []);
  });

  it('finds the files holding a Korean post name, in the order given, leaving out what cannot be read', async () => {
    const root = tempSite({
      '_posts/2024-03-05-지킬-블로그-시작하기.md': '---\ntitle: 시작\n---\n',
      '_posts/2024-04-01-link.md': '---\n---\n[a]({% post_url 2024-03-05-지킬-블로그-시작하기 %})\n',
      'about.md': '{% post_url dev/2024-03-05-지킬-블로그-시작하기 %}',
      // The same words decomposed (NFD) are other bytes, as they are another name to Jekyll.
      'nfd.md': '{% post_url 2024-03-05-지킬-블로그-시작하기 %}'.normalize('NFD'),
      'big.md': Buffer.alloc(17 * 1024 * 1024, 0x20),
    });
    const abs = (rel: string): string => path.join(root, ...rel.split('/')).replace(/\\/g, '/');
    const files = ['about.md', 'nfd.md', '_posts/2024-04-01-link.md', 'missing.md', 'big.md', '_posts/2024-03-05-지킬-블로그-시작하기.md'].map(abs);
    const needle = postUrlNeedle('_posts/2024-03-05-지킬-블로그-시작하기.md') ?? '';
    assert.equal(needle, '2024-03-05-지킬-블로그-시작하기');
    // The post itself holds its name only in its file name.
    assert.deepEqual(await filesContaining(nodeFileSystem, files, needle), [abs('about.md'), abs('_posts/2024-04-01-link.md')]);
    const texts = await readTexts(nodeFileSystem, [abs('about.md'), abs('missing.md')]);
    assert.deepEqual(texts, ['{% post_url dev/2024-03-05-지킬-블로그-시작하기 %}', undefined]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds bytes in bytes as Buffer.includes does: at the ends, across near misses, multi-byte UTF-8', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const cases: [string, string][] = [
      ['abc', 'abc'], ['abc', 'c'], ['aab', 'ab'], ['ababac', 'abac'], ['abab', 'abac'], ['', 'a'], ['a', ''],
      ['지킬 블로그', '블로그'], ['지킬 블로그', '블로그!'], ['xx{% post_url 2024-03-05-빌드 %}', '2024-03-05-빌드'], ['ab', 'abc'],
    ];
    for (const [hay, needle] of cases) {
      assert.equal(includesBytes(enc(hay), enc(needle)), Buffer.from(hay).includes(Buffer.from(needle)), `${hay} / ${needle}`);
    }
    // Random bytes over a small alphabet: many partial matches.
    const draw = seededDraws(7);
    const next = (): number => draw(3);
    for (let round = 0; round < 300; round++) {
      const hay = Uint8Array.from({ length: 40 }, next);
      const needle = Uint8Array.from({ length: 1 + (round % 6) }, next);
      assert.equal(includesBytes(hay, needle), Buffer.from(hay).includes(Buffer.from(needle)), `${hay.join('')} / ${needle.join('')}`);
    }
  });

  it('names a post in a sub-folder of _posts by its base name, which both written forms hold', () => {
    const rel = 'dev/_posts/2024/2024-05-22-빌드.md';
    assert.equal(postUrlNeedle(rel), '2024-05-22-빌드');
    const text = '{% post_url 2024/2024-05-22-빌드 %} {% post_url 2024-05-22-빌드 %} {% post_url 2024-05-22-빌드-2 %}';
    const edits = postUrlReferenceEdits(text, rel, 'dev/_posts/2024/2024-05-22-빠른-빌드.md');
    assert.deepEqual(edits.map((e) => e.newText), ['2024/2024-05-22-빠른-빌드', '2024-05-22-빠른-빌드']);
    assert.equal(postUrlNeedle('about.md'), undefined);
  });
});
