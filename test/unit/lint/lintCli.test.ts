import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { tempSite } from '../platform/tempSite';
import { repoRoot } from './lintHelpers';

test('postcraft check prints the per-file lint with lines, once per problem', () => {
  const site = tempSite({
    '_config.yml': 'timezone: Asia/Seoul\ntheme: minimal-mistakes-jekyll\n',
    '_posts/2024-01-01-ok.md': '---\ntitle: ok\nlayout: single\ntags: [Jekyll]\n---\n',
    '_posts/2024-01-02-lint.md': '---\ntitle: lint\ntags: a, b\npublished: no\nlayout: singel\n---\n',
    '_posts/2024-01-03-bad.md': '---\ntitle: ok\ntags: [a, b\n---\n',
  });
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', site], { encoding: 'utf8' });
  fs.rmSync(site, { recursive: true, force: true });
  assert.equal(result.status, 1, result.stdout);
  const lines = result.stdout.split('\n');
  assert.ok(lines.includes('_posts/2024-01-02-lint.md:3: warning: Tag "a," contains a comma: Jekyll splits tags on spaces, not on commas [tag.comma]'), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('_posts/2024-01-02-lint.md:4: warning:') && l.endsWith('[yaml.bool11]')), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('_posts/2024-01-02-lint.md:5: warning:') && l.endsWith('[post.layoutUnknown]')), result.stdout);
  assert.equal(lines.filter((l) => l.startsWith('_posts/2024-01-03-bad.md') && l.includes('error')).length, 1, result.stdout);
});

test('postcraft check reports Hugo\'s front-matter findings at their lines', () => {
  const site = tempSite({
    'hugo.toml': 'title = "t"\n[taxonomies]\ntag = "tags"\n',
    'content/posts/ok.md': '+++\ntitle = "ok"\ndate = 2024-01-01T10:00:00\ntags = ["a"]\n+++\n',
    'content/posts/lint.md': '+++\ntitle = "lint"\ndate = "2024-01-01 10:00"\nseries = ["s"]\ndraft = "no"\n+++\n',
    'content/posts/bad.md': '---\ntitle: x\ntags: [a\n---\n',
  });
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', site], { encoding: 'utf8' });
  fs.rmSync(site, { recursive: true, force: true });
  assert.equal(result.status, 1, result.stdout);
  const lines = result.stdout.split('\n');
  assert.ok(lines.some((l) => l.startsWith('content/posts/lint.md:3: warning: Hugo cannot read "2024-01-01 10:00" as a date') && l.endsWith('[hugo.dateUnreadable]')), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('content/posts/lint.md:4: warning: "series" is not a taxonomy of this site') && l.endsWith('[hugo.taxonomyUndeclared]')), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('content/posts/lint.md:5: warning:') && l.endsWith('[hugo.boolUnreadable]')), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('content/posts/bad.md:') && l.includes('error: YAML error in the front matter') && l.endsWith('[frontMatter.syntax]')), result.stdout);
  assert.ok(!lines.some((l) => l.startsWith('content/posts/ok.md')), result.stdout);
  assert.ok(!result.stdout.includes('post.dateUnreadable'), 'the reader\'s line-wide problem gives way to the exact one');
});
