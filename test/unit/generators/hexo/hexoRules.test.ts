import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hexoCategoryChains, hexoCategoryNames, hexoCategorySlug, hexoTags, hexoTagSlug } from '../../../../src/core/generators/hexo/hexoTaxonomy';
import { hexoFileNameTokens, hexoPostPath } from '../../../../src/core/generators/hexo/hexoPermalink';
import { hexoPostDate } from '../../../../src/core/generators/hexo/hexoDates';
import { hexoPlaceOf } from '../../../../src/core/generators/hexo/hexoPlace';
import { readHexoSiteConfig } from '../../../../src/core/generators/hexo/hexoSiteConfig';
import { hexoPublishTarget } from '../../../../src/core/generators/hexo/hexoPublish';
import { hexoNewPost } from '../../../../src/core/generators/hexo/hexoNewPost';
import { createTimeZone } from '../../../../src/core/timeZone';
import { editDialectOf } from '../../../../src/core/generators/generator';
import { hexoGenerator } from '../../../../src/core/generators/hexo/hexoGenerator';
import { readHexoPost } from '../../../../src/core/generators/hexo/hexoReadPost';
import { namesSpec } from '../../../../src/core/edits/namesSpec';
import { writtenNamesFor } from '../../../../src/core/edits/taxonomyEdits';

const settingsOf = (text: string) => readHexoSiteConfig([{ file: '_config.yml', text }]);

test('config: Hexo\'s defaults under _config.yml, root from the url\'s path, an unknown zone reported', () => {
  const { config, problems } = settingsOf('url: https://example.com/blog/\npermalink: :title/\ntimezone: Mars/Olympus\ntag_map:\n  A: b\n');
  assert.equal(config.hexo.permalink, ':title/');
  assert.equal(config.hexo.newPostName, ':title.md');
  assert.equal(config.hexo.future, true);
  assert.equal(config.hexo.root, '/blog/');
  assert.equal(config.baseurl, '/blog');
  assert.equal(config.url, 'https://example.com');
  assert.deepEqual(config.hexo.tagMap, { A: 'b' });
  assert.equal(config.siteZone, undefined);
  assert.deepEqual(problems.map((p) => p.code), ['config.timezone']);
  // The neutral zone is left to the machine: Hexo formats :year/:month/:day there whatever timezone says.
  assert.equal(settingsOf('timezone: Asia/Seoul').config.timezone, undefined);
  assert.equal(settingsOf('timezone: Asia/Seoul').config.siteZone?.name, 'Asia/Seoul');
});

test('tags and categories: singular keys, empty items, one chain or several', () => {
  assert.deepEqual(hexoTags({ tag: 'one' }), ['one']);
  assert.deepEqual(hexoTags({ tags: ['a', '', null, 2, 'a'], tag: 'ignored' }), ['a', '2']);
  assert.deepEqual(hexoCategoryChains({ categories: ['Dev', 'Go'] }), [['Dev', 'Go']]);
  assert.deepEqual(hexoCategoryChains({ categories: [['Dev', 'Go'], 'Life', ['', 'X']] }), [['Dev', 'Go'], ['Life'], ['X']]);
  assert.deepEqual(hexoCategoryChains({ category: 'Solo' }), [['Solo']]);
  assert.deepEqual(hexoCategoryChains({ categories: '' }), []);
  assert.deepEqual(hexoCategoryNames([['Dev', 'Go'], ['Dev', 'Rust'], ['Life']]), ['Dev', 'Dev/Go', 'Dev/Rust', 'Life']);
  assert.equal(hexoTagSlug('Go Lang', { 'Go Lang': 'golang' }, 0), 'golang');
  assert.equal(hexoTagSlug('한글 태그', {}, 1), '한글-태그');
  assert.equal(hexoCategorySlug(['개발', 'Go Lang'], { 개발: 'dev' }, 0), 'dev/Go-Lang');
});

test('the file name with new_post_name: the :title is the path under _posts, else the path slugized', () => {
  assert.deepEqual(hexoFileNameTokens(':title.md', 'dev/Hello World.md'), { title: 'dev/Hello World' });
  assert.deepEqual(hexoFileNameTokens(':year-:month-:day-:title.md', '2024-03-05-hello.md'), { year: '2024', month: '03', day: '05', title: 'hello' });
  assert.deepEqual(hexoFileNameTokens(':year-:month-:day-:title.md', 'sub/2024-03-05-hello.md'), { title: 'sub-2024-03-05-hello' });
  assert.deepEqual(hexoFileNameTokens(':year/:i_month/:title.md', '2024/3/x.md'), { year: '2024', i_month: '3', title: 'x' });
});

const utc = createTimeZone('UTC').zone;
const seoul = createTimeZone('Asia/Seoul').zone;

test('the date: front matter, else the file name, else the file time; an unreadable date skips the file name', () => {
  const fileName = { year: '2024', month: '03', day: '05', title: 'x' };
  const at = (value: unknown, siteZone: typeof seoul | undefined = seoul) => hexoPostDate({ value, fileName, fileTimeMs: 42, machine: utc, siteZone });
  // The YAML Date's UTC fields are Seoul's wall clock.
  assert.equal(new Date(at(new Date('2024-01-02T10:00:00Z')).epochMs).toISOString(), '2024-01-02T01:00:00.000Z');
  assert.deepEqual(at(undefined), { epochMs: Date.parse('2024-03-04T15:00:00Z'), source: 'fileName' });
  assert.deepEqual(at('not a date'), { epochMs: 42, source: 'fileTime', unread: 'not a date' });
  assert.deepEqual(hexoPostDate({ value: undefined, fileName: { title: 'x' }, fileTimeMs: 42, machine: utc, siteZone: seoul }), { epochMs: 42, source: 'fileTime' });
  // Without timezone the machine's wall clock stays.
  assert.equal(new Date(hexoPostDate({ value: new Date('2024-01-02T10:00:00Z'), fileName, fileTimeMs: 42, machine: utc, siteZone: undefined }).epochMs).toISOString(), '2024-01-02T10:00:00.000Z');
});

