import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from './lintHelpers';

test('a YAML error is underlined where the reader stopped, not on the whole line', () => {
  const result = lint('---\ntitle: ok\ntags: [a, b\ndate: 2024-01-01\n---\nbody\n', { path: '_posts/2024-01-01-x.md' });
  const yaml = result.findings.find((f) => f.code === 'frontMatter.yaml');
  assert.ok(yaml, JSON.stringify(result.findings.map((f) => f.code)));
  const line = ['---', 'title: ok', 'tags: [a, b', 'date: 2024-01-01', '---'][yaml.range.line] ?? '';
  assert.ok(yaml.range.startChar > 0 || yaml.range.endChar < line.length, `a point, not the line: ${JSON.stringify(yaml.range)}`);
});
