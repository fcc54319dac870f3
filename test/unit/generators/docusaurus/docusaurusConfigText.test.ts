import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { nodeFileSystem } from '../../../../src/platform/nodeFileSystem';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_BLOG_OPTIONS, readDocusaurusConfigText } from '../../../../src/core/generators/docusaurus/docusaurusConfigText';
import { readDocusaurusSiteConfig } from '../../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { docusaurusGenerator } from '../../../../src/core/generators/docusaurus/docusaurusGenerator';
import { loadSiteConfig } from '../../../../src/platform/siteConfigFile';
import { indexSite } from '../../../../src/platform/siteIndexer';

const classic = (blog: string, head = ''): string => `${head}
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'T',
  url: 'https://example.org/',
  baseUrl: '/docs-site/',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: false,
        blog: ${blog},
      }),
    ],
  ],
};
export default config;
`;

describe('docusaurus.config read as text', () => {
  it('reads url, baseUrl and the classic preset\'s literal blog options (a JSDoc cast in parentheses too)', () => {
    const text = classic(`{ path: './news', routeBasePath: '/', tagsBasePath: "topics", include: ['**/*.md'], exclude: ['**/_*/**'], tags: '../tags.yml', authorsMapPath: \`people.yml\`, truncateMarker: /<!--\\s*(more)\\s*-->/, onInlineTags: 'throw' }`);
    const read = readDocusaurusConfigText(text);
    assert.equal(read.url, 'https://example.org');
    assert.equal(read.baseUrl, '/docs-site/');
    assert.deepEqual(read.notes, []);
    assert.deepEqual(
      { ...read.blog },
      { path: './news', routeBasePath: '/', tagsBasePath: 'topics', include: ['**/*.md'], exclude: ['**/_*/**'], tags: '../tags.yml', tagsSet: true, authorsMapPath: 'people.yml', truncateMarker: '<!--\\s*(more)\\s*-->', onInlineTags: 'throw' },
    );
  });

  it('keeps the default of every option it cannot know without running the config, and notes each', () => {
    const text = classic(`{ routeBasePath: process.env.BLOG_ROUTE, path: \`\${dir}/blog\`, include: [...extra, '**/*.md'], ...shared, postsPerPage: 3 }`, "const dir = 'x';\n");
    const read = readDocusaurusConfigText(text);
    assert.equal(read.blog.routeBasePath, DEFAULT_BLOG_OPTIONS.routeBasePath);
    assert.equal(read.blog.path, DEFAULT_BLOG_OPTIONS.path);
    assert.deepEqual(read.blog.include, DEFAULT_BLOG_OPTIONS.include);
    assert.deepEqual(read.notes.map((n) => n.option), ['blog.routeBasePath', 'blog.path', 'blog.include', 'blog']);
    assert.ok(read.notes.every((n) => n.message.startsWith('read as text; ')));
    // The note points at the blog options' line.
    assert.equal(read.notes[0]?.line, text.split('\n').findIndex((l) => l.includes('blog:')));
  });

  it('notes a computed baseUrl and url, and a front-matter parser that is code', () => {
    const text = "module.exports = { url: site(), baseUrl: process.env.BASE, markdown: { parseFrontMatter: async (p) => p.defaultParseFrontMatter(p) } };";
    const read = readDocusaurusConfigText(text);
    assert.equal(read.baseUrl, '/');
    assert.equal(read.url, '');
    assert.deepEqual(read.notes.map((n) => n.option), ['baseUrl', 'url', 'markdown.parseFrontMatter']);
  });

  it('reads the blog plugin entry, and a preset with the blog turned off', () => {
    const plugin = readDocusaurusConfigText(`module.exports = { baseUrl: '/', presets: [['classic', { blog: false }]], plugins: [['@docusaurus/plugin-content-blog', { id: 'default', path: 'posts' }]] };`);
    assert.equal(plugin.hasBlog, true);
    assert.equal(plugin.blog.path, 'posts');
    const off = readDocusaurusConfigText(`module.exports = { baseUrl: '/', presets: [['@docusaurus/preset-classic', { blog: false }]] };`);
    assert.equal(off.hasBlog, false);
    const other = readDocusaurusConfigText(`module.exports = { baseUrl: '/', plugins: [['content-blog', { id: 'second', path: 'second' }]] };`);
    assert.equal(other.blog.path, 'blog', 'a second blog instance is not the default one');
  });

  it('is not fooled by keys inside strings, comments, templates and regular expressions', () => {
    const text = `// baseUrl: '/comment/'
const s = "baseUrl: '/string/'";
const t = \`baseUrl: \${"/tpl/"}\`;
const r = /baseUrl: '\\/regex\\/'/;
export default { baseUrl: '/real/', url: 'https://x.org' };`;
    assert.equal(readDocusaurusConfigText(text).baseUrl, '/real/');
  });

  it('reads tags.yml and authors.yml where the blog folder is, with Docusaurus\'s defaults for a bare tag', () => {
    const files = [
      { file: 'docusaurus.config.js', text: classic(`{ path: 'posts', routeBasePath: 'news' }`) },
      { file: 'posts/tags.yml', text: 'go:\n  label: Go Lang\n  permalink: /go\nrelease:\nwriting:\n  permalink: /글쓰기\n' },
      { file: 'posts/authors.yml', text: 'jane:\n  name: Jane\n' },
    ];
    assert.deepEqual(docusaurusGenerator.dataFiles?.(readDocusaurusSiteConfig(files.slice(0, 1)).config).files, ['posts/tags.yml', 'posts/authors.yml']);
    const { config, problems } = readDocusaurusSiteConfig(files);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.docusaurus.tags, {
      go: { label: 'Go Lang', permalink: '/docs-site/news/tags/go' },
      release: { label: 'Release', permalink: '/docs-site/news/tags/release' },
      writing: { label: 'Writing', permalink: '/docs-site/news/tags/글쓰기' },
    });
    assert.deepEqual(config.docusaurus.authors, { jane: { name: 'Jane' } });
  });

  it('reports a tags file Docusaurus refuses (duplicate permalinks) as a config error', () => {
    const { config, problems } = readDocusaurusSiteConfig([
      { file: 'docusaurus.config.js', text: classic('{}') },
      { file: 'blog/tags.yml', text: 'a:\n  permalink: /same\nb:\n  permalink: /same\n' },
    ]);
    assert.equal(config.docusaurus.tags, null);
    assert.deepEqual(problems.map((p) => [p.code, p.severity, p.file]), [['config.tagsFile', 'error', 'blog/tags.yml']]);
  });

  it('never runs the config: code in it that would write a file writes nothing', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-docusaurus-'));
    const marker = path.join(site, 'ran.txt');
    try {
      const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'top level');
const { writeFileSync } = require('fs');
module.exports = async function createConfig() {
  writeFileSync(${JSON.stringify(marker)}, 'function');
  return {
    baseUrl: (() => { writeFileSync(${JSON.stringify(marker)}, 'iife'); return '/'; })(),
    url: 'https://example.org',
    presets: [['classic', { blog: { routeBasePath: 'posts', editUrl: () => writeFileSync(${JSON.stringify(marker)}, 'edit') } }]],
  };
};
`;
      fs.writeFileSync(path.join(site, 'docusaurus.config.js'), code);
      fs.mkdirSync(path.join(site, 'blog'));
      fs.writeFileSync(path.join(site, 'blog', '2024-01-02-a.md'), '---\ntitle: A\n---\nText\n');
      const loaded = await loadSiteConfig(nodeFileSystem, site, docusaurusGenerator);
      const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'docusaurus', nowMs: Date.now() });
      assert.equal(fs.existsSync(marker), false, 'nothing in the config ran');
      assert.equal(loaded.config.generator, 'docusaurus');
      assert.deepEqual(loaded.problems.map((p) => p.message), ['read as text; baseUrl is computed, so "/" is used']);
      assert.equal(indexed.model.get('blog/2024-01-02-a.md')?.url, '/posts/2024/01/02/a');
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
