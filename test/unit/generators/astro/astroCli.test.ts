// The command line on the sample Astro blog: its entries, inferred URLs, dates and tags, as Astro reads them (the
// conformance test asks astro sync the same questions).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const repo = path.resolve(__dirname, '..', '..', '..', '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const sample = path.join(repo, 'samples', 'astro-blog');

interface Json {
  readonly generator: string;
  readonly posts: readonly { readonly path: string; readonly url: string | null; readonly date: string | null; readonly tags: readonly string[]; readonly status: string }[];
  readonly tags: Readonly<Record<string, number>>;
}

describe('postcraft on the sample Astro blog', () => {
  it('index --json lists the blog collection with ids as URLs under the blog route, dates and tags', () => {
    const run = spawnSync(process.execPath, [cli, 'index', sample, '--json'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.generator, 'astro');
    const by = new Map(json.posts.map((p) => [p.path.replace('src/content/blog/', ''), p]));
    assert.deepEqual([...by.keys()].sort(), ['2024/Mixed 한글 Title!.md', 'custom-slug.md', 'draft-ideas.md', 'hello-astro.md', 'mdx-component.mdx', 'toml-post.md', '한글-폴더/index.md']);
    assert.deepEqual(by.get('hello-astro.md'), { ...by.get('hello-astro.md'), url: '/blog/hello-astro/', date: '2024-03-05T00:00:00+00:00', tags: ['astro', 'blog'], status: 'published' });
    assert.equal(by.get('한글-폴더/index.md')?.url, '/blog/한글-폴더/');
    assert.equal(by.get('2024/Mixed 한글 Title!.md')?.url, '/blog/2024/mixed-한글-title/');
    assert.equal(by.get('custom-slug.md')?.url, '/blog/my/custom-슬러그/');
    assert.equal(by.get('draft-ideas.md')?.status, 'draft');
    assert.equal(by.get('toml-post.md')?.date, '2024-09-01T08:00:00+00:00');
    // The draft's tags are not counted: the blog route leaves drafts out.
    assert.deepEqual(json.tags, { astro: 5, blog: 1, 한글: 2, English: 1, Astro: 1, toml: 1, mdx: 1 });
  });

  it('check finds no error, and warns of tags that differ only in case (a site that slugs tags for URLs merges them)', () => {
    const run = spawnSync(process.execPath, [cli, 'check', sample], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /: error: /);
    assert.deepEqual(run.stdout.split('\n').filter((l) => /: warning: /.test(l)), ['astro.config.mjs:1: warning: tag names differ only in case, spacing, width or Unicode form: "Astro", "astro" [taxonomy.similarNames]']);
  });
});
