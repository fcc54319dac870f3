// page.url and page.fileSlug as Eleventy 3.1.8 makes them (TemplatePermalink, TemplateFileSlug); the conformance
// test asks Eleventy the same of real sites.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eleventyFilePathStem, eleventyFileSlug, eleventyUrl, hrefOfLink } from '../../../../src/core/generators/eleventy/eleventyUrls';

const url = (inInput: string, permalink?: unknown, renders = true): unknown => eleventyUrl({ inInput }, permalink, renders);

describe('Eleventy URLs', () => {
  it('the folder rule keeps the date prefix; index and dir/dir.md take the folder', () => {
    assert.deepEqual(url('posts/2024-03-05-hello.md'), { kind: 'url', url: '/posts/2024-03-05-hello/' });
    assert.deepEqual(url('posts/trip/index.md'), { kind: 'url', url: '/posts/trip/' });
    assert.deepEqual(url('posts/trip/trip.md'), { kind: 'url', url: '/posts/trip/' });
    assert.deepEqual(url('index.md'), { kind: 'url', url: '/' });
  });

  it('fileSlug drops the date prefix; an index takes its folder\'s name', () => {
    assert.equal(eleventyFileSlug({ inInput: 'posts/2024-03-05-hello.md' }), 'hello');
    assert.equal(eleventyFileSlug({ inInput: 'posts/2024-03-05-trip/index.md' }), 'trip');
    assert.equal(eleventyFilePathStem({ inInput: 'posts/2024-03-05-hello.md' }), '/posts/hello');
  });

  it('a literal permalink is the output path; false and { build } as Eleventy reads them', () => {
    assert.equal(hrefOfLink('blog/x/'), '/blog/x/');
    assert.equal(hrefOfLink('/blog/x/index.html'), '/blog/x/');
    assert.equal(hrefOfLink('/feed.xml'), '/feed.xml');
    assert.equal(hrefOfLink('/a//b/../c/'), '/a/c/');
    assert.deepEqual(url('p.md', false), { kind: 'none' });
    assert.deepEqual(url('p.md', { build: '/b/' }), { kind: 'url', url: '/b/' });
    assert.deepEqual(url('p.md', { serverless: '/s/' }), { kind: 'none' });
    assert.equal((url('p.md', true) as { kind: string }).kind, 'error');
  });

  it('a permalink template: page.fileSlug and page.filePathStem filled in, anything else computed', () => {
    assert.deepEqual(url('blog/2024-01-01-x.md', '/blog/{{ page.fileSlug }}/'), { kind: 'url', url: '/blog/x/' });
    assert.deepEqual(url('blog/x.md', '{{ page.filePathStem }}.html'), { kind: 'url', url: '/blog/x.html' });
    assert.equal((url('blog/x.md', '/{{ title | slugify }}/') as { kind: string }).kind, 'computed');
    assert.equal((url('blog/x.md', '/{{ page.fileSlug }}/', false) as { kind: string }).kind, 'computed');
  });
});
