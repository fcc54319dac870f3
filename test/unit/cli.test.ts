import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { tempSite } from './platform/tempSite';

const root = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'samples', 'jekyll-blog');

function postcraft(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the postcraft command line (dist/cli.js, built by npm run build)', () => {
  it('index --json prints every post file and the counts Jekyll gives', () => {
    const { code, stdout } = postcraft('index', sample, '--json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { generator: string; posts: Record<string, unknown>[]; categories: Record<string, number>; tags: Record<string, number>; taxonomies: Record<string, Record<string, number>> };
    assert.deepEqual(Object.keys(json), ['generator', 'posts', 'categories', 'tags', 'taxonomies']);
    assert.equal(json.generator, 'jekyll');
    assert.deepEqual(json.taxonomies, { categories: json.categories, tags: json.tags });
    assert.equal(json.posts.length, 13);
    for (const post of json.posts) {
      assert.deepEqual(Object.keys(post).slice(0, 8), ['path', 'url', 'date', 'title', 'categories', 'tags', 'layout', 'status']);
      assert.match(String(post['status']), /^(published|draft|unpublished|future|invalid)$/);
      assert.match(String(post['date']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+09:00$/);
    }
    const started = json.posts.find((p) => p['path'] === '_posts/2024-03-05-지킬-블로그-시작하기.md');
    assert.equal(started?.['url'], '/jekyll/%EB%B8%94%EB%A1%9C%EA%B7%B8/%EC%A7%80%ED%82%AC-%EB%B8%94%EB%A1%9C%EA%B7%B8-%EC%8B%9C%EC%9E%91%ED%95%98%EA%B8%B0/');
    assert.equal(json.categories['Jekyll'], 3);
    assert.equal(Object.keys(json.categories).length, 9);
    assert.equal(Object.keys(json.tags).length, 17);
  });

  it('index --json reads a Hugo site as Hugo does, with every taxonomy and its counts', () => {
    const { code, stdout } = postcraft('index', path.join(root, 'samples', 'hugo-blog'), '--json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { generator: string; posts: Record<string, unknown>[]; taxonomies: Record<string, Record<string, number>> };
    assert.equal(json.generator, 'hugo');
    assert.deepEqual(Object.keys(json.taxonomies), ['categories', 'tags', 'series']);
    assert.deepEqual(json.taxonomies['series'], { '휴고 입문': 3, 'Hugo Basics': 1 });
    const statuses: Record<string, unknown> = Object.fromEntries(json.posts.map((p) => [String(p['path']), p['status']]));
    assert.equal(statuses['content/posts/comment-systems.md'], 'draft');
    assert.equal(statuses['content/posts/hello-from-the-future.md'], 'future');
    assert.equal(statuses['content/posts/meetup-notice.md'], 'expired');
    assert.equal(json.posts.find((p) => p['path'] === 'content/posts/hugo-first-steps/index.md')?.['url'], '/2024/02/moving-to-hugo/');
    assert.equal(postcraft('check', path.join(root, 'samples', 'hugo-blog')).code, 0);
  });

  it('index --json reads a Docusaurus blog as its blog plugin does, with tags and authors and their counts', () => {
    const { code, stdout } = postcraft('index', path.join(root, 'samples', 'docusaurus-blog'), '--json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { generator: string; posts: Record<string, unknown>[]; taxonomies: Record<string, Record<string, number>> };
    assert.equal(json.generator, 'docusaurus');
    const byPath = new Map(json.posts.map((p) => [String(p['path']), p]));
    assert.equal(byPath.get('blog/2024-08-15-draft-ideas.md')?.['status'], 'draft');
    assert.equal(byPath.get('blog/custom-slug.md')?.['url'], '/blog/custom/slug');
    assert.equal(byPath.get('blog/2024-06-01-bundle-post/index.md')?.['url'], '/blog/2024/06/01/bundle-post');
    assert.equal(byPath.get('blog/2024/05/10/dated-folders.md')?.['title'], 'Dated folders make the date');
    assert.equal(byPath.get('blog/2024-04-01-한글-포스트.md')?.['date'], '2024-04-01T00:00:00+00:00');
    // `_`-prefixed files and folders are partials, not posts.
    assert.ok(![...byPath.keys()].some((p) => p.includes('/_')));
    // Counted over what a production build makes: the draft's tag is not.
    assert.deepEqual(json.taxonomies['authors'], { alex: 4, minji: 4 });
    assert.equal(json.taxonomies['tags']?.['docusaurus'], 3);
    assert.equal(postcraft('check', path.join(root, 'samples', 'docusaurus-blog')).code, 0);
  });

  it('index --json gives each post its language on a multilingual Hugo site, and no language key elsewhere', () => {
    const { code, stdout } = postcraft('index', path.join(root, 'test', 'fixtures', 'hugo-sites', 'multilingual'), '--json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { posts: Record<string, unknown>[] };
    assert.deepEqual(Object.fromEntries(json.posts.map((p) => [String(p['path']), p['lang']])), {
      'content/posts/hello.md': 'en',
      'content/posts/hello.ko.md': 'ko',
      'content/posts/english-only.en.md': 'en',
      'content/posts/trip/index.md': 'en',
      'content/posts/draft.ko.md': 'ko',
      'content-ko/posts/trip/index.md': 'ko',
      'content-ko/posts/seoul-only.md': 'ko',
    });
    const jekyll = JSON.parse(postcraft('index', sample, '--json').stdout) as { posts: Record<string, unknown>[] };
    assert.ok(jekyll.posts.length > 0);
    for (const post of jekyll.posts) assert.equal(Object.hasOwn(post, 'lang'), false, String(post['path']));
    // The Hugo sample is Korean with one English translation.
    const hugo = JSON.parse(postcraft('index', path.join(root, 'samples', 'hugo-blog'), '--json').stdout) as { posts: Record<string, unknown>[] };
    const langs = hugo.posts.filter((p) => p['status'] !== 'invalid').map((p) => `${String(p['lang'])} ${String(p['path'])}`);
    assert.deepEqual(langs.filter((l) => !l.startsWith('ko ')), ['en content/posts/half-year-review.en.md']);
  });

  it('check passes on the sample blog', () => {
    const { code, stdout } = postcraft('check', sample);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /13 files checked: 0 errors/);
  });

  it('check prints each problem with file and line, and exits 1 on errors', () => {
    const site = tempSite({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '_posts/2024-01-01-ok.md': '---\ntitle: ok\n---\n',
      '_posts/2024-01-02-bad.md': '---\ntitle: ok\ntags: [a, b\n---\n',
      '_posts/not-dated.md': '---\ntitle: x\n---\n',
    });
    const { code, stdout } = postcraft('check', site);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^_posts\/2024-01-02-bad\.md:\d+: error: /m);
    assert.match(stdout, /^_posts\/not-dated\.md:1: warning: /m);
    fs.rmSync(site, { recursive: true, force: true });
  });

  it('prints its usage for --help, exiting 0', () => {
    const expected: [string[], RegExp][] = [
      [['--help'], /^usage:\n {2}postcraft index <site>[^]*\n {2}postcraft check <site>/],
      [['index', '--help'], /^usage: postcraft index <site> \[--json\]\n/],
      [['check', '-h'], /^usage: postcraft check <site> \[--format text\|json\|github\|sarif\]\n[^]*exit codes: 0 no errors/],
      [['help', 'check'], /^usage: postcraft check <site>/],
    ];
    for (const [args, usage] of expected) {
      const { code, stdout } = postcraft(...args);
      assert.equal(code, 0, args.join(' '));
      assert.match(stdout, usage);
    }
  });

  it('refuses a folder that is not a site, with usage errors on exit 2', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-empty-'));
    assert.equal(postcraft('index', empty).code, 2);
    assert.equal(postcraft('frobnicate').code, 2);
  });
});
