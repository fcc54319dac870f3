// Insert Image on a Docusaurus site, asked of Docusaurus: an image put into posts of a copy of the sample the way
// Postcraft does (next to a folder post's index.md, else static/img/<slug>/), then each post compiled by
// Docusaurus's own MDX pipeline (docusaurusImages.mjs: the remark plugins of a build, with broken images an
// error), and the file each image's require() names must be the copied one. Not a webpack build: the
// docusaurus oracle has no theme to build pages with; the image is resolved by the code a build runs.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { copySite, insertImageAsPostcraft } from '../imageBuilds';

const sample = path.join(repoRoot, 'samples', 'docusaurus-blog');
const posts = [
  { post: 'blog/2024-03-05-hello-docusaurus.md', copied: /^static\/img\/hello-docusaurus\// },
  { post: 'blog/2024-06-01-bundle-post/index.md', copied: /^blog\/2024-06-01-bundle-post\/[^/]+$/ },
  { post: 'blog/2024-10-20-mdx-component.mdx', copied: /^static\/img\/mdx-component\// },
  { post: 'blog/2024-04-01-한글-포스트.md', copied: /^static\/img\/한글-포스트\// },
];

interface Resolved {
  readonly post: string;
  readonly images: readonly { readonly alt: string; readonly request: string; readonly file: string | null }[];
}

function askDocusaurus(copy: string, files: readonly string[]): Resolved[] {
  const script = path.join(repoRoot, 'test', 'conformance', 'docusaurus', 'docusaurusImages.mjs');
  const out = execFileSync(process.execPath, [script, copy, ...files], { cwd: oracleDir('docusaurus'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as Resolved[];
}

describe('Docusaurus resolves the images Postcraft inserts', () => {
  it("each post's image (a file post, a folder post, MDX, a Korean name) resolves to the copied file", async () => {
    const copy = copySite(sample, ['node_modules', '.docusaurus', 'build', '.git']);
    try {
      const inserted = await Promise.all(posts.map(async ({ post, copied }, i) => ({ post, copied, alt: `postcraft-probe-${i}`, image: await insertImageAsPostcraft(copy, post, `postcraft-probe-${i}.png`) })));
      for (const { image, copied } of inserted) {
        assert.equal(image.note, undefined);
        assert.match(image.copyTo ?? '', copied);
      }
      const resolved = askDocusaurus(copy, posts.map((p) => p.post));
      for (const { post, alt, image } of inserted) {
        const found = resolved.find((r) => r.post === post)?.images.filter((i) => i.alt === alt) ?? [];
        assert.equal(found.length, 1, `${post}: Docusaurus saw no image ${alt}`);
        assert.equal(found[0]?.file, image.copyTo, `${post}: ${found[0]?.request} is not the copied image`);
      }
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("a site's own static folders (staticDirectories), or none: the image is where Docusaurus finds it", async () => {
    for (const [folders, copied] of [["['public']", /^public\/img\/hello-docusaurus\//], ['[]', /^blog\/img\/hello-docusaurus\//]] as const) {
      const copy = copySite(sample, ['node_modules', '.docusaurus', 'build', '.git']);
      try {
        const configFile = path.join(copy, 'docusaurus.config.js');
        const text = fs.readFileSync(configFile, 'utf8');
        assert.ok(text.includes("baseUrl: '/',"));
        fs.writeFileSync(configFile, text.replace("baseUrl: '/',", `baseUrl: '/',\n  staticDirectories: ${folders},`));
        const post = posts[0]?.post ?? '';
        const image = await insertImageAsPostcraft(copy, post, 'postcraft-probe.png');
        assert.match(image.copyTo ?? '', copied, folders);
        const found = askDocusaurus(copy, [post])[0]?.images.filter((i) => i.alt === 'postcraft-probe') ?? [];
        assert.equal(found.length, 1, `${folders}: Docusaurus saw no image`);
        assert.equal(found[0]?.file, image.copyTo, `${folders}: ${found[0]?.request} is not the copied image`);
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    }
  });

  it('the same pipeline refuses an image that is not there (so the test above can fail)', () => {
    const copy = copySite(sample, ['node_modules', '.docusaurus', 'build', '.git']);
    try {
      const post = posts[0]?.post ?? '';
      fs.appendFileSync(path.join(copy, post), '\n\n![missing](/img/postcraft-missing.png)\n');
      assert.throws(() => askDocusaurus(copy, [post]), /postcraft-missing\.png/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
