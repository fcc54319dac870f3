// Hexo 8.1.2's category tree of a site, as its build has it (`site.categories`): every category with its chain of
// names from the top (through `parent`), its slug, and its posts (`category.posts`, the posts Hexo builds with the
// site's render_drafts and future), printed as JSON.
// Run as: TZ=<zone> NODE_PATH=<oracle>/node_modules node hexo-categories.js <COPY of the site>
// `safe: true` runs none of the site's scripts or plugins; Hexo rewrites package.json, so give it a copy.
'use strict';
const path = require('node:path');
const Hexo = require('hexo');

async function main() {
  const dir = path.resolve(process.argv[2]);
  // No `draft` option: drafts are loaded (and their categories attached) only as the site's render_drafts says.
  const hexo = new Hexo(dir, { silent: true, safe: true });
  hexo.env.init = true;
  await hexo.init();
  globalThis.hexo = hexo;
  require('hexo-renderer-marked');
  await require('hexo/dist/hexo/load_database')(hexo);
  hexo._binaryRelationIndex.post_tag.load();
  hexo._binaryRelationIndex.post_category.load();
  await hexo.source.process();
  hexo.locals.invalidate();
  const Category = hexo.model('Category');
  const chainOf = (c) => {
    const names = [];
    for (let at = c; at; at = at.parent ? Category.findById(at.parent) : undefined) names.unshift(at.name);
    return names;
  };
  const categories = hexo.locals.get('categories').map((c) => ({
    chain: chainOf(c),
    slug: c.slug,
    parent: c.parent ? chainOf(Category.findById(c.parent)) : null,
    posts: c.posts.map((p) => p.source).sort(),
  }));
  process.stdout.write(JSON.stringify({ version: hexo.version, categories }));
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