test('the path: tokens in the machine\'s zone, permalink_defaults, front-matter permalink, :id', () => {
  const settings = { permalink: ':lang/:category/:year/:i_month/:name-:post_title/', permalinkDefaults: { lang: 'en' }, postAssetFolder: false, defaultCategory: 'misc' };
  const input = { slug: 'dev/hello', title: 'Hello World!', epochMs: Date.parse('2024-03-04T20:00:00Z'), machine: seoul, fields: {}, lastCategorySlug: undefined, ownPermalink: undefined };
  assert.deepEqual(hexoPostPath(input, settings), { ok: true, path: 'en/misc/2024/3/hello-hello-world/' });
  assert.deepEqual(hexoPostPath({ ...input, fields: { lang: 'ko' }, lastCategorySlug: 'dev/Go' }, settings), { ok: true, path: 'ko/dev/Go/2024/3/hello-hello-world/' });
  assert.deepEqual(hexoPostPath({ ...input, ownPermalink: 'custom/x' }, { ...settings, postAssetFolder: true }), { ok: true, path: '/custom/x/' });
  assert.equal(hexoPostPath(input, { ...settings, permalink: ':id/' }).ok, false);
  assert.deepEqual(hexoPostPath(input, { ...settings, permalink: ':nothing/:title.html' }), { ok: true, path: 'undefined/dev/hello.html' });
});

test('which files are posts', () => {
  const { config } = settingsOf('post_asset_folder: true\nskip_render: _posts/raw/**\n');
  const kind = (p: string) => hexoPlaceOf(p, config.hexo).kind;
  assert.equal(kind('source/_posts/a.md'), 'post');
  assert.equal(kind('source/_drafts/a.md'), 'draft');
  assert.equal(kind('source/_posts/_hidden.md'), 'notPost');
  assert.equal(kind('source/_posts/.dot/a.md'), 'notPost');
  assert.equal(kind('source/_posts/a.md~'), 'notPost');
  assert.equal(kind('source/_posts/a/pic.png'), 'outside');
  assert.equal(kind('source/_posts/a/page.html'), 'outside');
  assert.equal(kind('source/_posts/raw/a.md'), 'outside');
  assert.equal(kind('source/about/index.md'), 'outside');
  assert.equal(kind('source/x/_posts/a.md'), 'outside');
  assert.equal(hexoPlaceOf('source/_posts/a/page.html', settingsOf('').config.hexo).kind, 'post');
});

test('Publish Draft: new_post_name with the slug and the date, a free name, the date written only when missing', () => {
  const { config } = settingsOf('new_post_name: :year-:month-:day-:title.md\ntimezone: Asia/Seoul\n');
  const nowMs = Date.parse('2024-03-04T20:00:00Z');
  const taken = new Set(['source/_posts/2024-03-05-hello.md']);
  const publish = (path: string, frontMatter: Record<string, unknown> = {}) => hexoPublishTarget({ path, frontMatter, config, nowMs, machine: seoul, exists: (p) => taken.has(p) });
  assert.deepEqual(publish('source/_drafts/hello.md'), { ok: true, path: 'source/_posts/2024-03-05-hello-1.md', date: '2024-03-05 05:00:00' });
  assert.deepEqual(publish('source/_drafts/x.md', { date: new Date('2023-01-02T03:04:05Z'), slug: 'My Slug' }), { ok: true, path: 'source/_posts/2023-01-02-My-Slug.md', date: undefined });
  assert.equal(publish('source/_posts/x.md').ok, false);
  // With the default :title.md the name stays; the zone the date is written in is `timezone`'s.
  const plain = settingsOf('timezone: Asia/Seoul').config;
  assert.deepEqual(hexoPublishTarget({ path: 'source/_drafts/x.md', frontMatter: {}, config: plain, nowMs, machine: utc, exists: () => false }), { ok: true, path: 'source/_posts/x.md', date: '2024-03-05 05:00:00' });
});

test('the writing commands read a Hexo post\'s names as Hexo does: a string is one tag', () => {
  const dialect = editDialectOf(hexoGenerator);
  const spec = namesSpec(dialect, 'tags', 'tag', (name) => name);
  const text = '---\ntitle: x\ntags: Go Lang\n---\nbody\n';
  // The reader agrees with the edit layer on what this post's tags are.
  assert.deepEqual(writtenNamesFor(text, spec, dialect), hexoTags(readHexoPost(text, '').frontMatter ?? {}));
});

test('New Post refuses a scaffold with Nunjucks logic rather than run it, and a title with no slug', () => {
  const { config } = settingsOf('');
  const make = (title: string, scaffold: string | undefined) => hexoNewPost({ title, draft: false, tags: [], categories: [], nowMs: 0, machine: utc, config, scaffold, exists: () => false });
  assert.equal(make('x', '---\ntitle: {{ title }}\n{% if true %}tags:{% endif %}\n---\n').ok, false);
  assert.equal(make('!!!', undefined).ok, false);
  assert.deepEqual(make('Hello World', undefined), { ok: true, path: 'source/_posts/Hello-World.md', text: '---\nlayout: post\ntitle: Hello World\ndate: 1970-01-01 00:00:00\ntags:\n---\n' });
});
