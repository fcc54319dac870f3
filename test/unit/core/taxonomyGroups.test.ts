import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absolutePostUrl, groupByName, sortGroups, unpublishedFiles } from '../../../src/core/taxonomyGroups';
import type { PostSummary } from '../../../src/core/postSummary';

function post(path: string, status: PostSummary['status'], categories: string[], tags: string[], epochMs = 0): PostSummary {
  return {
    path, status, willPublish: status === 'published', isDraft: status === 'draft', markedUnpublished: status === 'unpublished', date: { epochMs, offsetMinutes: 540, iso: '' },
    title: path, slug: path, categories, tags, layout: undefined, url: `/${path}/`,
    frontMatterLines: undefined, problems: [], keys: [],
  };
}

describe('taxonomy groups', () => {
  const posts = [
    post('c', 'published', ['개발', 'Dev'], ['a', 'a'], 3),
    post('b', 'published', ['Dev'], ['가나'], 2),
    post('d', 'draft', ['Dev'], ['draft-only'], 4),
    post('a', 'future', ['미래'], [], 5),
  ];

  it('groups only what Jekyll publishes, case-sensitively, keeping a repeated name twice', () => {
    const categories = groupByName(posts, 'category');
    assert.deepEqual([...categories.keys()], ['개발', 'Dev']);
    assert.deepEqual(categories.get('Dev')?.map((p) => p.path), ['c', 'b']);
    assert.equal(groupByName(posts, 'tag').get('a')?.length, 2);
    assert.equal(groupByName(posts, 'tag').has('draft-only'), false);
  });

  it('sorts by name with Korean collation (Hangul first, case-insensitive Latin), or by count', () => {
    const collator = new Intl.Collator('ko', { numeric: true, sensitivity: 'base' });
    const groups = new Map([['하', [posts[0]!]], ['가', [posts[0]!]], ['Zeta', [posts[0]!, posts[1]!]], ['alpha', [posts[0]!]]]);
    assert.deepEqual(sortGroups(groups, 'name', collator).map((g) => g.name), ['가', '하', 'alpha', 'Zeta']);
    assert.deepEqual(sortGroups(groups, 'count', collator).map((g) => g.name), ['Zeta', '가', '하', 'alpha']);
  });

  it('lists files that are not on the site: drafts first', () => {
    assert.deepEqual(unpublishedFiles(posts).map((p) => p.status), ['draft', 'future']);
  });

  it('joins url, baseurl and the post URL as absolute_url does', () => {
    assert.equal(absolutePostUrl('https://example.github.io', '', '/dev/a/'), 'https://example.github.io/dev/a/');
    assert.equal(absolutePostUrl('https://example.github.io/', '/blog/', '/dev/a/'), 'https://example.github.io/blog/dev/a/');
    assert.equal(absolutePostUrl('', 'blog', '/a.html'), '/blog/a.html');
  });
});
