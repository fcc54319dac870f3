// `hexo publish <name>` as Hexo 8.1.2 does it, on a COPY of a site: prints the file it made (relative to the site)
// and the front matter it wrote, and every file left under source/_posts and source/_drafts (the asset folder
// moves with the draft under post_asset_folder). Run as: TZ=<zone> NODE_PATH=<oracle>/node_modules node hexo-publish.js <copy> <name>
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Hexo = require('hexo');
const { parse } = require('hexo-front-matter');

/** Site-relative paths of the files under the folders, '/'-separated and sorted. */
function listFiles(dir, folders) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(dir, folder))) walk(folder);
  return out.sort();
}

async function main() {
  const dir = path.resolve(process.argv[2]);
  const hexo = new Hexo(dir, { silent: true, safe: true });
  hexo.env.init = true;
  await hexo.init();
  const result = await hexo.post.publish({ slug: process.argv[3] });
  const written = parse(fs.readFileSync(result.path, 'utf8'));
  delete written._content;
  const dateLine = /^date:\s*(.*)$/m.exec(fs.readFileSync(result.path, 'utf8'))?.[1];
  process.stdout.write(JSON.stringify({ path: path.relative(dir, result.path).split(path.sep).join('/'), dateLine, files: listFiles(dir, ['source/_posts', 'source/_drafts']) }));
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
