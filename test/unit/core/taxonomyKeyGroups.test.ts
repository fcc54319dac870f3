import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByKey, groupByName, namesIn, pluralOf, sortKeyGroups } from '../../../src/core/taxonomyGroups';
import { shownSpelling } from '../../../src/core/taxonomyCounts';
import type { PostSummary } from '../../../src/core/postSummary';

function post(path: string, published: boolean, tags: string[], terms?: Record<string, string[]>): PostSummary {
  return {
    path, status: published ? 'published' : 'draft', willPublish: published, isDraft: !published, markedUnpublished: false, date: { epochMs: 0, offsetMinutes: 0, iso: '' },
    title: path, slug: path, categories: [], tags, ...(terms === undefined ? {} : { terms }), layout: undefined, url: `/${path}/`,
    frontMatterLines: undefined, problems: [], keys: [],
  };
}

const lower = (name: string): string => name.toLowerCase().replace(/ /g, '-');

describe('taxonomy groups by key', () => {
  const posts = [
    post('c', true, ['Go Lang', 'a', 'a'], { series: ['Basics'] }),
    post('b', true, ['go lang'], { series: ['basics', 'Other'] }),
    post('a', true, ['go lang']),
    post('d', false, ['Go Lang'], { series: ['Basics'] }),
  ];

  it('with names as keys, groups as groupByName does (Jekyll)', () => {
    const byKey = groupByKey(posts, 'tags', (n) => n);
    const byName = groupByName(posts, 'tag');
    assert.deepEqual([...byKey.keys()], [...byName.keys()]);
    for (const [name, list] of byName) assert.deepEqual(byKey.get(name)?.posts, list);
    assert.equal(byKey.get('a')?.posts.length, 2, 'a name listed twice counts twice');
  });

  it('puts spellings of one key together, showing the spelling most published posts use', () => {
    const tags = groupByKey(posts, 'tags', lower);
    assert.deepEqual(tags.get('go-lang')?.posts.map((p) => p.path), ['c', 'b', 'a']);
    assert.equal(tags.get('go-lang')?.name, 'go lang');
    assert.deepEqual(tags.get('go-lang')?.spellings, ['go lang', 'Go Lang'], 'the most used first');
    const series = groupByKey(posts, 'series', lower);
    assert.deepEqual([...series.values()].map((g) => [g.key, g.name, g.posts.length]), [['basics', 'Basics', 2], ['other', 'Other', 1]]);
  });

  it('reads a taxonomy\'s names by plural, and nothing for a taxonomy a post lacks', () => {
    assert.deepEqual(namesIn(posts[1]!, 'series'), ['basics', 'Other']);
    assert.deepEqual(namesIn(posts[2]!, 'series'), []);
    assert.deepEqual(namesIn(posts[2]!, 'constructor'), []);
    assert.deepEqual(namesIn(posts[0]!, pluralOf('tag')), ['Go Lang', 'a', 'a']);
    assert.equal(pluralOf('category'), 'categories');
  });

  it('sorts by shown name with the collator, or by count', () => {
    const collator = new Intl.Collator('ko', { numeric: true, sensitivity: 'base' });
    const groups = [...groupByKey(posts, 'series', lower).values(), { key: '가', name: '가', spellings: ['가'], posts: [] }];
    assert.deepEqual(sortKeyGroups(groups, 'name', collator).map((g) => g.name), ['가', 'Basics', 'Other']);
    assert.deepEqual(sortKeyGroups(groups, 'count', collator).map((g) => g.name), ['Basics', 'Other', '가']);
  });

  it('shows the most used spelling, a tie going to the first in code-unit order', () => {
    assert.equal(shownSpelling(new Map([['go lang', 1], ['Go Lang', 1]])), 'Go Lang');
    assert.equal(shownSpelling(new Map([['Go Lang', 1], ['go lang', 2]])), 'go lang');
  });
});
