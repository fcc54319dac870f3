import { test } from 'node:test';
import * as assert from 'node:assert/strict';
// @ts-expect-error TS1479: smol-toml's types are ESM-only, its CommonJS build is what runs (see src/core/frontMatter/tomlRead.ts).
import { parse } from 'smol-toml';
import { readFlatToml } from '../../../src/core/frontMatter/flatToml';
import { plainToml } from '../../../src/core/frontMatter/tomlRead';
import { blocksOnDisk, tomlEdges } from './flatBlocks.fixture';

/** smol-toml's reading of `text`, made plain as the reader makes it, or that it failed. */
function parsed(text: string): unknown {
  try {
    return { value: plainToml((parse as (t: string) => unknown)(text)) };
  } catch {
    return { error: true };
  }
}

function compare(blocks: readonly string[]): number {
  let answered = 0;
  for (const block of blocks) {
    const flat = readFlatToml(block);
    if (flat === undefined) continue;
    answered++;
    assert.deepEqual({ value: flat }, parsed(block), JSON.stringify(block));
  }
  return answered;
}

test('the flat TOML reader answers what smol-toml answers on every +++ block of the samples, fixtures and corpus', () => {
  const blocks = blocksOnDisk('+++');
  assert.ok(blocks.length > 10, `only ${blocks.length} blocks found`);
  const answered = compare(blocks);
  assert.ok(answered > blocks.length / 3, `${answered} of ${blocks.length} answered`);
});

test('the flat TOML reader answers what smol-toml answers on blocks at the edges of flat, or leaves them to it', () => {
  const answered = compare(tomlEdges);
  assert.ok(answered > 10, `${answered} answered`);
});

test('the flat TOML reader reads the common shapes itself and leaves the rest', () => {
  assert.deepEqual(readFlatToml('title = "안녕"\ndate = 2024-01-02T10:00:00+09:00\ndraft = false\ntags = ["a", "b"]\nweight = 3\n'), {
    title: '안녕',
    date: '2024-01-02T10:00:00+09:00',
    draft: false,
    tags: ['a', 'b'],
    weight: 3,
  });
  for (const block of ['[params]\nx = 1\n', 'a = 1\na = 2\n', 'd = 2024-02-30\n', 'f = 1.5\n', 'title = "x" # c\n', '']) {
    assert.equal(readFlatToml(block), undefined, JSON.stringify(block));
  }
});
