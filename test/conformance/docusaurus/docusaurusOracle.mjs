// Asks Docusaurus 3.10.2 itself how its blog plugin reads a site: loadContext (which loads the site's config)
// and the blog plugin's loadContent(), no webpack build. Run with cwd at the oracle's install
// (test/harness/oracles.ts): its packages are required from there. Prints JSON on stdout:
//   node docusaurusOracle.mjs read SITE_DIR  → { production: Post[], development: Post[], options }
//   node docusaurusOracle.mjs kebab < ["text", …]  → lodash's kebabCase and capitalize of each (Docusaurus's own lodash)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));

function plain(post, siteDir) {
  const m = post.metadata;
  return {
    source: m.source.replace(/^@site\//, ''),
    permalink: m.permalink,
    date: m.date instanceof Date && !Number.isNaN(m.date.getTime()) ? m.date.toISOString() : null,
    title: m.title,
    tags: m.tags.map((t) => ({ label: t.label, permalink: t.permalink, inline: t.inline })),
    authors: m.authors.map((a) => ({ key: a.key ?? null, name: a.name ?? null })),
    draft: m.frontMatter.draft === true,
    unlisted: m.unlisted === true,
    hasTruncateMarker: m.hasTruncateMarker,
    siteDir: path.basename(siteDir),
  };
}

async function readSite(siteDir) {
  const { loadContext } = require('@docusaurus/core/lib/server/site');
  const blog = require('@docusaurus/plugin-content-blog');
  const { normalizePluginOptions } = require('@docusaurus/utils-validation');
  const context = await loadContext({ siteDir });
  const fromPreset = (context.siteConfig.presets ?? []).find((p) => Array.isArray(p) && /classic/.test(String(p[0])))?.[1]?.blog;
  const fromPlugin = (context.siteConfig.plugins ?? []).find((p) => Array.isArray(p) && /content-blog/.test(String(p[0])) && (p[1]?.id ?? 'default') === 'default')?.[1];
  const user = fromPlugin ?? fromPreset ?? {};
  const options = blog.validateOptions({ validate: normalizePluginOptions, options: { ...user, id: 'default' } });
  const read = async (env) => {
    process.env.NODE_ENV = env;
    const plugin = await blog.default(context, options);
    const { blogPosts } = await plugin.loadContent();
    return blogPosts.map((p) => plain(p, siteDir)).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  };
  const production = await read('production');
  const development = await read('development');
  return { production, development, options: { path: options.path, routeBasePath: options.routeBasePath, include: options.include, exclude: options.exclude, baseUrl: context.siteConfig.baseUrl } };
}

async function main() {
  const [mode, siteDir] = process.argv.slice(2);
  if (mode === 'kebab') {
    const input = JSON.parse(readFileSync(0, 'utf8'));
    const { kebabCase, capitalize } = require('lodash');
    process.stdout.write(JSON.stringify(input.map((s) => ({ kebab: kebabCase(s), capitalize: capitalize(s) }))));
    return;
  }
  if (mode !== 'read' || !siteDir) throw new Error('usage: docusaurusOracle.mjs read SITE_DIR | kebab');
  const result = await readSite(path.resolve(siteDir));
  process.stdout.write(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
  },
);
