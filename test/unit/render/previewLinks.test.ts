import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyPreviewLink } from '../../../src/core/render/previewLinks';
import type { LinkContext } from '../../../src/core/render/previewLinks';

const ctx: LinkContext = {
  siteUrl: 'https://example.github.io',
  baseurl: '/blog',
  documentSitePath: 'dev/_posts/2024-05-22-a.md',
  pageUrl: '/dev/a/',
  sourceExtensions: ['md', 'markdown', 'html'],
};

describe('links clicked in the preview', () => {
  it('opens other web sites outside', () => {
    assert.deepEqual(classifyPreviewLink('https://jekyllrb.com/docs/', ctx), { kind: 'external', url: 'https://jekyllrb.com/docs/' });
    assert.deepEqual(classifyPreviewLink('mailto:me@example.com', ctx), { kind: 'external', url: 'mailto:me@example.com' });
  });

  it('treats links to the site itself, absolute or with the baseurl, as site URLs', () => {
    assert.deepEqual(classifyPreviewLink('https://example.github.io/blog/jekyll/start/#설치', ctx), { kind: 'siteUrl', url: '/jekyll/start/', fragment: '설치' });
    assert.deepEqual(classifyPreviewLink('/blog/jekyll/%EC%8B%9C%EC%9E%91/', ctx), { kind: 'siteUrl', url: '/jekyll/시작/', fragment: '' });
    assert.deepEqual(classifyPreviewLink('../b/', ctx), { kind: 'siteUrl', url: '/dev/b/', fragment: '' });
  });

  it('opens relative Markdown files from the post folder', () => {
    assert.deepEqual(classifyPreviewLink('2025-03-18-b.md#x', ctx), { kind: 'file', sitePath: 'dev/_posts/2025-03-18-b.md', fragment: 'x' });
    assert.deepEqual(classifyPreviewLink('../../_posts/2024-01-01-c.md', ctx), { kind: 'file', sitePath: '_posts/2024-01-01-c.md', fragment: '' });
  });

  it('ignores script and command links', () => {
    assert.deepEqual(classifyPreviewLink('javascript:alert(1)', ctx), { kind: 'ignored' });
    assert.deepEqual(classifyPreviewLink('command:workbench.action.quit', ctx), { kind: 'ignored' });
  });
});
