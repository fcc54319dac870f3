import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readHugoSiteConfig } from '../../../../src/core/generators/hugo/hugoSiteConfig';
import {
  HUGO_BUILTIN_ARCHETYPE, hugoArchetypeCandidates, hugoArchetypeTaxonomies, hugoNewPost, hugoNewPostPlace, hugoTitleProblem, pickHugoArchetype,
  type HugoNewPostRequest,
} from '../../../../src/core/generators/hugo/hugoNewPost';

// Expected texts are what `hugo new` (0.111.3) wrote in a copy of samples/hugo-blog, with the run's clock:
// `.Date` comes out in the computer's zone (TZ), not the site's timeZone = "Asia/Seoul": `Z` under TZ=UTC.
const sample = path.join(process.cwd(), 'samples', 'hugo-blog');
const config = readHugoSiteConfig([{ file: 'hugo.toml', text: fs.readFileSync(path.join(sample, 'hugo.toml'), 'utf8') }]).config;
const archetype = (name: string): string => fs.readFileSync(path.join(sample, 'archetypes', name), 'utf8');
const samplePosts = ['content/posts/a.md', 'content/posts/b.md', 'content/posts/c/index.md', 'content/about.md'];
const utc = Date.UTC(2026, 11, 4, 18, 12, 29);

function request(over: Partial<HugoNewPostRequest>): HugoNewPostRequest {
  return {
    title: 'My Post', draft: true, categories: [], tags: [], nowMs: utc, offsetMinutes: 0, config,
    place: { section: 'posts', bundle: false }, archetype: archetype('posts.md'), exists: () => false, ...over,
  };
}

function made(over: Partial<HugoNewPostRequest>): { path: string; text: string; cursor: number; unknown: readonly string[] } {
  const result = hugoNewPost(request(over));
  assert.ok(result.ok);
  return result;
}

const postsBody = '\n첫 문단은 목록에 나오는 요약입니다.\n\n<!--more-->\n';
const postsMd = (title: string, date: string, draft: boolean, slug: string, lists = 'categories = []\ntags = []'): string =>
  `+++\ntitle = "${title}"\ndate = ${date}\ndraft = ${draft}\nslug = "${slug}"\ndescription = ""\n${lists}\nseries = []\n+++\n${postsBody}`;

test('New Draft from posts.md (TOML) is what `hugo new posts/my-post.md` wrote under TZ=UTC', () => {
  const post = made({});
  assert.equal(post.path, 'content/posts/my-post.md');
  assert.equal(post.text, postsMd('My Post', '2026-12-04T18:12:29Z', true, 'my-post'));
  assert.equal(post.text.slice(post.cursor), '첫 문단은 목록에 나오는 요약입니다.\n\n<!--more-->\n');
  assert.deepEqual(post.unknown, []);
});

test('.Date is in the computer\'s offset: `TZ=Asia/Seoul hugo new` wrote +09:00', () => {
  assert.match(made({ offsetMinutes: 540 }).text, /^date = 2026-12-05T03:12:29\+09:00$/m);
  assert.match(made({ offsetMinutes: -300 }).text, /^date = 2026-12-04T13:12:29-05:00$/m);
});

test('New Post publishes: the archetype\'s draft = true becomes false; the writer\'s title keeps the archetype\'s quotes', () => {
  const post = made({ draft: false, title: 'Why "Hugo" Is Fast' });
  assert.equal(post.path, 'content/posts/why-hugo-is-fast.md');
  assert.equal(post.text, postsMd('Why \\"Hugo\\" Is Fast', '2026-12-04T18:12:29Z', false, 'why-hugo-is-fast'));
});

test('a Korean title keeps its letters in the file name (`hugo new "posts/휴고-새-글.md"`)', () => {
  const post = made({ title: '휴고 새 글' });
  assert.equal(post.path, 'content/posts/휴고-새-글.md');
  assert.equal(post.text, postsMd('휴고 새 글', '2026-12-04T18:12:29Z', true, '휴고-새-글'));
});

test('categories and tags go into the archetype\'s empty lists', () => {
  const post = made({ categories: ['휴고'], tags: ['a "b"', 'c'] });
  assert.equal(post.text, postsMd('My Post', '2026-12-04T18:12:29Z', true, 'my-post', 'categories = ["휴고"]\ntags = ["a \\"b\\"", "c"]'));
  assert.deepEqual(hugoArchetypeTaxonomies(archetype('posts.md'), config), { category: 'categories', tag: 'tags' });
  assert.deepEqual(hugoArchetypeTaxonomies(archetype('default.md'), config), {});
});

test('a bundle is <slug>/index.md: `hugo new posts/my-bundle/index.md` names it after the folder', () => {
  const post = made({ title: 'My Bundle', place: { section: 'posts', bundle: true } });
  assert.equal(post.path, 'content/posts/my-bundle/index.md');
  assert.equal(post.text, postsMd('My Bundle', '2026-12-04T18:12:29Z', true, 'my-bundle'));
});

test('default.md (YAML) as `hugo new notes/a-note.md` wrote it', () => {
  const post = made({ title: 'A Note', place: { section: 'notes', bundle: false }, archetype: archetype('default.md') });
  assert.equal(post.path, 'content/notes/a-note.md');
  assert.equal(post.text, '---\ntitle: "A Note"\ndate: 2026-12-04T18:12:29Z\ndraft: true\n---\n');
  assert.equal(post.cursor, post.text.length);
});

