import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { placeOf } from '../../../src/core/postPath';

const config = { collectionsDir: '', exclude: ['dev/private'], include: [] };

test('where a path sits for the post reader', () => {
  const cases: Array<[string, string]> = [
    ['_posts/2024-01-02-a.md', 'post'],
    ['dev/_posts/sub/2024-01-02-a.md', 'post'],
    ['my_posts/_posts/2024-01-02-a.md', 'post'],
    ['_drafts/a.md', 'draft'],
    ['dev/_drafts/sub/a.md', 'draft'],
    ['dev/_drafts/_posts/2024-01-02-a.md', 'notPost:ignoredName'],
    ['_posts', 'outside'],
    ['dev/_posts', 'outside'],
    ['.hidden/_posts/2024-01-02-a.md', 'outside'],
    ['_site/_posts/2024-01-02-a.md', 'outside'],
    ['about.md', 'outside'],
    ['_posts/.x/2024-01-02-a.md', 'notPost:hiddenFolder'],
    ['_posts/sub/.x/2024-01-02-a.md', 'notPost:hiddenFolder'],
    ['_posts/sub.x/.2024-01-02-a.md', 'notPost:ignoredName'],
    ['_posts/_2024-01-02-a.md', 'notPost:ignoredName'],
    ['_posts/2024-01-02-a.md~', 'notPost:ignoredName'],
    ['dev/private/_posts/2024-01-02-a.md', 'notPost:excluded'],
    ['_posts/a.md', 'notPost:noDate'],
    ['_drafts/a', 'notPost:noExtension'],
  ];
  for (const [path, want] of cases) {
    const place = placeOf(path, config);
    assert.equal(place.kind === 'notPost' ? `notPost:${place.reason}` : place.kind, want, path);
  }
  assert.deepEqual(placeOf('./site/dev/_posts/2024-01-02-a.md', { ...config, collectionsDir: 'site' }), {
    kind: 'post', sitePath: 'site/dev/_posts/2024-01-02-a.md', jekyllPath: 'dev/_posts/2024-01-02-a.md', specialDir: '_posts',
  });
});
