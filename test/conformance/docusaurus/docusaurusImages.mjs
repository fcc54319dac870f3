// Asks Docusaurus 3.10.2 how it resolves the images of blog posts: loadContext (the site's config, its static
// directories and markdown options), then each post compiled by Docusaurus's own MDX pipeline (@docusaurus/mdx-loader,
// the remark plugins a build runs, transformImage among them), which throws on an image it cannot resolve and turns
// the others into a `require()` of the file for webpack. No webpack build: the file each require names is checked
// on disk. Run with cwd at the oracle's install (test/harness/oracles.ts).
//   node docusaurusImages.mjs SITE_DIR POST…  → [{ post, images: [{ alt, request, file }] }]  (file: site-relative, or null)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const [siteArg, ...posts] = process.argv.slice(2);
const siteDir = path.resolve(siteArg);
const { loadContext } = require('@docusaurus/core/lib/server/site');
const { createProcessorUncached } = require('@docusaurus/mdx-loader/lib/processor');
const { parseFileContentFrontMatter } = require('@docusaurus/utils/lib/markdownUtils');

const context = await loadContext({ siteDir });
const { siteConfig } = context;
const options = {
  siteDir,
  staticDirs: siteConfig.staticDirectories.map((d) => path.resolve(siteDir, d)),
  markdownConfig: siteConfig.markdown,
  admonitions: true,
  // Broken images fail the compile, as they fail a build by default.
  ...{ markdownConfig: { ...siteConfig.markdown, hooks: { ...siteConfig.markdown.hooks, onBrokenMarkdownImages: 'throw' } } },
};
const out = [];
for (const post of posts) {
  const filePath = path.join(siteDir, post);
  const { content, frontMatter } = parseFileContentFrontMatter(readFileSync(filePath, 'utf8'));
  const format = post.endsWith('.mdx') ? 'mdx' : 'md';
  const processor = await createProcessorUncached({ options, format });
  const result = await processor.process({ content, filePath, frontMatter, compilerName: 'server' });
  const images = [];
  // transformImage writes <img alt="…" src={require("!loader!./x.png").default} …/>; the JSX compiles to an object.
  for (const m of result.content.matchAll(/alt: "([^"]*)",\s*src: require\("([^"]*)"\)/g)) {
    const request = m[2].replace(/^.*!/, '');
    const file = path.resolve(path.dirname(filePath), request.replace(/\?.*$/, ''));
    images.push({ alt: m[1], request, file: existsSync(file) ? path.relative(siteDir, file).split(path.sep).join('/') : null });
  }
  out.push({ post, images });
}
process.stdout.write(JSON.stringify(out));
