// Asks Docusaurus 3.10.2 which post each Markdown file link of a blog post names: the blog plugin's loadContent()
// (the posts and their permalinks), then every `](…md)`/`](…mdx)` destination of the given files resolved by
// @docusaurus/utils resolveMarkdownLinkPathname, as the blog's MDX loader does (plugin-content-blog index.js).
// Run with cwd at the oracle's install (test/harness/oracles.ts).
//   node docusaurusLinks.mjs SITE_DIR FILE…  → { files: [{ file, links: [{ link, permalink }] }], permalinks: { '@site/…': permalink } }
//   (a link's permalink is null when Docusaurus resolves it to no post)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const [siteArg, ...files] = process.argv.slice(2);
const siteDir = path.resolve(siteArg);
const { loadContext } = require('@docusaurus/core/lib/server/site');
const blog = require('@docusaurus/plugin-content-blog');
const { normalizePluginOptions } = require('@docusaurus/utils-validation');
const { resolveMarkdownLinkPathname } = require('@docusaurus/utils');

const context = await loadContext({ siteDir });
const user = (context.siteConfig.presets ?? []).find((p) => Array.isArray(p) && /classic/.test(String(p[0])))?.[1]?.blog ?? {};
const options = blog.validateOptions({ validate: normalizePluginOptions, options: { ...user, id: 'default' } });
const plugin = await blog.default(context, options);
const { blogPosts } = await plugin.loadContent();
const sourceToPermalink = new Map(blogPosts.map((p) => [p.metadata.source, p.metadata.permalink]));
const contentPath = path.resolve(siteDir, options.path);
const contentPaths = { contentPath, contentPathLocalized: contentPath };
const out = [];
for (const file of files) {
  const sourceFilePath = path.join(siteDir, file);
  const links = [];
  for (const m of readFileSync(sourceFilePath, 'utf8').matchAll(/\]\(([^)\s]+\.mdx?)(?:#[^)\s]*)?\)/g)) {
    const linkPathname = decodeURIComponent(m[1]);
    links.push({ link: m[1], permalink: resolveMarkdownLinkPathname(linkPathname, { sourceFilePath, sourceToPermalink, siteDir, contentPaths }) });
  }
  out.push({ file, links });
}
process.stdout.write(JSON.stringify({ files: out, permalinks: Object.fromEntries(sourceToPermalink) }));
process.exit(0);
