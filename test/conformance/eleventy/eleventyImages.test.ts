// Insert Image on an Eleventy site, asked of Eleventy: an image put into a post of a copy of the sample the way
// Postcraft does, then a real build, and the built page's <img src> checked against the output. Eleventy copies
// only what the config passes through: with a literal passthrough folder the image must be served; without one
// Postcraft puts it next to the post and warns that the build may not serve it, which the build must bear out.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { builtImages, copySite, insertImageAsPostcraft } from '../imageBuilds';

const sample = path.join(repoRoot, 'samples', 'eleventy-blog');

function eleventyBuild(copy: string): string {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'test', 'conformance', 'eleventy', 'eleventyBuild.mjs'), oracleDir('eleventy')], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ELEVENTY_RUN_MODE: 'build' },
  });
  if (run.status !== 0) throw new Error(`Eleventy failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  // Eleventy may print its own lines first; the script's answer is the last.
  const answer = run.stdout.trim().split('\n').pop() ?? '';
  return (JSON.parse(answer) as { output: string }).output;
}

const posts = ['content/blog/2024-03-05-hello-eleventy.md', 'content/blog/2024-04-13-서울-봄-산책.md'];

/** The sample's config with a passthrough call added to its function (and, when given, a line above it and more config). */
function withPassthrough(copy: string, call: string, header = '', config = ''): void {
  const file = path.join(copy, 'eleventy.config.js');
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /export const config = \{\n/);
  fs.writeFileSync(file, `${header}\n${text.replace('export default function (eleventyConfig) {', `export default function (eleventyConfig) {\n  ${call}`).replace('export const config = {\n', `export const config = {\n  ${config}\n`)}`);
}

describe('Eleventy builds the images Postcraft inserts', () => {
  // The site is served under its pathPrefix (basePath): a root-relative link reaches the image only with it in front.
  const prefixed = { config: 'pathPrefix: "/blog/",', basePath: '/blog/' };
  interface Case {
    readonly name: string;
    readonly call: string;
    readonly copied: RegExp;
    readonly link?: RegExp;
    readonly header?: string;
    readonly config?: string;
    readonly basePath?: string;
  }
  const cases: readonly Case[] = [
    { name: 'a passthrough to the root', call: 'eleventyConfig.addPassthroughCopy({ "./public/": "/" });', copied: /^public\/images\// },
    { name: 'a passthrough folder inside the input', call: 'eleventyConfig.addPassthroughCopy("content/img");', copied: /^content\/img\// },
    { name: 'a passthrough folder and pathPrefix', call: 'eleventyConfig.addPassthroughCopy("content/img");', copied: /^content\/img\//, link: /\]\(\/blog\/img\//, ...prefixed },
    {
      name: 'pathPrefix with HtmlBasePlugin, which puts it in front itself',
      header: 'import { HtmlBasePlugin } from "@11ty/eleventy";',
      call: 'eleventyConfig.addPlugin(HtmlBasePlugin); eleventyConfig.addPassthroughCopy("content/img");',
      copied: /^content\/img\//, link: /\]\(\/img\//, ...prefixed,
    },
    { name: 'a glob passthrough, whose files keep their paths', call: 'eleventyConfig.addPassthroughCopy("content/img/**/*.png");', copied: /^content\/img\/[^/]+\/[^/]+\.png$/, link: /\]\(\/img\// },
    { name: 'a glob passthrough to a folder, which takes every file by its name', call: 'eleventyConfig.addPassthroughCopy({ "assets/**/*.png": "static" });', copied: /^assets\/[^/]+\.png$/, link: /\]\(\/blog\/static\/[^/]+\.png\)/, ...prefixed },
  ];
  for (const { name, call, copied, link, header, config, basePath } of cases) {
    it(`${name}: each post's image is a file of the built site`, async () => {
      const copy = copySite(sample, ['node_modules', '_site', '.git']);
      try {
        // The config may import Eleventy itself (its plugins).
        fs.symlinkSync(path.join(oracleDir('eleventy'), 'node_modules'), path.join(copy, 'node_modules'), 'dir');
        withPassthrough(copy, call, header, config);
        const inserted = await Promise.all(posts.map(async (post, i) => ({ post, alt: `postcraft-probe-${i}`, image: await insertImageAsPostcraft(copy, post, `postcraft-probe-${i}.png`) })));
        for (const { image } of inserted) {
          assert.equal(image.note, undefined);
          assert.match(image.copyTo ?? '', copied);
          if (link !== undefined) assert.match(image.text, link);
        }
        const out = eleventyBuild(copy);
        for (const { post, alt } of inserted) {
          const found = builtImages(out, alt, basePath);
          assert.ok(found.length > 0, `no page of ${post} shows its image`);
          for (const img of found) assert.notEqual(img.file, undefined, `${img.page}: <img src="${img.src}"> is not a file of the output`);
        }
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });
  }

  it('no passthrough: the image goes next to the post with a warning, and the build indeed does not serve it', async () => {
    const copy = copySite(sample, ['node_modules', '_site', '.git']);
    try {
      const post = posts[0] ?? '';
      const image = await insertImageAsPostcraft(copy, post, 'postcraft-probe.png');
      assert.equal(image.note, 'servedFolderUnknown');
      assert.equal(image.copyTo, 'content/blog/postcraft-probe.png');
      const found = builtImages(eleventyBuild(copy), 'postcraft-probe');
      assert.ok(found.length > 0, `no page of ${post} shows its image`);
      for (const img of found) assert.equal(img.file, undefined, `${img.page}: <img src="${img.src}"> is served after all`);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
