import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { load, type Schema } from 'js-yaml';
import { readFlatYaml, type PlainResolver } from '../../../src/core/frontMatter/flatYaml';
import { PSYCH_SCHEMA, psychPlainValue } from '../../../src/core/yaml11';
import { YAML_V2_SCHEMA, yamlV2PlainValue } from '../../../src/core/generators/hugo/hugoYaml';
import { blocksOnDisk, yamlEdges } from './flatBlocks.fixture';

const dialects: readonly { name: string; schema: Schema; resolve: PlainResolver }[] = [
  { name: 'Psych (Jekyll)', schema: PSYCH_SCHEMA, resolve: psychPlainValue },
  { name: 'yaml.v2 (Hugo)', schema: YAML_V2_SCHEMA, resolve: yamlV2PlainValue },
];

/** js-yaml's reading of `text` with the schema, or the error's message. */
function parsed(text: string, schema: Schema): unknown {
  try {
    return { value: load(text, { schema }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Compares the flat reader with js-yaml on every block it answers; returns how many it answered. */
function compare(blocks: readonly string[], dialect: (typeof dialects)[number]): number {
  let answered = 0;
  for (const block of blocks) {
    const flat = readFlatYaml(block, dialect.resolve);
    if (flat === undefined) continue;
    answered++;
    assert.deepEqual({ value: flat }, parsed(block, dialect.schema), `${dialect.name}: ${JSON.stringify(block)}`);
  }
  return answered;
}

test('the flat YAML reader answers what js-yaml answers, with each dialect, on every block of the samples, fixtures and corpus', () => {
  const blocks = blocksOnDisk('---');
  assert.ok(blocks.length > 50, `only ${blocks.length} blocks found`);
  for (const dialect of dialects) {
    const answered = compare(blocks, dialect);
    // Most real front matter is flat: a reader that answers nothing would pass the comparison and save nothing.
    assert.ok(answered > blocks.length / 3, `${dialect.name}: ${answered} of ${blocks.length} answered`);
  }
});

test('the flat YAML reader answers what js-yaml answers on blocks at the edges of flat, or leaves them to it', () => {
  for (const dialect of dialects) compare(yamlEdges, dialect);
});

test('the flat YAML reader reads the common shapes itself', () => {
  const block = 'layout: single\ntitle: "Hello: world"\ndate: 2024-01-02 10:20:30 +0900\ncategories: [a, b]\ntags:\n  - x\n  - 2024\ntoc: true\nheader:\n  teaser: /a.png\n# comment\ndraft: no\n';
  assert.deepEqual(readFlatYaml(block, psychPlainValue), {
    layout: 'single',
    title: 'Hello: world',
    date: '2024-01-02 10:20:30 +0900',
    categories: ['a', 'b'],
    tags: ['x', 2024],
    toc: true,
    header: { teaser: '/a.png' },
    draft: false,
  });
  assert.deepEqual(readFlatYaml(block, yamlV2PlainValue), {
    layout: 'single',
    title: 'Hello: world',
    date: '2024-01-02 10:20:30 +0900',
    categories: ['a', 'b'],
    tags: ['x', 2024],
    toc: true,
    header: { teaser: '/a.png' },
    draft: false,
  });
});

test('the flat YAML reader leaves to the parser what it does not read: duplicates, anchors, block scalars, comments after values', () => {
  for (const block of ['a: 1\na: 2\n', 'a: &x 1\nb: *x\n', 'a: |\n  x\n', 'a: x # c\n', 'a: x\n  y\n', 'a:\tx\n', 'a: x\r\n', '']) {
    assert.equal(readFlatYaml(block, psychPlainValue), undefined, JSON.stringify(block));
  }
});
