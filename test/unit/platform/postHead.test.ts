import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexReadOptions, readPost } from '../../../src/core/postRead';
import { readPostHead } from '../../../src/platform/postHead';
import { fileTimeMs } from '../../../src/core/fileTime';
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

describe('reading a head without a stat (an index that is not persisted)', () => {
  const sized: Record<string, string> = {};
  for (const n of [0, 1, 4095, 4096, 4097, 8192, 9000]) sized[`size-${n}.md`] = `---\ntitle: t\n---\n${'x'.repeat(Math.max(0, n - 17))}`.slice(0, n);
  const all = { ...files, ...sized };
  const root = tempSite(all);
  for (const name of Object.keys(all)) {
    it(`${name}: the same text and completeness as a stat'ed read, the size where the head is all of it, and the file's time when asked`, () => {
      const file = path.join(root, name);
      for (const frontMatterOnly of [false, true]) {
        const stated = readPostHead(file, jekyllGenerator.headState, { frontMatterOnly });
        const unstated = readPostHead(file, jekyllGenerator.headState, { frontMatterOnly, noStat: true });
        assert.ok(stated.ok && unstated.ok);
        assert.equal(unstated.head.text, stated.head.text);
        assert.equal(unstated.head.complete, stated.head.complete);
        // Only a file longer than the first read (4 KB) may leave its size unknown.
        const bytes = fs.statSync(file).size;
        if (unstated.head.size === undefined) assert.ok(bytes > 4096, `${bytes} bytes`);
        else assert.equal(unstated.head.size, bytes);
        assert.equal(stated.head.size, bytes);
        assert.equal(fileTimeMs(unstated.head.mtimeMs), stated.head.mtimeMs);
      }
    });
  }

  it('looks the time up when asked, not when reading: a file touched in between gives its new time', () => {
    const file = path.join(root, 'plain.md');
    const unstated = readPostHead(file, jekyllGenerator.headState, { frontMatterOnly: true, noStat: true });
    assert.ok(unstated.ok);
    const later = new Date(Date.UTC(2031, 0, 2, 3, 4, 5));
    fs.utimesSync(file, later, later);
    assert.equal(fileTimeMs(unstated.head.mtimeMs), later.getTime());
  });

  it('gives the current time, without throwing, for a file that is gone or cannot be stat\'ed by the time it is asked', () => {
    const own = tempSite({ 'gone.md': files['plain.md'] as string, 'loop.md': files['plain.md'] as string });
    const reads = ['gone.md', 'loop.md'].map((name) => readPostHead(path.join(own, name), jekyllGenerator.headState, { frontMatterOnly: true, noStat: true }));
    fs.rmSync(path.join(own, 'gone.md'));
    // A link to itself: stat fails with ELOOP, not ENOENT.
    fs.rmSync(path.join(own, 'loop.md'));
    fs.symlinkSync(path.join(own, 'loop.md'), path.join(own, 'loop.md'));
    for (const read of reads) {
      assert.ok(read.ok);
      const before = Date.now();
      const ms = fileTimeMs(read.head.mtimeMs);
      assert.ok(ms >= before && ms <= Date.now(), String(ms));
    }
  });
});
