// Update Last Modified on a Hexo post against Hexo 8.1.2: the edit writes `updated` (Hexo's own key) and Hexo reads
// it back as the moment of the edit, to the second, with the sample's `timezone` and without one, the machine in
// two zones.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadSiteConfig } from '../../../src/platform/siteConfigFile';
import { generatorById } from '../../../src/core/generators/generators';
import { editDialectOf } from '../../../src/core/generators/generator';
import { setValue } from '../../../src/core/edits/setValue';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { createTimeZone } from '../../../src/core/timeZone';
import { askHexo } from './hexoOracle';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hexo-blog');
const post = 'source/_posts/2024-04-10-go-modules.md';

describe('Update Last Modified on a Hexo post, read back by Hexo', () => {
  for (const [zone, withTimezone] of [['America/New_York', true], ['America/New_York', false], ['Asia/Seoul', false]] as const) {
    it(`writes updated as Hexo reads it (machine ${zone}, ${withTimezone ? 'timezone: Asia/Seoul' : 'no timezone'})`, async () => {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hexo-updated-'));
      try {
        fs.cpSync(sample, copy, { recursive: true });
        if (!withTimezone) fs.writeFileSync(path.join(copy, '_config.yml'), fs.readFileSync(path.join(copy, '_config.yml'), 'utf8').replace(/^timezone:.*$/m, ''));
        const hexo = generatorById('hexo');
        assert.ok(hexo);
        const { config } = await loadSiteConfig(nodeFileSystem, copy, hexo);
        const dialect = editDialectOf(hexo, config);
        assert.equal(dialect.lastModifiedKey, 'updated');
        const machine = createTimeZone(zone);
        assert.ok(machine.ok);
        const nowMs = Date.UTC(2025, 2, 4, 15, 30, 45, 600);
        const stamp = dialect.lastModifiedStamp?.(nowMs, machine.zone);
        assert.ok(stamp !== undefined);
        const text = fs.readFileSync(path.join(copy, post), 'utf8');
        const edit = setValue(text, 'updated', { timestamp: stamp }, dialect);
        assert.ok(edit.ok);
        fs.writeFileSync(path.join(copy, post), applyEdits(text, edit.edits));
        const theirs = askHexo(copy, zone).posts.find((p) => `source/${p.source}` === post);
        assert.equal(theirs?.updated, new Date(Math.floor(nowMs / 1000) * 1000).toISOString(), `updated: ${stamp}`);
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });
  }
});
