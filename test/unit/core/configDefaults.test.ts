import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseConfig, defaultConfig } from '../../../src/core/config';
import { defaultsFor, deepMerge } from '../../../src/core/defaults';
import { globToRegExp } from '../../../src/core/glob';

test('defaults of an empty site match Jekyll 4.3', () => {
  const c = defaultConfig();
  assert.equal(c.permalink, 'date');
  assert.equal(c.postsPermalink, '/:categories/:year/:month/:day/:title:output_ext');
  assert.equal(c.excerptSeparator, '\n\n');
  assert.equal(c.wordsPerMinute, 200);
  assert.equal(c.future, false);
  assert.equal(c.showDrafts, false);
  assert.deepEqual(c.include, ['.htaccess']);
  assert.deepEqual(c.markdownExt, ['markdown', 'mkdown', 'mkdn', 'mkd', 'md']);
});

test('a Minimal Mistakes style config', () => {
  const { config, problems } = parseConfig(
    'title: 블로그\ntimezone: Asia/Seoul\nurl: "https://x.github.io"\nbaseurl: ""\npermalink: pretty\nwords_per_minute: 300\n' +
      'future: yes\nshow_drafts: no\nexcerpt_separator: <!--more-->\ncollections_dir: my\ncollections:\n  recipes:\n    output: true\n' +
      'exclude: [vendor, "*.log"]\ndefaults:\n  - scope: {path: "", type: post}\n    values: {layout: single}\n  - bad\n',
  );
  assert.equal(problems.length, 1);
  assert.equal(config.timezone, 'Asia/Seoul');
  assert.equal(config.postsPermalink, '/:categories/:year/:month/:day/:title/');
  assert.equal(config.wordsPerMinute, 300);
  assert.equal(config.future, true);
  assert.equal(config.showDrafts, false);
  assert.equal(config.excerptSeparator, '<!--more-->');
  assert.equal(config.collectionsDir, 'my');
  assert.equal(config.collections.get('recipes')?.output, true);
  assert.deepEqual(config.exclude, ['vendor', '*.log']);
  assert.deepEqual(config.defaults, [{ scope: { path: '', type: 'posts' }, values: { layout: 'single' } }]);
  assert.equal(config.raw['title'], '블로그');
});

test('broken config gives defaults and an error with its line', () => {
  const { config, problems } = parseConfig('title: x\npermalink: [unclosed\n');
  assert.equal(config.permalink, 'date');
  assert.equal(problems[0]?.severity, 'error');
  assert.ok((problems[0]?.line ?? -1) >= 1);
  const dup = parseConfig('a: 1\na: 2\n');
  assert.equal(dup.problems[0]?.line, 1);
});

test('defaults precedence: longer path wins, then type, then later', () => {
  const { config } = parseConfig(
    'defaults:\n' +
      '  - {scope: {path: ""}, values: {layout: a, x: 1, nest: {p: 1, q: 1}}}\n' +
      '  - {scope: {path: "tech"}, values: {layout: b, nest: {q: 2}}}\n' +
      '  - {scope: {path: ""}, values: {layout: c, y: 2}}\n' +
      '  - {scope: {path: "", type: posts}, values: {z: 3}}\n' +
      '  - {scope: {path: "/tech"}, values: {never: true}}\n' +
      '  - {scope: {path: "te*/_posts"}, values: {glob: true}}\n' +
      '  - {scope: {path: "", type: drafts}, values: {draftOnly: true}}\n',
  );
  const d = defaultsFor(config, 'tech/_posts/2024-01-01-x.md', 'tech/_posts/2024-01-01-x.md', 'posts');
  assert.deepEqual(d, { layout: 'b', x: 1, nest: { p: 1, q: 2 }, y: 2, z: 3, glob: true });
  const other = defaultsFor(config, '_posts/2024-01-01-x.md', '_posts/2024-01-01-x.md', 'posts');
  assert.deepEqual(other, { layout: 'c', x: 1, nest: { p: 1, q: 1 }, y: 2, z: 3 });
});

test('deep merge keeps the old value for nil', () => {
  assert.deepEqual(deepMerge({ a: 1, b: { c: 1 } }, { a: null, b: { d: 2 }, e: null }), { a: 1, b: { c: 1, d: 2 }, e: null });
});

test('glob', () => {
  assert.ok(globToRegExp('_posts/2024-01-0*')?.test('_posts/2024-01-02-x.md'));
  assert.equal(globToRegExp('_posts/*')?.test('_posts/sub/x.md'), false);
  assert.ok(globToRegExp('**/x.md')?.test('a/b/x.md'));
  assert.ok(globToRegExp('{a,b}/[xy].md')?.test('b/y.md'));
  assert.equal(globToRegExp('*')?.test('.hidden'), false);
  assert.equal(globToRegExp('[unclosed'), undefined);
});
