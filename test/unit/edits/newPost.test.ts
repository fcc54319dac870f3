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

describe('new post in the site\'s habits', () => {
  // A Korean blog: one folder per category inside _posts, `category:` (singular), flow lists of tags.
  const habitual = [
    lf('---', 'title: 첫 글', 'category: 개발', 'tags: [자바, 스프링]', '---'),
    lf('---', 'title: 둘째 글', 'category: 일상', 'tags: [여행]', '---'),
    lf('---', 'title: 셋째 글', 'category: 개발', 'tags: [JPA]', '---'),
  ];
  const placed = [
    { path: '_posts/개발/2024-01-02-a.md', categories: ['개발'] },
    { path: '_posts/일상/2024-01-03-b.md', categories: ['일상'] },
    { path: '_posts/Dev Notes/2024-01-04-c.md', categories: ['dev notes'] },
    { path: '_posts/2024-01-05-d.md', categories: ['개발'] },
  ];
  const make = (categories: string[], tags: string[], more: { recent?: string[]; placed?: typeof placed; draft?: boolean } = {}): { path: string; text: string } => {
    const made = newPost({ title: '새 글', categories, tags, draft: more.draft ?? false, nowMs, zone, config, exists: () => false, recent: more.recent ?? habitual, placed: more.placed ?? placed });
    assert.ok(made.ok);
    return made;
  };
  it('puts the post in its category\'s folder, with the singular key and flow lists, names in the order picked', () => {
    const made = make(['개발'], ['스프링', '자바']);
    assert.equal(made.path, '_posts/개발/2025-06-01-새-글.md');
    assert.equal(made.text, lf('---', 'title: 새 글', 'category: 개발', 'tags: [스프링, 자바]', '---', ''));
  });
  it('finds the folder a category is kept in whatever its case, and makes one for a new category', () => {
    assert.equal(make(['Dev Notes'], []).path, '_posts/Dev Notes/2025-06-01-새-글.md');
    assert.equal(make(['새 분류'], []).path, '_posts/새 분류/2025-06-01-새-글.md');
    assert.equal(make(['a/b'], []).path, '_posts/2025-06-01-새-글.md', 'a name that is no folder name stays at the top');
    assert.equal(make([], ['x']).path, '_posts/2025-06-01-새-글.md');
    assert.equal(make(['개발'], [], { draft: true }).path, '_drafts/새-글.md');
  });
  it('writes the plural key for more than one category, and keeps the top of _posts on sites without category folders', () => {
    assert.match(make(['개발', '일상'], []).text, /^categories: \[개발, 일상\]$/m);
    const flat = placed.map((p) => ({ ...p, path: `_posts/${p.path.slice(p.path.lastIndexOf('/') + 1)}` }));
    assert.equal(make(['개발'], [], { placed: flat }).path, '_posts/2025-06-01-새-글.md');
  });
  it('quotes names when the site does, in block lists too', () => {
    const quoted = [lf('---', 'title: a', 'tags:', '  - "x"', '  - "y"', '---'), lf('---', 'title: b', 'tags: ["z"]', '---'), lf('---', 'title: c', 'tags:', '  - "w"', '---')];
    assert.equal(make([], ['자바', 'b'], { recent: quoted, placed: [] }).text, lf('---', 'title: a'.replace('a', '새 글'), 'tags:', '  - "자바"', '  - "b"', '---', ''));
  });
});
