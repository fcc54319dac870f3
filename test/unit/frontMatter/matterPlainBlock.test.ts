import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readMatter, type MatterOptions } from '../../../src/core/frontMatter/matterReader';
import { ALL, GRAY, HUGO } from './matterOptions.fixture';
import { blocksOnDisk, tomlEdges, yamlEdges } from './flatBlocks.fixture';

/**
 * A plain `---` / `+++` block is handed to the engine without gray-matter's call (see plainBlock in
 * matterReader.ts); these compare the reader with and without that, on real blocks and on every odd opening
 * and closing, so the two ways cannot drift apart.
 */
function sameBothWays(texts: readonly string[], options: MatterOptions): void {
  for (const text of texts) {
    assert.deepEqual(readMatter(text, options), readMatter(text, { ...options, alwaysGrayMatter: true }), JSON.stringify(text));
  }
}

const odd: readonly string[] = [
  '---\n---\nbody',
  '---\n\n---\nbody',
  '---\n# only a comment\n---\nbody',
  '---\n  # indented comment\n---\n',
  '----\ntitle: x\n---\n',
  '--- \ntitle: x\n---\n',
  '---yaml\ntitle: x\n---\n',
  '---json\n{"title": "x"}\n---\n',
  '---js\nthrow 1\n---\n',
  '---\ntitle: x\n---x\ny: 1\n---\n',
  '---\ntitle: x\n----\n',
  '---\r\ntitle: x\r\n---\r\nbody',
  '---\ntitle: x\r\n---\n',
  '\n\n---\ntitle: x\n---\n',
  '\ufeff---\ntitle: x\n---\n',
  '+++\ntitle = "x"\n+++\nbody',
  '+++\n+++\n',
  '++++\ntitle = "x"\n+++\n',
  '+++\ntitle = "x"\n+++x\n+++\n',
  '+++ toml\ntitle = "x"\n+++\n',
  '+++\r\ntitle = "x"\r\n+++\r\n',
  '{"title": "x"}\nbody',
  '---\ntitle: [unclosed\n---\n',
  '---\n- a list\n---\n',
  '---\njust a string\n---\n',
  '+++\ntitle = \n+++\n',
];

test('a plain block reads the same with and without gray-matter: real files, edge blocks and odd openings', () => {
  const texts = [
    ...blocksOnDisk('---').map((b) => `---\n${b}---\nbody\n`),
    ...blocksOnDisk('+++').map((b) => `+++\n${b}+++\nbody\n`),
    ...yamlEdges.map((b) => `---\n${b}${b.endsWith('\n') || b === '' ? '' : '\n'}---\nbody\n`),
    ...tomlEdges.map((b) => `+++\n${b}${b.endsWith('\n') || b === '' ? '' : '\n'}+++\nbody\n`),
    ...odd,
  ];
  for (const options of [HUGO, GRAY, ALL]) sameBothWays(texts, options);
});
