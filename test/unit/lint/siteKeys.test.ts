import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteKeys } from '../../../src/core/lint/frontMatterKeys';
import { parseConfig } from '../../../src/core/config';
import { SiteModel } from '../../../src/core/siteModel';
import { createTimeZone } from '../../../src/core/timeZone';

test('completion learns the keys other posts of the site write, with how many write them', () => {
  const model = new SiteModel({ config: parseConfig('').config, zone: createTimeZone('Asia/Seoul').zone, nowMs: Date.parse('2026-01-01') });
  model.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ntitle: a\nseries: 연재\nmood: 맑음\n---\n', mtimeMs: 0 });
  model.upsert({ path: '_posts/2024-01-02-b.md', text: '---\ntitle: b\nseries: 연재\n---\n', mtimeMs: 0 });
  const keys = siteKeys(model.snapshot().posts);
  assert.equal(keys.get('series'), 2);
  assert.equal(keys.get('mood'), 1);
  assert.equal(keys.has('title'), false, 'keys the table documents are offered from the table');
});
