// Insert Image on a Hugo site, asked of Hugo (this machine's `hugo`): an image put into a post of a copy of the
// sample the way Postcraft does (next to a bundle's index.md, else static/images/<slug>/), then `hugo`, and the
// built page's <img src> must be a file of the output, at the root and under a baseURL with a path.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../harness/paths';
import { builtImages, copySite, insertImageAsPostcraft } from '../imageBuilds';

const sample = path.join(repoRoot, 'samples', 'hugo-blog');
const posts = [
  { post: 'content/posts/permalinks.md', copied: /^static\/images\/permalinks\// },
  { post: 'content/posts/hugo-first-steps/index.md', copied: /^content\/posts\/hugo-first-steps\/[^/]+$/ },
];

describe('Hugo builds the images Postcraft inserts', () => {
  for (const basePath of ['/', '/blog/']) {
    it(`baseURL path ${basePath}: each post's image is a file of the built site`, async () => {
      const copy = copySite(sample, ['public', 'resources', '.hugo_build.lock', '.git']);
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-out-'));
      try {
        const config = path.join(copy, 'hugo.toml');
        fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^baseURL = .*$/m, `baseURL = "https://example.github.io${basePath}"`));
        const inserted = await Promise.all(posts.map(async ({ post, copied }, i) => ({ post, copied, alt: `postcraft-probe-${i}`, image: await insertImageAsPostcraft(copy, post, `postcraft-probe-${i}.png`) })));
        for (const { image, copied } of inserted) {
          assert.equal(image.note, undefined);
          assert.match(image.copyTo ?? '', copied);
        }
        execFileSync('hugo', ['-d', out, '--quiet'], { cwd: copy, encoding: 'utf8' });
        for (const { post, alt } of inserted) {
          const found = builtImages(out, alt, basePath);
          assert.ok(found.length > 0, `no page of ${post} shows its image`);
          for (const img of found) assert.notEqual(img.file, undefined, `${img.page}: <img src="${img.src}"> is not a file of the output`);
        }
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
