import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../../src/core/config';
import { imageGlob } from '../../../src/core/edits/insertLinks';
import { readAstroSiteConfig } from '../../../src/core/generators/astro/astroSiteConfig';
import { readDocusaurusSiteConfig } from '../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { passthroughFolders } from '../../../src/core/generators/eleventy/eleventyPassthrough';
import { readEleventySiteConfig } from '../../../src/core/generators/eleventy/eleventySiteConfig';
import { readHexoSiteConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { imageSlug, relativeFrom } from '../../../src/core/images/imagePlacing';
import { imageFor, imagePickFolders, type ImageRequest } from '../../../src/core/images/imageText';
import type { SiteConfig } from '../../../src/core/siteConfig';

const none = (): boolean => false;

function copy(config: SiteConfig, post: string, fileName = 'photo 1.png', exists: (p: string) => boolean = none): ReturnType<typeof imageFor> {
  return imageFor({ post, config, from: { kind: 'copy', fileName }, alt: 'photo', style: 'markdown', exists });
}

function site(config: SiteConfig, post: string, path: string, style: ImageRequest['style'] = 'markdown'): ReturnType<typeof imageFor> {
  return imageFor({ post, config, from: { kind: 'site', path }, alt: 'photo', style, exists: none });
}

describe('image placing helpers', () => {
  it('names a post by its file, or by its folder when it is the folder index, without a date', () => {
    assert.equal(imageSlug('source/_posts/2024-03-05-서울-봄-산책.md'), '서울-봄-산책');
    assert.equal(imageSlug('blog/2024-06-01-bundle-post/index.md'), 'bundle-post');
    assert.equal(imageSlug('content/posts/trip/_index.md'), 'trip');
  });

  it('writes a path relative to a folder', () => {
    assert.equal(relativeFrom('blog/a', 'blog/a/x.png'), './x.png');
    assert.equal(relativeFrom('src/content/blog/2024', 'src/assets/x.png'), '../../../assets/x.png');
    assert.equal(relativeFrom('', 'x.png'), './x.png');
  });

  it('globs the picker folders, or the whole site', () => {
    assert.match(imageGlob(['static', 'content']), /^\{static,content\}\/\*\*\/\*\.\{png,PNG,/);
    assert.match(imageGlob(['src']), /^src\/\*\*\/\*\.\{png/);
    assert.match(imageGlob(['']), /^\*\*\/\*\.\{png/);
  });
});

describe('images by generator', () => {
  it('Jekyll: assets/images/<slug>/ from the root, under {{ site.baseurl }}, and its figure include', () => {
    const jekyll = defaultConfig();
    assert.deepEqual(copy(jekyll, '_posts/2024-07-15-회고.md'), { text: '![photo](/assets/images/회고/photo%201.png)', copyTo: 'assets/images/회고/photo 1.png', note: undefined });
    assert.equal(site({ ...jekyll, baseurl: '/blog' }, '_posts/x.md', 'assets/a.png').text, '![photo]({{ site.baseurl }}/assets/a.png)');
    assert.match(site(jekyll, '_posts/x.md', 'assets/a.png', 'figure').text, /^\{% include figure image_path="\/assets\/a.png"/);
    assert.deepEqual(imagePickFolders(jekyll), ['assets', 'images']);
  });

  it('Hugo: beside a bundle index, relatively; else static/images/<slug>/ under the baseURL path', () => {
    const hugo = readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "https://example.com/blog/"\n' }]).config;
    assert.deepEqual(copy(hugo, 'content/posts/trip/index.md'), { text: '![photo](./photo%201.png)', copyTo: 'content/posts/trip/photo 1.png', note: undefined });
    assert.deepEqual(copy(hugo, 'content/posts/2024-05-01-go.md', 'a.png', (p) => p === 'static/images/go/a.png'), { text: '![photo](/blog/images/go/a-2.png)', copyTo: 'static/images/go/a-2.png', note: undefined });
    assert.equal(site(hugo, 'content/posts/x.md', 'static/img/a.png').text, '![photo](/blog/img/a.png)');
    // A file the build does not serve: linked relatively, and said so.
    assert.deepEqual(site(hugo, 'content/posts/x.md', 'assets/a.png'), { text: '![photo](../../assets/a.png)', copyTo: undefined, note: 'notServed' });
    const own = readHugoSiteConfig([{ file: 'hugo.toml', text: 'staticDir = "files"\n' }]).config;
    assert.equal(copy(own, 'content/x.md', 'a.png').copyTo, 'files/images/x/a.png');
  });

  it('Hexo: source/images/<slug>/ from the root, or the post asset folder relatively', () => {
    const plain = readHexoSiteConfig([{ file: '_config.yml', text: 'root: /blog/\n' }]).config;
    assert.deepEqual(copy(plain, 'source/_posts/2024-03-05-봄.md'), { text: '![photo](/images/봄/photo%201.png)', copyTo: 'source/images/봄/photo 1.png', note: undefined });
    assert.equal(site(plain, 'source/_posts/x.md', 'source/_posts/x/a.png').note, 'notServed');
    const assets = readHexoSiteConfig([{ file: '_config.yml', text: 'post_asset_folder: true\nsource_dir: src\n' }]).config;
    assert.deepEqual(copy(assets, 'src/_drafts/idea.md', 'a.png'), { text: `{% asset_img a.png '"photo" "photo"' %}`, copyTo: 'src/_drafts/idea/a.png', note: undefined });
    assert.equal(copy(assets, 'src/_posts/x.md').text, `{% asset_img "photo 1.png" '"photo" "photo"' %}`);
    const marked = readHexoSiteConfig([{ file: '_config.yml', text: 'post_asset_folder: true\nmarked:\n  postAsset: true\n' }]).config;
    assert.equal(copy(marked, 'source/_posts/x.md', 'a.png').text, '![photo](a.png)');
    assert.equal(site(assets, 'src/_posts/x.md', 'src/images/a.png').text, '![photo](/images/a.png)');
  });

  it('Eleventy: reads literal passthrough folders and globs from the config text, and says when it found none', () => {
    assert.deepEqual(passthroughFolders('c.addPassthroughCopy("content/img"); c.addPassthroughCopy({ "./public/": "/", "x/**/*.png": "y" }); c.addPassthroughCopy("robots.txt"); c.addPassthroughCopy(dir); c.addPassthroughCopy("content/pics/**/*.{png,jpg}"); c.addPassthroughCopy("*.png");', 'content'), [
      { from: 'content/img', to: 'img' },
      { from: 'public', to: '' },
      { from: 'x', to: 'y', pattern: 'x/**/*.png', flat: true },
      { from: 'content/pics', to: 'pics', pattern: 'content/pics/**/*.{png,jpg}' },
    ]);
    const files = (code: string): { file: string; text: string }[] => [{ file: 'eleventy.config.js', text: code }];
    const passed = readEleventySiteConfig(files('export default (c) => { c.addPassthroughCopy({ "./public/": "/" }); };\nexport const config = { dir: { input: "content" } };')).config;
    assert.deepEqual(copy(passed, 'content/blog/2024-03-05-hi.md', 'a.png'), { text: '![photo](/images/hi/a.png)', copyTo: 'public/images/hi/a.png', note: undefined });
    const img = readEleventySiteConfig(files('export default (c) => { c.addPassthroughCopy("content/img"); };\nexport const config = { dir: { input: "content" } };')).config;
    assert.deepEqual(copy(img, 'content/blog/hi.md', 'a.png'), { text: '![photo](/img/hi/a.png)', copyTo: 'content/img/hi/a.png', note: undefined });
    const unknown = readEleventySiteConfig(files('export default (c) => { c.addPassthroughCopy(folders); };')).config;
    assert.deepEqual(copy(unknown, 'blog/hi.md', 'a.png'), { text: '![photo](./a.png)', copyTo: 'blog/a.png', note: 'servedFolderUnknown' });
  });

  it('Eleventy: pathPrefix in front of the link unless HtmlBasePlugin puts it there; a glob serves only what it matches', () => {
    const files = (code: string): { file: string; text: string }[] => [{ file: 'eleventy.config.js', text: code }];
    const prefixed = readEleventySiteConfig(files('export default (c) => { c.addPassthroughCopy("content/img"); };\nexport const config = { dir: { input: "content" }, pathPrefix: "/blog/" };')).config;
    assert.deepEqual(copy(prefixed, 'content/blog/hi.md', 'a.png'), { text: '![photo](/blog/img/hi/a.png)', copyTo: 'content/img/hi/a.png', note: undefined });
    const based = readEleventySiteConfig(files('import { HtmlBasePlugin } from "@11ty/eleventy";\nexport default (c) => { c.addPlugin(HtmlBasePlugin); c.addPassthroughCopy("content/img"); };\nexport const config = { dir: { input: "content" }, pathPrefix: "/blog/" };')).config;
    assert.equal(copy(based, 'content/blog/hi.md', 'a.png').text, '![photo](/img/hi/a.png)');
    const glob = readEleventySiteConfig(files('export default (c) => { c.addPassthroughCopy("content/img/**/*.png"); };\nexport const config = { dir: { input: "content" } };')).config;
    assert.deepEqual(copy(glob, 'content/blog/hi.md', 'a.png'), { text: '![photo](/img/hi/a.png)', copyTo: 'content/img/hi/a.png', note: undefined });
    assert.equal(copy(glob, 'content/blog/hi.md', 'a.jpg').note, 'notServed');
    const flat = readEleventySiteConfig(files('export default (c) => { c.addPassthroughCopy({ "assets/*.png": "static" }); };')).config;
    assert.deepEqual(copy(flat, 'blog/hi.md', 'a.png'), { text: '![photo](/static/a.png)', copyTo: 'assets/a.png', note: undefined });
  });

  it('Astro: next to the entry relatively; public/ from the root', () => {
    const astro = readAstroSiteConfig([]).config;
    assert.deepEqual(copy(astro, 'src/content/blog/2024/hello.md', 'a.png'), { text: '![photo](./a.png)', copyTo: 'src/content/blog/2024/a.png', note: undefined });
    assert.equal(site(astro, 'src/content/blog/hello.md', 'public/og.png').text, '![photo](/og.png)');
    assert.equal(site(astro, 'src/content/blog/hello.md', 'src/assets/a.png').text, '![photo](../../assets/a.png)');
  });

  it('Docusaurus: beside a folder post relatively; else static/img/<slug>/ from the root', () => {
    const docusaurus = readDocusaurusSiteConfig([]).config;
    assert.deepEqual(copy(docusaurus, 'blog/2024-06-01-bundle-post/index.mdx', 'a.png'), { text: '![photo](./a.png)', copyTo: 'blog/2024-06-01-bundle-post/a.png', note: undefined });
    assert.deepEqual(copy(docusaurus, 'blog/2024-04-01-한글-포스트.md', 'a.png'), { text: '![photo](/img/한글-포스트/a.png)', copyTo: 'static/img/한글-포스트/a.png', note: undefined });
    assert.equal(site(docusaurus, 'blog/x.md', 'assets/a.png').text, '![photo](../assets/a.png)');
  });

  it("Docusaurus: the site's own static folders (staticDirectories), the first for a copy; none usable, beside the post", () => {
    const config = (text: string) => readDocusaurusSiteConfig([{ file: 'docusaurus.config.js', text: `export default { title: 't', url: 'https://x.dev', baseUrl: '/', ${text} };` }]).config;
    const two = config("staticDirectories: ['public', 'static'],");
    assert.deepEqual(copy(two, 'blog/2024-04-01-hi.md', 'a.png'), { text: '![photo](/img/hi/a.png)', copyTo: 'public/img/hi/a.png', note: undefined });
    assert.equal(site(two, 'blog/x.md', 'static/logo.png').text, '![photo](/logo.png)');
    assert.equal(site(two, 'blog/x.md', 'public/img/a.png').text, '![photo](/img/a.png)');
    const none = config('staticDirectories: [],');
    assert.deepEqual(copy(none, 'blog/2024-04-01-hi.md', 'a.png'), { text: '![photo](./img/hi/a.png)', copyTo: 'blog/img/hi/a.png', note: undefined });
    assert.equal(site(none, 'blog/x.md', 'static/logo.png').text, '![photo](../static/logo.png)');
    const outside = config("staticDirectories: ['/srv/static'],");
    assert.equal(copy(outside, 'blog/2024-04-01-hi.md', 'a.png').copyTo, 'blog/img/hi/a.png');
  });
});
