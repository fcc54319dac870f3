// Asks Docusaurus 3.10.2 which Markdown links of a site's blog posts it cannot resolve: the blog plugin's posts
// (loadContent, NODE_ENV=production), then each post compiled by @docusaurus/mdx-loader with the options the blog
// plugin gives it (resolveMarkdownLink over the plugin's own posts), no webpack build. The site's
// onBrokenMarkdownLinks setting is printed, and every report is caught instead of logged or thrown.
// Broken Markdown images are caught the same way (onBrokenMarkdownImages, its setting printed as imageSetting).
// Run with cwd at the oracle's install: node docusaurusBrokenLinks.mjs SITE_DIR →
// { setting, reports: [{ file, url, line, column }], imageSetting, images: [{ file, url, line, column }] }
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));

async function main() {
  const siteDir = path.resolve(process.argv[2] ?? '.');
  process.env.NODE_ENV = 'production';
  const { loadContext } = require('@docusaurus/core/lib/server/site');
  const blog = require('@docusaurus/plugin-content-blog');
  const { normalizePluginOptions } = require('@docusaurus/utils-validation');
  const utils = require('@docusaurus/utils');
  const { compileToJSX } = require('@docusaurus/mdx-loader/lib/utils');
  const context = await loadContext({ siteDir });
  const fromPreset = (context.siteConfig.presets ?? []).find((p) => Array.isArray(p) && /classic/.test(String(p[0])))?.[1]?.blog;
  const fromPlugin = (context.siteConfig.plugins ?? []).find((p) => Array.isArray(p) && /content-blog/.test(String(p[0])) && (p[1]?.id ?? 'default') === 'default')?.[1];
  const options = blog.validateOptions({ validate: normalizePluginOptions, options: { ...(fromPlugin ?? fromPreset ?? {}), id: 'default' } });
  const plugin = await blog.default(context, options);
  const { blogPosts } = await plugin.loadContent();
  const sourceToPermalink = new Map(blogPosts.map((p) => [p.metadata.source, p.metadata.permalink]));
  const contentPaths = { contentPath: path.resolve(siteDir, options.path), contentPathLocalized: path.resolve(siteDir, options.path) };
  const markdown = context.siteConfig.markdown;
  const setting = markdown.hooks.onBrokenMarkdownLinks;
  const reports = [];
  let current = '';
  const onBrokenMarkdownLinks = ({ url, node }) => {
    reports.push({ file: current, url, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null });
    return undefined;
  };
  const images = [];
  const onBrokenMarkdownImages = ({ url, node }) => {
    images.push({ file: current, url, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null });
    return undefined;
  };
  const loaderOptions = {
    admonitions: options.admonitions,
    remarkPlugins: [],
    rehypePlugins: [],
    recmaPlugins: [],
    beforeDefaultRemarkPlugins: [],
    beforeDefaultRehypePlugins: [],
    staticDirs: context.siteConfig.staticDirectories.map((d) => path.resolve(siteDir, d)),
    siteDir,
    isMDXPartial: utils.createAbsoluteFilePathMatcher(options.exclude, [contentPaths.contentPath]),
    metadataPath: () => '',
    removeContentTitle: true,
    markdownConfig: { ...markdown, hooks: { ...markdown.hooks, onBrokenMarkdownLinks, onBrokenMarkdownImages } },
    resolveMarkdownLink: ({ linkPathname, sourceFilePath }) => utils.resolveMarkdownLinkPathname(linkPathname, { sourceFilePath, sourceToPermalink, siteDir, contentPaths }),
  };
  for (const post of blogPosts) {
    const filePath = path.join(siteDir, post.metadata.source.replace(/^@site\//, ''));
    current = path.relative(siteDir, filePath).split(path.sep).join('/');
    const fileContent = readFileSync(filePath, 'utf8');
    const { frontMatter } = utils.parseFrontMatter ? utils.parseFrontMatter(fileContent) : { frontMatter: post.metadata.frontMatter };
    await compileToJSX({ filePath, fileContent, frontMatter, options: loaderOptions, compilerName: 'server' });
  }
  const imageSetting = markdown.hooks.onBrokenMarkdownImages;
  process.stdout.write(JSON.stringify({ setting: typeof setting === 'string' ? setting : 'function', reports, imageSetting: typeof imageSetting === 'string' ? imageSetting : 'function', images }));
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
