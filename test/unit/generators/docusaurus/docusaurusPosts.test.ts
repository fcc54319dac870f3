import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docusaurusGenerator } from '../../../../src/core/generators/docusaurus/docusaurusGenerator';
import { readDocusaurusSiteConfig } from '../../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { normalizeUrl, parseBlogFileName } from '../../../../src/core/generators/docusaurus/docusaurusUrls';
import { docusaurusContentTitle } from '../../../../src/core/generators/docusaurus/docusaurusReadPost';
import { createTimeZone } from '../../../../src/core/timeZone';
import type { PostInfo } from '../../../../src/core/post';

const { config } = readDocusaurusSiteConfig([
  { file: 'docusaurus.config.js', text: "module.exports = { url: 'https://x.org', baseUrl: '/', presets: [['classic', { blog: { onInlineTags: 'ignore' } }]] };" },
  { file: 'blog/tags.yml', text: 'go:\n  label: Go Lang\n  permalink: /go\n' },
  { file: 'blog/authors.yml', text: 'jane:\n  name: Jane\n' },
]);
const zone = createTimeZone('UTC').zone;
const MTIME = Date.UTC(2020, 0, 1);

function post(path: string, text: string): PostInfo {
  const read = docusaurusGenerator.readPost(text, config);
  return docusaurusGenerator.classify(path, read, MTIME, { config, zone, nowMs: Date.UTC(2030, 0, 1) });
}

