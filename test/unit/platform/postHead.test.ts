import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexReadOptions, readPost } from '../../../src/core/postRead';
import { readPostHead } from '../../../src/platform/postHead';
import { jekyllGenerator } from '../../../src/core/generators/jekyll/jekyllGenerator';
import { tempSite } from './tempSite';

const body = `${'한국어 본문입니다. '.repeat(300)}\n`;
const files: Record<string, string | Buffer> = {
  'plain.md': `---\ntitle: 제목\ntags: [가, 나]\n---\n${body}`,
  'bom.md': `\uFEFF---\ntitle: BOM\n---\n${body}`,
  'crlf.md': `---\r\ntitle: CRLF\r\n---\r\n${body}`.replace(/\n/g, '\r\n'),
  'dots.md': `---\ntitle: dots\n...\n${body}`,
  'four-dashes.md': `---\ntitle: |\n  a line\n----\ntags: x\n---\n${body}`,
  'dashes-text.md': `---\nnote: >\n  text\n---not a marker\n---\n${body}`,
  'empty-block.md': `---\n---\n${body}`,
  'no-front-matter.md': body,
  'unclosed.md': `---\ntitle: never closed\n${body}`,
  'long-block.md': `---\ntitle: long\nnotes: |\n${'  줄입니다\n'.repeat(1200)}---\n${body}`,
  'bad-body.md': Buffer.concat([Buffer.from('---\ntitle: ok\n---\n본문 '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(body)]),
  'cut-character.md': `---\ntitle: cut\n---\n${'가'.repeat(2000)}`,
  'language.md': `---js\nmodule.exports = {}\n---\n${body}`,
};

describe('reading only a post\'s front matter (the site index)', () => {
  const root = tempSite(files);
  for (const name of Object.keys(files)) {
    it(`${name}: the same front matter, status facts and problems as reading the whole head`, () => {
      const file = path.join(root, name);
      const whole = readPostHead(file, jekyllGenerator.headState);
      const block = readPostHead(file, jekyllGenerator.headState, { frontMatterOnly: true });
      assert.ok(whole.ok && block.ok);
      const full = readPost(whole.head.text, '\n\n', indexReadOptions);
      const fast = readPost(block.head.text, '\n\n', indexReadOptions);
      assert.deepEqual(
        { fm: fast.frontMatter, lines: fast.frontMatterLines, date: fast.dateLine, enc: fast.invalidEncoding, err: fast.frontMatterError, problems: fast.problems },
        { fm: full.frontMatter, lines: full.frontMatterLines, date: full.dateLine, enc: full.invalidEncoding, err: full.frontMatterError, problems: full.problems },
      );
      assert.deepEqual([block.head.size, block.head.mtimeMs], [whole.head.size, whole.head.mtimeMs]);
    });
  }

  it('decodes no more than the block for an ordinary post', () => {
    const block = readPostHead(path.join(root, 'plain.md'), jekyllGenerator.headState, { frontMatterOnly: true });
    assert.ok(block.ok);
    assert.equal(block.head.text, '---\ntitle: 제목\ntags: [가, 나]\n---\n');
  });

  it('marks a post whose body is not UTF-8, as reading the whole head does', () => {
    const block = readPostHead(path.join(root, 'bad-body.md'), jekyllGenerator.headState, { frontMatterOnly: true });
    assert.ok(block.ok);
    assert.equal(readPost(block.head.text, '\n\n', indexReadOptions).invalidEncoding, true);
  });
});
