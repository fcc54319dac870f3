import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeLinkText, fileStem, formatImage, formatPostLink, imageCopyPath, isImagePath, postSlug, postUrlName } from '../../../src/core/edits/insertLinks';

describe('insert link to post', () => {
  it('names a post as post_url wants it: the path inside _posts, sub-folders kept, no extension', () => {
    assert.equal(postUrlName('_posts/2024-03-05-지킬-블로그-시작하기.md'), '2024-03-05-지킬-블로그-시작하기');
    assert.equal(postUrlName('dev/_posts/2024-05-22-x.md'), '2024-05-22-x');
    assert.equal(postUrlName('_posts/notes/2024-05-22-x.markdown'), 'notes/2024-05-22-x');
    assert.equal(postUrlName('_drafts/x.md'), undefined);
  });

  it('formats a post_url link with a Korean title', () => {
    const link = formatPostLink({ title: '지킬 블로그 시작하기', path: '_posts/2024-03-05-지킬-블로그-시작하기.md', url: '/blog/x/', baseurl: '', style: 'postUrl' });
    assert.equal(link, '[지킬 블로그 시작하기]({% post_url 2024-03-05-지킬-블로그-시작하기 %})');
  });

  it('escapes brackets and backslashes in the title', () => {
    assert.equal(escapeLinkText('[공지] a\\b ]'), '\\[공지\\] a\\\\b \\]');
    const link = formatPostLink({ title: 'Arrays [0] and ]', path: 'dev/_posts/2024-05-22-x.md', url: '/dev/x/', baseurl: '', style: 'postUrl' });
    assert.equal(link, '[Arrays \\[0\\] and \\]]({% post_url 2024-05-22-x %})');
  });

  it('formats a permalink with the baseurl, and encodes what would end the destination', () => {
    const base = { title: '상반기 회고', path: '_posts/2024-07-15-상반기-회고.md', url: '/blog/%EC%83%81/', style: 'permalink' as const };
    assert.equal(formatPostLink({ ...base, baseurl: '' }), '[상반기 회고](/blog/%EC%83%81/)');
    assert.equal(formatPostLink({ ...base, baseurl: '/my-blog/' }), '[상반기 회고](/my-blog/blog/%EC%83%81/)');
    assert.equal(formatPostLink({ ...base, url: '/a b(1)/', baseurl: '' }), '[상반기 회고](/a%20b%281%29/)');
  });

  it('falls back to the permalink outside _posts, and gives nothing without a URL', () => {
    assert.equal(formatPostLink({ title: 'T', path: 'blog/x.md', url: '/x/', baseurl: '', style: 'postUrl' }), '[T](/x/)');
    assert.equal(formatPostLink({ title: 'T', path: 'blog/x.md', url: undefined, baseurl: '', style: 'postUrl' }), undefined);
  });
});

describe('insert image', () => {
  it('knows image files by extension, in any case', () => {
    assert.ok(isImagePath('assets/a.PNG'));
    assert.ok(isImagePath('C:\\x\\b.webp'));
    assert.ok(!isImagePath('assets/a.pdf'));
    assert.ok(!isImagePath('png'));
  });

  it('formats Markdown, with {{ site.baseurl }} only when the site has one', () => {
    assert.equal(formatImage({ path: 'assets/images/sample.svg', alt: 'sample', baseurl: '', style: 'markdown' }), '![sample](/assets/images/sample.svg)');
    assert.equal(formatImage({ path: 'assets/images/sample.svg', alt: 'sample', baseurl: '/blog', style: 'markdown' }), '![sample]({{ site.baseurl }}/assets/images/sample.svg)');
    assert.equal(formatImage({ path: 'images/내 사진 [1].png', alt: '내 사진 [1]', baseurl: '/', style: 'markdown' }), '![내 사진 \\[1\\]](/images/내%20사진%20[1].png)');
  });

  it('formats the Minimal Mistakes figure include, with no baseurl prefix', () => {
    assert.equal(
      formatImage({ path: 'assets/images/a.png', alt: 'say "hi"', baseurl: '/blog', style: 'figure' }),
      '{% include figure image_path="/assets/images/a.png" alt="say &quot;hi&quot;" caption="" %}',
    );
  });

  it('copies into assets/images/<post-slug>/, never over an existing file', () => {
    assert.equal(postSlug('_posts/2024-03-05-지킬-블로그-시작하기.md'), '지킬-블로그-시작하기');
    assert.equal(postSlug('_drafts/ideas.md'), 'ideas');
    assert.equal(fileStem('/tmp/photo.final.JPG'), 'photo.final');
    const taken = new Set(['assets/images/회고/사진.png', 'assets/images/회고/사진-2.png']);
    assert.equal(imageCopyPath('_posts/2024-07-15-회고.md', '/home/me/사진.png', (p) => taken.has(p)), 'assets/images/회고/사진-3.png');
    assert.equal(imageCopyPath('_posts/2024-07-15-회고.md', 'C:\\pics\\a.gif', () => false), 'assets/images/회고/a.gif');
  });
});