describe('Docusaurus blog posts', () => {
  it('joins URLs as normalizeUrl does', () => {
    assert.equal(normalizeUrl(['/', 'blog', '/2024/03/05/x']), '/blog/2024/03/05/x');
    assert.equal(normalizeUrl(['/site/', '/news/', 'custom/']), '/site/news/custom/');
    assert.equal(normalizeUrl(['/', '/', '/']), '/');
    assert.equal(normalizeUrl(['https://x.org/', '/a//b']), 'https://x.org/a/b');
  });

  it('reads dates and slugs from paths as parseBlogFileName does', () => {
    assert.deepEqual(parseBlogFileName('2024-03-05-hello.md'), { dateMs: Date.UTC(2024, 2, 5), text: 'hello', slug: '/2024/03/05/hello' });
    assert.deepEqual(parseBlogFileName('2024/3/5/hello.mdx'), { dateMs: Date.UTC(2024, 2, 5), text: 'hello', slug: '/2024/3/5/hello' });
    assert.deepEqual(parseBlogFileName('2024-03-05-bundle/index.md'), { dateMs: Date.UTC(2024, 2, 5), text: 'bundle', slug: '/2024/03/05/bundle' });
    assert.deepEqual(parseBlogFileName('notes/2024-03-05-x.md'), { dateMs: Date.UTC(2024, 2, 5), text: 'x', slug: '/2024/03/05/notes/x' });
    assert.deepEqual(parseBlogFileName('nested/index.md'), { dateMs: undefined, text: 'nested', slug: '/nested' });
  });

  it('takes the title from front matter, else a leading # h1 (past MDX imports), else the file name', () => {
    assert.equal(docusaurusContentTitle('\nimport A from "a";\nimport B from "b";\n\n# Hello `code` {#id}\n\ntext'), 'Hello code');
    assert.equal(docusaurusContentTitle('Setext\n===\n'), 'Setext');
    assert.equal(docusaurusContentTitle('Text first\n\n# Not a title'), undefined);
    assert.equal(post('blog/2024-01-02-name.md', '---\ntags: []\n---\n# From the body\n').title, 'From the body');
    assert.equal(post('blog/2024-01-02-name.md', '---\ntitle: Own\n---\n# From the body\n').title, 'Own');
    assert.equal(post('blog/2024-01-02-name.md', 'No front matter.\n').title, 'name');
  });

  it('dates a post by front matter (a string as UTC), else its path, else the file time', () => {
    assert.equal(post('blog/2024-01-02-a.md', '---\ndate: 2024-05-06 07:08\n---\n').date?.epochMs, Date.UTC(2024, 4, 6, 7, 8));
    assert.equal(post('blog/2024-01-02-a.md', '---\ndate: 2024-05-06T07:08:00+09:00\n---\n').date?.epochMs, Date.UTC(2024, 4, 5, 22, 8));
    assert.equal(post('blog/2024-01-02-a.md', '---\ntitle: x\n---\n').date?.epochMs, Date.UTC(2024, 0, 2));
    assert.equal(post('blog/undated.md', '---\ntitle: x\n---\n').date?.epochMs, MTIME);
    const offset = post('blog/a.md', '---\ndate: "2024-05-06T07:08:00+09:00"\n---\n');
    assert.equal(offset.date, undefined);
    assert.deepEqual(offset.problems.map((p) => p.code), ['post.dateUnreadable']);
  });

  it('describes a production build: drafts are left out, unlisted posts are built, future dates too', () => {
    const draft = post('blog/2024-01-02-a.md', '---\ndraft: true\n---\n');
    assert.deepEqual([draft.status, draft.isDraft, draft.willPublish], ['draft', true, false]);
    const unlisted = post('blog/2024-01-02-a.md', '---\nunlisted: true\n---\n');
    assert.deepEqual([unlisted.status, unlisted.willPublish, unlisted.problems.map((p) => p.code)], ['published', true, ['post.unlisted']]);
    const future = post('blog/2099-01-02-a.md', '---\ntitle: Later\n---\n');
    assert.deepEqual([future.status, future.willPublish], ['published', true]);
    // js-yaml 4 reads `yes` as a string, which the front-matter schema refuses as a boolean: the build stops.
    const yes = post('blog/2024-01-02-a.md', '---\ndraft: yes\n---\n');
    assert.deepEqual([yes.status, yes.problems.map((p) => p.code)], ['invalid', ['post.frontMatterSchema']]);
  });

  it('never evaluates JavaScript front matter: the post is computed by Docusaurus', () => {
    const js = post('blog/2024-01-02-a.md', '---js\n{ title: (() => { throw new Error("ran"); })() }\n---\n');
    assert.equal(js.status, 'invalid');
    assert.deepEqual(js.problems.map((p) => p.code), ['frontMatter.computed']);
  });

  it('gives the permalink from the slug or the dated path, tags by tags.yml or kebab case, authors by key', () => {
    const p = post('blog/2024-01-02-a.md', '---\nslug: /custom/path\ntags: [go, 한글 태그, Next.js 입문]\nauthors: [jane, { name: Guest }]\n---\n');
    assert.equal(p.url, '/blog/custom/path');
    assert.deepEqual(p.tags, ['go', '한글 태그', 'Next.js 입문']);
    assert.deepEqual(p.tags.map((t) => docusaurusGenerator.nameKey('tags', t, config)), ['/blog/tags/go', '/blog/tags/한글-태그', '/blog/tags/next-js-입문']);
    assert.deepEqual(p.terms, { authors: ['jane', 'Guest'] });
    const unknown = post('blog/2024-01-02-a.md', '---\nauthors: nobody\n---\n');
    assert.deepEqual(unknown.problems.map((q) => q.code), ['post.unknownAuthor']);
  });

  it('lists the blog folder\'s Markdown and MDX, leaving out partials and tests', () => {
    const place = (p: string): string => docusaurusGenerator.placeOf(p, config).kind;
    assert.deepEqual(
      ['blog/a.md', 'blog/b.mdx', 'blog/_partial.mdx', 'blog/_drafts/x.md', 'blog/__tests__/x.md', 'blog/x.test.md', 'blog/.hidden/x.md', 'blog/x.MD', 'blog/tags.yml', 'docs/x.md'].map(place),
      ['post', 'post', 'outside', 'outside', 'outside', 'post', 'outside', 'outside', 'outside', 'outside'],
    );
  });
});
