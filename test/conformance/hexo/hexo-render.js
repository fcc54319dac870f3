// Hexo 8.1.2 renders every post of a site (as `hexo generate` does before it writes pages) and prints, as JSON,
// whether that stopped: the error's file, its line in the post's body (Hexo counts from the line after the front
// matter) and its text. Run as: NODE_PATH=<oracle>/node_modules node hexo-render.js <COPY of the site>
// `safe: true` runs none of the site's scripts or plugins; Hexo rewrites package.json, so give it a copy.
'use strict';
const path = require('node:path');
const Hexo = require('hexo');

const plain = (s) => String(s).replace(/\u001b\[[0-9;]*m/g, '');

async function main() {
  const dir = path.resolve(process.argv[2]);
  const hexo = new Hexo(dir, { silent: true, safe: true });
  hexo.env.init = true;
  await hexo.init();
  globalThis.hexo = hexo;
  require('hexo-renderer-marked');
  try {
    // load() processes the source folder and renders every post (the render_post filter), then stops short of writing.
    await hexo.load();
    process.stdout.write(JSON.stringify({ failed: false }));
  } catch (error) {
    // A tag that throws (post_link) comes back as the post's source path, with the tag's error as its cause; a
    // Nunjucks syntax error carries its line in the body.
    const cause = error.cause === undefined ? '' : plain(error.cause.message ?? error.cause);
    const reason = (/Error: (.*)$/m.exec(cause) ?? [])[1] ?? plain(error.type ?? '');
    const location = plain(error.location ?? error.message).split('\n')[0];
    process.stdout.write(JSON.stringify({ failed: true, file: location.trim(), line: error.line ?? null, reason, message: plain(error.message) }));
  }
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
