import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setValue } from '../../../src/core/edits/setValue';

describe('front matter Postcraft cannot edit yet is left alone', () => {
  const cases: [string, string][] = [
    ['TOML', '+++\ntitle = "글"\ntags = ["a"]\n+++\n본문\n'],
    ['JSON', '{\n  "title": "글"\n}\n본문\n'],
    ['YAML after blank lines (read by Hugo, not by Jekyll)', '\n\n---\ntitle: 글\n---\n본문\n'],
  ];
  for (const [format, text] of cases) {
    it(`${format}: an edit is refused with the reason, instead of a new YAML block above it`, () => {
      const result = setValue(text, 'title', '새 제목');
      assert.equal(result.ok, false);
      assert.deepEqual(result.ok ? undefined : result.reason, { key: 'frontMatterNotYaml', args: [format] });
    });
  }

  it('a post with no front matter still gets a new YAML block', () => {
    const result = setValue('본문만 있습니다\n', 'title', '제목');
    assert.ok(result.ok);
    assert.equal(result.edits[0]?.newText, '---\ntitle: 제목\n---\n');
  });
});
