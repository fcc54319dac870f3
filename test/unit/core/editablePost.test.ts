import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEditablePost } from '../../../src/core/editablePost';
import { parseConfig } from '../../../src/core/config';
import { jekyllGenerator } from '../../../src/core/generators/jekyll/jekyllGenerator';
import { hugoGenerator } from '../../../src/core/generators/hugo/hugoGenerator';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { SiteModel } from '../../../src/core/siteModel';
import { createTimeZone } from '../../../src/core/timeZone';

const none = new Set<string>();

test("Jekyll: a post or draft where Jekyll looks for them is one before the model reads it; an undated file in _posts is not", () => {
  const config = parseConfig('').config;
  const editable = (path: string): boolean => isEditablePost(jekyllGenerator, config, none, path, undefined);
  assert.equal(editable('_posts/2024-01-01-새-글.md'), true);
  assert.equal(editable('_drafts/초안.md'), true);
  assert.equal(editable('blog/_posts/2024-01-01-x.md'), true);
  assert.equal(editable('_posts/README.md'), false, 'placed, but not a post: no date');
  assert.equal(editable('about.md'), false);
});

test('Hugo: a content page is one by its place, a section header is not, and the model answers for the rest', () => {
  const config = readHugoSiteConfig([{ file: 'hugo.toml', text: 'title = "x"\n' }]).config;
  const editable = (path: string): boolean => isEditablePost(hugoGenerator, config, none, path, undefined);
  assert.equal(editable('content/posts/새-글.md'), true);
  assert.equal(editable('content/posts/bundle/index.md'), true);
  assert.equal(editable('content/posts/_index.md'), false);
  assert.equal(editable('static/notes.md'), false);
  const model = new SiteModel({ config, zone: createTimeZone('UTC').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') });
  model.upsert({ path: 'content/posts/a.md', text: '+++\ntitle = "a"\n+++\n', mtimeMs: 1 });
  const summary = model.get('content/posts/a.md');
  assert.ok(summary !== undefined && summary.status !== 'notPost');
  // What the model holds as a post stays one even where the place alone would not say so.
  assert.equal(isEditablePost({ placeOf: (sitePath) => ({ kind: 'outside', sitePath }) }, config, none, 'content/posts/a.md', summary), true);
  assert.equal(isEditablePost({ placeOf: (sitePath) => ({ kind: 'outside', sitePath }) }, config, none, 'content/posts/a.md', { ...summary, status: 'notPost' }), false);
});
