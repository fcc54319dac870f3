import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem, wholeFolderFileSystem } from '../../../src/platform/nodeFileSystem';
import { tempSite } from './tempSite';

describe("Node's file system port: reading a whole text up to a size", () => {
  const files: Record<string, string | Buffer> = {
    'empty.md': '',
    'korean.md': '---\ntitle: 제목\n---\n본문입니다\n',
    'bom.md': '\uFEFF---\ntitle: BOM\n---\n',
    'bad-utf8.md': Buffer.concat([Buffer.from('본문 '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(' 끝')]),
    'exactly-64.md': 'x'.repeat(64),
    'over-64.md': 'x'.repeat(65),
    'long.md': '가'.repeat(40_000),
  };
  const root = tempSite(files);
  for (const [portName, port] of [['editor', nodeFileSystem], ['command line', wholeFolderFileSystem]] as const) {
    for (const name of Object.keys(files)) {
      it(`${name} (${portName} port): the text Node reads when the file fits, and no text when it does not`, async () => {
        const file = path.join(root, name);
        const whole = fs.readFileSync(file, 'utf8');
        assert.deepEqual(await port.readText(file), { ok: true, text: whole });
        assert.deepEqual(await port.readText(file, 1_000_000), { ok: true, text: whole });
        const limited = await port.readText(file, 64);
        if (fs.statSync(file).size <= 64) assert.deepEqual(limited, { ok: true, text: whole });
        else assert.deepEqual(limited, { ok: false, missing: false, reason: 'larger than 64 bytes' });
      });
    }
  }

  it('says a missing file is missing, with or without a size', async () => {
    for (const limit of [undefined, 64]) {
      const read = await nodeFileSystem.readText(path.join(root, 'nowhere.md'), limit);
      assert.equal(read.ok, false);
      assert.equal(!read.ok && read.missing, true);
    }
  });
});
