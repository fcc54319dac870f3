// The command line on the sample Eleventy blog: its posts, URLs, dates and topic tags, as Eleventy reads them
// (the conformance test asks Eleventy itself the same questions).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const repo = path.resolve(__dirname, '..', '..', '..', '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const sample = path.join(repo, 'samples', 'eleventy-blog');

interface Json {
  readonly generator: string;
  readonly posts: readonly { readonly path: string; readonly url: string | null; readonly date: string | null; readonly tags: readonly string[]; readonly status: string }[];
  readonly tags: Readonly<Record<string, number>>;
}

describe('postcraft on the sample Eleventy blog', () => {
  it('index --json lists the posts of the posts collection with their URLs, dates and topic tags', () => {
    const run = spawnSync(process.execPath, [cli, 'index', sample, '--json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.generator, 'eleventy');
    const by = new Map(json.posts.map((p) => [p.path.replace('content/blog/', ''), p]));
    assert.deepEqual(by.get('2024-03-05-hello-eleventy.md'), { ...by.get('2024-03-05-hello-eleventy.md'), url: '/blog/2024-03-05-hello-eleventy/', date: '2024-03-05T00:00:00+00:00', tags: ['eleventy', 'markdown'], status: 'published' });
    assert.equal(by.get('custom-url.md')?.url, '/writing/custom-url/');
    assert.equal(by.get('unlisted-note.md')?.url, null);
    assert.equal(by.get('next-steps.md')?.status, 'draft');
    assert.deepEqual(by.get('string-tag.md')?.tags, ['notes']);
    assert.equal(json.posts.find((p) => p.path === 'content/about.md')?.status, 'invalid', 'a page is not a post');
    assert.deepEqual(json.tags, { eleventy: 3, markdown: 1, 여행: 1, 서울: 1, notes: 1, json: 1 });
  });

  it('check reports the ---js post as computed by Eleventy, and no error', () => {
    const run = spawnSync(process.execPath, [cli, 'check', sample], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /content\/blog\/computed-title\.md:1: info: front matter computed by Eleventy/);
    assert.doesNotMatch(run.stdout, /: error: /);
  });
});
