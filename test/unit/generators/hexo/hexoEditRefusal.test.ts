// The writing commands on Hexo's other front-matter forms: a `;;;` JSON block and a block without its opening line
// are refused with a reason, never given a new `---` block above them (Hexo would then read that block, and the old
// one as text of the post); a `---` block is edited in place as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hexoGenerator } from '../../../../src/core/generators/hexo/hexoGenerator';
import { readHexoSiteConfig } from '../../../../src/core/generators/hexo/hexoSiteConfig';
import { editDialectOf } from '../../../../src/core/generators/generator';
import { removeKey, setValue } from '../../../../src/core/edits/setValue';
import { editNames, writtenNamesFor } from '../../../../src/core/edits/taxonomyEdits';
import { namesSpec } from '../../../../src/core/edits/namesSpec';
import { applyEdits } from '../../../../src/core/edits/textEdit';

const posts = path.resolve(__dirname, '..', '..', '..', '..', '..', 'samples', 'hexo-blog', 'source', '_posts');
const { config } = readHexoSiteConfig([{ file: '_config.yml', text: '' }]);
const dialect = editDialectOf(hexoGenerator, config);
const tags = namesSpec(dialect, 'tags', 'tag', (n) => n);
const sample = (name: string): string => fs.readFileSync(path.join(posts, name), 'utf8');
const read = (text: string) => hexoGenerator.readPost(text, config).frontMatter;

describe('edits of Hexo front matter', () => {
  for (const [name, form] of [['2024-06-20-json-front-matter.md', 'JSON between ;;; lines'], ['2024-07-07-no-opening-line.md', 'YAML without its opening --- line']] as const) {
    it(`refuses ${form} (${name}), whatever the edit`, () => {
      const text = sample(name);
      assert.ok(read(text) !== undefined && Object.keys(read(text) ?? {}).length > 0, 'Hexo reads its front matter');
      const refusal = { ok: false, reason: { key: 'frontMatterNotYaml', args: [form] } };
      assert.deepEqual(setValue(text, 'updated', '2025-01-01', dialect), refusal);
      assert.deepEqual(removeKey(text, 'tags', dialect), refusal);
      assert.deepEqual(editNames(text, tags, { kind: 'add', names: ['New'] }, dialect), refusal);
      assert.deepEqual(writtenNamesFor(text, tags, dialect), refusal);
    });
  }

  it('edits a --- block in place, and gives a file with none a block Hexo reads', () => {
    const text = sample('2024-04-10-go-modules.md');
    const added = editNames(text, tags, { kind: 'add', names: ['New'] }, dialect);
    assert.ok(added.ok);
    assert.deepEqual(read(applyEdits(text, added.edits))?.['tags'], ['Go Lang', 'tooling', 'New']);
    const bare = 'Just text.\n';
    const set = setValue(bare, 'title', 'Hello', dialect);
    assert.ok(set.ok);
    assert.equal(read(applyEdits(bare, set.edits))?.['title'], 'Hello');
  });
});
