import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';
import { reasonText } from '../../../src/core/edits/editReasons';
import { newPost, titleProblem } from '../../../src/core/edits/newPost';
import { publishPath, unpublishPath } from '../../../src/core/edits/postMoves';
import { timestampLike } from '../../../src/core/edits/postDates';
import { lf } from './golden';

const zone = createTimeZone('Asia/Seoul').zone;
// 2025-06-01 00:30 in Seoul is still 31 May in UTC: the file name must use the site's day.
const nowMs = Date.parse('2025-05-31T15:30:05Z');
const config = parseConfig(lf('timezone: Asia/Seoul', 'defaults:', '  - scope: {path: "", type: posts}', '    values: {layout: single, comments: true}')).config;
const recent = [
  lf('---', 'layout: single', 'title: "A"', 'categories: [x]', 'comments: true', 'classes: wide', 'toc: true', '---'),
  lf('---', 'title: "B"', 'categories: [y]', 'classes: wide', '---'),
  lf('---', 'title: "C"', 'tags: [z]', 'classes: wide', 'toc: false', '---'),
];

describe('new post', () => {
  it('names the file by the site\'s day and Jekyll\'s slug, keeping Hangul, and follows the recent posts', () => {
    const made = newPost({ title: '지킬: 새 글!', categories: ['블로그'], tags: ['지킬', 'a: b'], draft: false, nowMs, zone, config, exists: () => false, recent });
    assert.ok(made.ok);
    assert.equal(made.path, '_posts/2025-06-01-지킬-새-글.md');
    assert.equal(made.text, lf('---', 'title: "지킬: 새 글!"', 'categories: [블로그]', 'tags: [지킬, "a: b"]', 'classes: wide', '---', ''));
    assert.equal(made.cursor, made.text.length);
  });
  it('never overwrites: -2, -3', () => {
    const taken = new Set(['_drafts/hello.md', '_drafts/hello-2.md']);
    const made = newPost({ title: 'Hello', categories: [], tags: [], draft: true, nowMs, zone, config, exists: (p) => taken.has(p) });
    assert.ok(made.ok);
    assert.equal(made.path, '_drafts/hello-3.md');
    assert.equal(made.text, lf('---', 'title: Hello', '---', ''));
  });
  it('fills the user\'s template losslessly', () => {
    const template = lf('---', '# my template', 'layout: single', 'title: ""', 'date:', 'tags: []', 'toc: true', '---', '', '## 들어가며', '');
    const made = newPost({ title: '새 글', categories: ['dev'], tags: ['x'], draft: false, nowMs, zone, config, exists: () => false, template });
    assert.ok(made.ok);
    assert.equal(made.text, lf('---', '# my template', 'layout: single', 'title: "새 글"', 'date: 2025-06-01 00:30:05 +0900', 'tags: [x]', 'toc: true', 'categories:', '  - dev', '---', '', '## 들어가며', ''));
    assert.equal(made.text.slice(made.cursor), lf('## 들어가며', ''));
  });
  it('refuses a title without letters or digits', () => {
    const problem = (title: string): string => { const r = titleProblem(title); return r === undefined ? '' : reasonText(r); };
    assert.match(problem('!!! ???'), /no letters or digits/);
    assert.match(problem('  '), /required/);
    assert.equal(titleProblem('한글'), undefined);
  });
});

describe('post moves and dates', () => {
  it('publishes and unpublishes, keeping the folder above', () => {
    assert.deepEqual(publishPath('dev/_drafts/idea.md', '2025-06-01', () => false), { ok: true, path: 'dev/_posts/2025-06-01-idea.md' });
    assert.deepEqual(publishPath('_drafts/idea.md', '2025-06-01', (p) => p === '_posts/2025-06-01-idea.md'), { ok: true, path: '_posts/2025-06-01-idea-2.md' });
    assert.deepEqual(unpublishPath('_posts/2024-07-15-상반기-회고.md', () => false), { ok: true, path: '_drafts/상반기-회고.md' });
    assert.equal(publishPath('_posts/x.md', '2025-06-01', () => false).ok, false);
  });
  it('writes a time like the one already there', () => {
    assert.equal(timestampLike('2025-02-03T14:20:00+09:00', nowMs, zone), '2025-06-01T00:30:05+09:00');
    assert.equal(timestampLike('2025-02-03 14:20:00 +0900', nowMs, zone), '2025-06-01 00:30:05 +0900');
    assert.equal(timestampLike('2025-02-03', nowMs, zone), '2025-06-01');
    assert.equal(timestampLike(undefined, nowMs, zone), '2025-06-01T00:30:05+09:00');
  });
});
