import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../src/core/config';
import { defaultsFor, deepMerge } from '../../../src/core/defaults';
import { categoriesFromPath, mergeCategories } from '../../../src/core/taxonomy';
import { postStartData } from '../../../src/core/postStartData';

/** The start data worked out for the one post, with nothing remembered (what classifying did before the memo). */
function alone(config: ReturnType<typeof parseConfig>['config'], jekyllPath: string, specialDir: string): unknown {
  const pathCategories = categoriesFromPath(jekyllPath, specialDir);
  const defaults = defaultsFor(config, jekyllPath, jekyllPath, 'posts');
  const merged = mergeCategories(pathCategories, defaults['categories']);
  if (!merged.ok) return merged.message;
  const layer = defaults['categories'] === undefined || defaults['categories'] === null ? defaults : { ...defaults, categories: merged.value };
  return deepMerge({ categories: pathCategories }, layer);
}

const configs = [
  // Scopes no longer than a folder: remembered per folder.
  'defaults:\n  - scope: {path: "", type: posts}\n    values: {layout: post, categories: [all]}\n  - scope: {path: dev}\n    values: {toc: true, categories: dev-extra}\n',
  // A scope that reaches into file names, and a glob: worked out per post.
  'defaults:\n  - scope: {path: _posts/2024}\n    values: {layout: new}\n  - scope: {path: "dev/*/2023-*"}\n    values: {old: true}\n',
  // Defaults categories that are not a list fail the read.
  'defaults:\n  - scope: {path: ""}\n    values: {categories: 5}\n',
];

const paths: Array<[string, string]> = [
  ['_posts/2024-01-02-a.md', '_posts'], ['_posts/2023-01-02-b.md', '_posts'], ['_posts/2024-05-02-c.md', '_posts'],
  ['dev/_posts/2023-01-02-d.md', '_posts'], ['dev/_posts/2024-01-02-e.md', '_posts'], ['devops/_posts/2024-01-02-f.md', '_posts'],
  ['dev/_posts/sub/2024-01-02-g.md', '_posts'], ['x.md/_posts/x.md', '_posts'], ['x.md/_posts/2024-01-02-y.md', '_posts'],
  ['dev/_drafts/h.md', '_drafts'],
];

test('the start data a folder shares is the one each of its posts would have alone', () => {
  for (const text of configs) {
    const { config } = parseConfig(text);
    // Twice, so the second round reads what the first remembered.
    for (const round of [1, 2]) {
      for (const [path, specialDir] of paths) {
        const start = postStartData(config, path, path, specialDir);
        assert.deepEqual(start.ok ? start.data : start.message, alone(config, path, specialDir), `${path}, round ${round}`);
      }
    }
  }
});
