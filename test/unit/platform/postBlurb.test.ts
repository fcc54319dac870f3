import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { readPostBlurb } from '../../../src/platform/postBlurb';
import { loadSiteConfig } from '../../../src/platform/siteConfigFile';
import { jekyllGenerator } from '../../../src/core/generators/jekyll/jekyllGenerator';
import { tempSite } from './tempSite';

const now = Date.parse('2026-01-01T00:00:00Z');

describe('a post\'s blurb, read when a tooltip asks', async () => {
  const root = tempSite({
    '_config.yml': 'timezone: Asia/Seoul\ndefaults:\n  - scope: { path: "_posts/notes" }\n    values: { description: "노트 모음의 글" }\n',
    '_posts/2024-01-01-own.md': '---\ntitle: 제목\ndescription: "직접 쓴 설명"\n---\n첫 문단.\n\n둘째 문단.\n',
    '_posts/notes/2024-01-02-inherited.md': '---\ntitle: 노트\n---\n본문.\n',
    '_posts/2024-01-03-excerpt.md': '---\ntitle: 요약만\n---\n**굵은** 첫 문단이 [링크](https://example.com)와 함께 있습니다.\n\n둘째 문단은 나오지 않습니다.\n',
    '_posts/2024-01-04-separator.md': '---\nexcerpt_separator: <!--more-->\n---\n하나\n\n둘<!--more-->셋\n',
  });
  const loaded = await loadSiteConfig(nodeFileSystem, root, jekyllGenerator);

  it('takes the post\'s own description', async () => {
    assert.deepEqual(await readPostBlurb(nodeFileSystem, root, '_posts/2024-01-01-own.md', loaded, now), { description: '직접 쓴 설명', excerpt: '첫 문단.' });
  });

  it('takes a description from defaults:', async () => {
    assert.equal((await readPostBlurb(nodeFileSystem, root, '_posts/notes/2024-01-02-inherited.md', loaded, now)).description, '노트 모음의 글');
  });

  it('falls back to the excerpt as plain text, up to the separator', async () => {
    assert.deepEqual(await readPostBlurb(nodeFileSystem, root, '_posts/2024-01-03-excerpt.md', loaded, now), { description: undefined, excerpt: '굵은 첫 문단이 링크와 함께 있습니다.' });
    assert.equal((await readPostBlurb(nodeFileSystem, root, '_posts/2024-01-04-separator.md', loaded, now)).excerpt, '하나 둘');
  });

  it('gives nothing for a file that is gone', async () => {
    assert.deepEqual(await readPostBlurb(nodeFileSystem, root, '_posts/2024-09-09-gone.md', loaded, now), { description: undefined, excerpt: undefined });
  });
});
