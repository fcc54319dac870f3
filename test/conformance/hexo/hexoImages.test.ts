// Insert Image on a Hexo site, asked of Hexo: an image put into a post of a copy of the sample the way Postcraft
// does (source/images/<slug>/, or the post's asset folder with post_asset_folder: true), then `hexo generate`,
// and the built page's <img src> must be a file of the output.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { builtImages, copySite, insertImageAsPostcraft } from '../imageBuilds';

const sample = path.join(repoRoot, 'samples', 'hexo-blog');

function hexoGenerate(copy: string): string {
  const dir = oracleDir('hexo');
  const script = path.join(repoRoot, 'test', 'conformance', 'hexo', 'hexo-build.js');
  const out = execFileSync(process.execPath, [script, copy], { cwd: dir, env: { ...process.env, TZ: 'Asia/Seoul', NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' });
  return (JSON.parse(out) as { public: string }).public;
}

const posts = ['source/_posts/2024-04-10-go-modules.md', 'source/_posts/2024-03-05-서울-봄-산책.md'];

describe('Hexo builds the images Postcraft inserts', () => {
  const cases = [
    { assetFolder: false, postAsset: false, form: /^!\[/ },
    { assetFolder: true, postAsset: false, form: /^\{% asset_img / },
    { assetFolder: true, postAsset: true, form: /^!\[[^\]]*\]\(postcraft-probe/ },
  ];
  for (const { assetFolder, postAsset, form } of cases) {
    it(`post_asset_folder: ${assetFolder}, marked.postAsset: ${postAsset}: each post's image is a file of the built site`, async () => {
      const copy = copySite(sample, ['node_modules', 'public', 'themes', 'db.json', '.git']);
      try {
        const config = path.join(copy, '_config.yml');
        const text = fs.readFileSync(config, 'utf8').replace(/^post_asset_folder: .*$/m, `post_asset_folder: ${assetFolder}`);
        fs.writeFileSync(config, postAsset ? `${text}\nmarked:\n  postAsset: true\n` : text);
        const inserted = await Promise.all(posts.map(async (post, i) => ({ post, alt: `postcraft-probe-${i}`, image: await insertImageAsPostcraft(copy, post, `postcraft-probe-${i}.png`) })));
        for (const { post, image } of inserted) {
          assert.equal(image.note, undefined);
          assert.match(image.text, form);
          assert.equal(image.copyTo?.startsWith(assetFolder ? post.replace(/\.md$/, '/') : 'source/images/'), true, image.copyTo);
        }
        const out = hexoGenerate(copy);
        for (const { post, alt } of inserted) {
          const found = builtImages(out, alt);
          assert.ok(found.length > 0, `no page of ${post} shows its image`);
          for (const img of found) assert.notEqual(img.file, undefined, `${img.page}: <img src="${img.src}"> is not a file of the output`);
        }
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });
  }
});
