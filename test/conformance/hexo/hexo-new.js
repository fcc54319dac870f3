// `hexo new [draft] <title>` as Hexo 8.1.2 does it, with tags and categories as extra data, on a COPY of a site:
// prints the file it made (relative to the site) and its text.
// Run as: TZ=<zone> NODE_PATH=<oracle>/node_modules node hexo-new.js <copy> '<json: {title, layout, tags?, categories?}>'
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Hexo = require('hexo');

async function main() {
  const dir = path.resolve(process.argv[2]);
  const hexo = new Hexo(dir, { silent: true, safe: true });
  hexo.env.init = true;
  await hexo.init();
  const result = await hexo.post.create(JSON.parse(process.argv[3]));
  process.stdout.write(JSON.stringify({ path: path.relative(dir, result.path).split(path.sep).join('/'), text: fs.readFileSync(result.path, 'utf8') }));
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
