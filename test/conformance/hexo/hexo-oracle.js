// Hexo 8.1.2's own reading of a site, printed as JSON: every post (drafts too) with its source, slug, title,
// published flag, date, path, tags and categories (each with its parent chain), and whether Hexo builds it.
// Run as: TZ=<zone> NODE_PATH=<oracle>/node_modules node hexo-oracle.js <COPY of the site>
// `safe: true` runs none of the site's scripts or plugins; Hexo rewrites package.json, so give it a copy.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Hexo = require('hexo');

async function main() {
  const dir = path.resolve(process.argv[2]);
  // draft: true while loading, so drafts and unpublished posts keep their tags and categories (models/post.ts
  // notPublished); which posts Hexo builds is asked afterwards with the site's own settings.
  const hexo = new Hexo(dir, { silent: true, draft: true, safe: true });
  // _config.yml is read only when env.init is set, which otherwise needs a "hexo" key in package.json.
  hexo.env.init = true;
  await hexo.init();
  // The Markdown renderer every blog installs; safe mode loads no plugin, so it is registered here.
  globalThis.hexo = hexo;
  require('hexo-renderer-marked');
  // hexo.load() without its last step (_generate renders every post, and the site's own tag plugins are not
  // loaded): the database, then the source folder's processors, which make the Post, Tag and Category models.
  await require('hexo/dist/hexo/load_database')(hexo);
  hexo._binaryRelationIndex.post_tag.load();
  hexo._binaryRelationIndex.post_category.load();
  await hexo.source.process();
  const posts = hexo.model('Post').sort('source').map((p) => {
    const stat = fs.statSync(p.full_source);
    const chainOf = (c) => {
      const names = [];
      for (let at = c; at; at = at.parent ? hexo.model('Category').findById(at.parent) : undefined) names.unshift(at.name);
      return names;
    };
    return {
      source: p.source,
      slug: p.slug,
      title: p.title,
      published: p.published,
      date: p.date.toISOString(),
      updated: p.updated ? p.updated.toISOString() : null,
      birthtime: stat.birthtime.toISOString(),
      path: p.path,
      permalink: p.permalink,
      tags: p.tags.map((t) => ({ name: t.name, slug: t.slug })),
      categories: p.categories.map((c) => ({ name: c.name, slug: c.slug, chain: chainOf(c) })),
    };
  });
  // The posts Hexo builds (locals.posts) with the site's render_drafts and future, not the draft flag above.
  hexo.env.args.draft = false;
  hexo.env.args.drafts = false;
  hexo.locals.invalidate();
  const built = new Set(hexo.locals.get('posts').map((p) => p.source));
  for (const p of posts) p.built = built.has(p.source);
  process.stdout.write(JSON.stringify({ version: hexo.version, timezone: hexo.config.timezone, posts }));
  // No hexo.exit(): it would write db.json.
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
