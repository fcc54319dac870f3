// Builds a COPY of a Hexo site with Hexo 8.1.2 itself (`hexo generate`), for the image tests.
// Run as: TZ=<zone> NODE_PATH=<oracle>/node_modules node hexo-build.js <COPY of the site>
// `safe: true` runs none of the site's scripts or plugins. The copy has no theme: every layout of the theme the
// config names is written as a `.tpl` file, which a renderer registered here turns into the page's own content, so
// each built page is the post's rendered Markdown.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Hexo = require('hexo');

async function main() {
  const dir = path.resolve(process.argv[2]);
  const hexo = new Hexo(dir, { silent: true, safe: true });
  hexo.env.init = true;
  await hexo.init();
  const layouts = path.join(hexo.theme_dir, 'layout');
  fs.mkdirSync(layouts, { recursive: true });
  for (const name of ['post', 'page', 'index', 'archive', 'category', 'tag']) fs.writeFileSync(path.join(layouts, `${name}.tpl`), '');
  globalThis.hexo = hexo;
  require('hexo-renderer-marked');
  hexo.extend.renderer.register('tpl', 'html', (_data, locals) => (locals.page && typeof locals.page.content === 'string' ? locals.page.content : ''), true);
  await hexo.call('generate', {});
  await hexo.exit();
  process.stdout.write(JSON.stringify({ public: hexo.public_dir }));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