test('the built-in archetype, as `hugo new` wrote it in a site without archetypes/', () => {
  assert.deepEqual(pickHugoArchetype(['archetypes/posts.md', 'archetypes/default.md'], {}), { file: undefined, text: HUGO_BUILTIN_ARCHETYPE });
  const post = made({ title: 'The State of the Art', archetype: HUGO_BUILTIN_ARCHETYPE });
  assert.equal(post.text, '---\ntitle: "The State of the Art"\ndate: 2026-12-04T18:12:29Z\ndraft: true\n---\n\n');
  assert.equal(post.text.slice(post.cursor), '');
  // New Post on the built-in archetype: draft false; a plain YAML title stays quoted as the archetype quotes it.
  assert.match(made({ draft: false, archetype: HUGO_BUILTIN_ARCHETYPE }).text, /^title: "My Post"\ndate: .*\ndraft: false$/m);
});

test('an archetype without title or draft gets them; New Post adds no draft key', () => {
  const bare = '---\ndate: {{ .Date }}\n---\n';
  assert.equal(made({ archetype: bare }).text, '---\ntitle: My Post\ndate: 2026-12-04T18:12:29Z\ndraft: true\n---\n');
  assert.equal(made({ archetype: bare, draft: false, title: 'true' }).text, '---\ntitle: "true"\ndate: 2026-12-04T18:12:29Z\n---\n');
});

test('a taken name is never overwritten: -2, -3 after a file or a bundle folder of that name', () => {
  const taken = new Set(['content/posts/my-post.md', 'content/posts/my-post-2']);
  const post = made({ exists: (p) => taken.has(p) });
  assert.equal(post.path, 'content/posts/my-post-3.md');
  assert.match(post.text, /^slug = "my-post-3"$/m);
  assert.equal(made({ title: 'My Post', place: { section: 'posts', bundle: true }, exists: (p) => taken.has(p) }).path, 'content/posts/my-post-3/index.md');
  assert.equal(made({ title: 'Index' }).path, 'content/posts/index-2.md');
});

test('the template actions archetypes use, as `hugo new notes/한글-제목 Test.md` printed them', () => {
  const text = [
    '---', 'name: "{{ .Name }}"', 'sp: "{{ .Site.Params.author }}"', 'bfn: "{{ .File.BaseFileName }}"', 'section: "{{ .Section }}"', 'type: "{{ .Type }}"',
    'hum: "{{ .Name | humanize }}"', 'url: "{{ .Name | urlize }}"', 'now: "{{ now.Format "2006-01-02" }}"', 'site: "{{ .Site.Title }}"',
    'rep: "{{ replace .Name "-" "_" }}"', 't1: "{{ "the-state" | replace "-" " " | title }}"', 't6: "{{ title "go is fun: a story" }}"',
    't5: "{{- .Name -}}"', 'x: "{{ .Nope }}"', '---', '',
  ].join('\n');
  const post = made({ title: '한글-제목 Test', place: { section: 'notes', bundle: false }, archetype: text });
  assert.equal(post.path, 'content/notes/한글-제목-test.md');
  assert.equal(post.text, [
    '---', 'title: 한글-제목 Test', 'name: "한글-제목-test"', 'sp: "김하늘"', 'bfn: "한글-제목-test"', 'section: "notes"', 'type: "notes"',
    'hum: "한글 제목 test"', 'url: "%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9-test"', 'now: "2026-12-04"', 'site: "하늘의 휴고 노트"',
    'rep: "한글_제목_test"', 't1: "-"', 't6: "Go Is Fun: A Story"', 't5: "한글-제목-test"', 'x: "{{ .Nope }}"', 'draft: true', '---', '',
  ].join('\n'));
  // Hugo refuses an archetype with a field it lacks; Postcraft keeps the action and says so.
  assert.deepEqual(post.unknown, ['{{ .Nope }}']);
});

test('the section: mainSections[0], else the one with most posts, else posts; a bundle when most of its posts are', () => {
  assert.deepEqual(hugoNewPostPlace(config, samplePosts), { section: 'posts', bundle: false });
  const bare = readHugoSiteConfig([]).config;
  assert.deepEqual(hugoNewPostPlace(bare, ['content/blog/a/index.md', 'content/blog/b/index.md', 'content/blog/c.md', 'content/notes/n.md']), { section: 'blog', bundle: true });
  assert.deepEqual(hugoNewPostPlace(bare, ['content/about.md']), { section: 'posts', bundle: false });
  assert.deepEqual(hugoArchetypeCandidates(bare, 'blog'), ['archetypes/blog.md', 'archetypes/default.md']);
  assert.deepEqual(pickHugoArchetype(['archetypes/blog.md', 'archetypes/default.md'], { 'archetypes/default.md': 'D' }), { file: 'archetypes/default.md', text: 'D' });
});

test('titles that cannot make a file', () => {
  assert.equal(hugoTitleProblem('  ', config)?.key, 'titleRequired');
  assert.equal(hugoTitleProblem('a\nb', config)?.key, 'titleOneLine');
  assert.equal(hugoTitleProblem('?!', config)?.key, 'noSlug');
  assert.equal(hugoTitleProblem('A/B', config), undefined);
  assert.equal(made({ title: 'A/B' }).path, 'content/posts/a-b.md');
});
