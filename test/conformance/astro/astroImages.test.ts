// Insert Image on an Astro site, asked of Astro: an image put into posts of a copy of the sample the way Postcraft
// does (next to the entry, `./x.png`, an image of the content collection), then `astro build` (offline: the oracle's
// packages, sharp included, are linked in as the copy's node_modules), and the built page's <img src> must be a
// file of the output: the image Astro optimised from the entry's own.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { builtImages, copySite, insertImageAsPostcraft } from '../imageBuilds';

const sample = path.join(repoRoot, 'samples', 'astro-blog');
const posts = ['src/content/blog/hello-astro.md', 'src/content/blog/한글-폴더/index.md', 'src/content/blog/mdx-component.mdx'];

describe('Astro builds the images Postcraft inserts', () => {
  it("each post's image (Markdown and MDX, a file and a folder entry) is a file of the built site", async () => {
    const copy = copySite(sample, ['node_modules', '.astro', 'dist', '.git']);
    try {
      fs.symlinkSync(path.join(oracleDir('astro'), 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      const inserted = await Promise.all(posts.map(async (post, i) => ({ post, alt: `postcraft-probe-${i}`, image: await insertImageAsPostcraft(copy, post, `postcraft-probe-${i}.png`) })));
      for (const { post, image } of inserted) {
        assert.equal(image.note, undefined);
        assert.equal(image.copyTo, `${path.posix.dirname(post)}/${path.posix.basename(image.copyTo ?? '')}`);
        assert.match(image.text, /\]\(\.\/postcraft-probe-\d\.png\)$/);
      }
      execFileSync(process.execPath, [path.join(copy, 'node_modules', 'astro', 'astro.js'), 'build'], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      for (const { post, alt } of inserted) {
        const found = builtImages(path.join(copy, 'dist'), alt);
        assert.ok(found.length > 0, `no page of ${post} shows its image`);
        for (const img of found) assert.notEqual(img.file, undefined, `${img.page}: <img src="${img.src}"> is not a file of the output`);
      }
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
