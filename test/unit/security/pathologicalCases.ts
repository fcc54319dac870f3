// The cases of pathologicalText.test.ts. Run as a worker thread, this file reads every case in turn and posts
// each one's result to the test; imported, it only names them.
import * as assert from 'node:assert/strict';
import { isMainThread, parentPort } from 'node:worker_threads';
import { analyzePost } from '../../../src/core/analyzePost';
import { defaultConfig } from '../../../src/core/config';
import { summarizePost } from '../../../src/core/postSummary';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { readHexoSiteConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';
import { readDocusaurusSiteConfig } from '../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { lintSiteOf } from '../../../src/core/lint/lintSite';
import { lintPost } from '../../../src/core/lint/lintPost';
import { modelPostLookup } from '../../../src/core/render/modelPostLookup';
import { PostRenderer } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';
import { createTimeZone } from '../../../src/core/timeZone';
import { countWords } from '../../../src/core/wordCount';
import type { SiteConfig } from '../../../src/core/siteConfig';

const SIZE = 400_000;
const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

/** Each body: an opener or marker that some reader of posts scans for, repeated with nothing to close it. */
const BODIES: Readonly<Record<string, string>> = {
  'fence lines': repeat('```\n'),
  'blank lines with spaces': repeat(' \n'),
  'list markers on empty lines': repeat('- \n'),
  'quote markers': repeat('> \n'),
  braces: repeat('{'),
  'Liquid tag openers': repeat('{%'),
  'Liquid output openers': repeat('{{'),
  'Liquid comment openers': repeat('{% comment %}'),
  'Liquid raw openers': repeat('{% raw %}'),
  'Liquid block openers': repeat('{% if x %}'),
  'HTML comment openers': repeat('<!--'),
  'script openers then a style closer': `${repeat('<script>')}</style>`,
  'tag openers': repeat('<a '),
  'image openers on one line': repeat('!['),
  'image paths with unclosed page variables': repeat('![x]({{ page.a '),
  'link openers on one line': repeat('['),
  'links with an open URL': repeat('[a]('),
  'attribute list openers': repeat('{:'),
  'entity openers': repeat('&'),
  'emphasis runs': repeat('*_'),
  backticks: repeat('`'),
  'link definitions': repeat('[a]: \n'),
  'headings without text': repeat('#\n'),
  'Hugo shortcode openers': repeat('{{<'),
  'Hugo escaped shortcode openers': repeat('{{</*'),
  'Hugo percent shortcode openers': repeat('{{%'),
  'images of missing files': repeat('![](/assets/nope.png)'),
  'img tags never closed': repeat('<img src=a '),
  'backtick runs of growing length': Array.from({ length: 800 }, (_, i) => `${'`'.repeat(i + 1)}x`).join('').repeat(2),
  'links into a folder of posts': repeat('[a](/2024/01/01/x/) '),
  'Hugo shortcodes with no template': repeat('{{< nosuch >}}{{% nosuch2 %}}'),
  'Hugo shortcode names never closed': repeat('{{< a '),
  'summary dividers': repeat('<!--more-->'),
  'footnote openers': repeat('[^'),
  'heading attribute openers': repeat('# a {#'),
  'excerpt separators': repeat('\n\n'),
  'Liquid post_url tags naming no post': repeat('{% post_url 2024-01-01-x %}'),
  'Liquid post_url names of folders': `{% post_url ${repeat('1/')} %}`,
  'Liquid includes of missing files': repeat('{% include a.html %}\n'),
  'Liquid raw then output openers': `{% raw %}${repeat('{{ {%')}`,
  'Liquid if openers inside a comment': `{% comment %}${repeat('{% if x %}')}`,
  'Liquid highlight arguments': `{% highlight ${repeat('a ')}! %}`,
  'Hexo post_link tags naming no post': repeat('{% post_link x %}'),
  'Hexo post_link tags never closed': repeat('{% post_link '),
  'backtick runs of shrinking length': Array.from({ length: 800 }, (_, i) => `${'`'.repeat(800 - i)}x`).join('').repeat(2),
  'HTML comments and code openers on one line': repeat('<!-- <code> {% raw %} '),
  'links to missing .md files': repeat('[a](./x.md) [b](/y.mdx) '),
  'Hugo highlight shortcodes never closed': repeat('{{< highlight go >}}'),
  'Hugo closing tags with nothing open': repeat('{{< /figure >}}'),
  'Liquid include parameters then one Jekyll cannot read': `{% include a.html ${repeat('a="\\" b ')}! %}`,
};

const zone = createTimeZone('UTC').zone;
/** Generator, config, post path, front matter. */
const SITES: ReadonlyArray<readonly [string, SiteConfig, string, string]> = [
  ['Jekyll', defaultConfig(), '_posts/2024-01-01-hostile.md', '---\ntitle: x\n---\n'],
  ['Hugo', readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "https://example.org/"\n' }]).config, 'content/posts/hostile.md', '+++\ntitle = "x"\n+++\n'],
  ['Hexo', readHexoSiteConfig([{ file: '_config.yml', text: 'post_asset_folder: true\n' }]).config, 'source/_posts/hostile.md', '---\ntitle: x\n---\n'],
  ['Docusaurus', readDocusaurusSiteConfig([{ file: 'docusaurus.config.js', text: "export default { url: 'https://example.org', baseUrl: '/' };\n" }]).config, 'blog/hostile.md', '---\ntitle: x\n---\n'],
];

/** The generators whose preview is read here too (Hexo's tag plugins pair blocks with their ends in one pass). */
const PREVIEWED = new Set(['Jekyll', 'Hugo', 'Hexo', 'Docusaurus']);

export interface CaseResult {
  readonly name: string;
  /** The assertion or exception that failed the case; undefined when it passed. */
  readonly error?: string;
}

const RUNS: ReadonlyArray<readonly [string, () => void]> = Object.entries(BODIES).flatMap(([name, body]) => [
  [`${name}: word count`, () => assert.ok(countWords(body).words >= 0)] as const,
  ...SITES.flatMap(([generator, config, sitePath, head]) => {
    const text = head + body;
    const ctx = { config, zone, nowMs: Date.UTC(2025, 0, 1) };
    return [
      [
        `${name}: ${generator} index and lint`,
        () => {
          const info = analyzePost({ path: sitePath, text, mtimeMs: 0 }, ctx);
          assert.equal(info.title, 'x');
          const lint = lintPost({ path: sitePath, text, ctx, site: lintSiteOf({ categories: [], tags: [] }, undefined) });
          assert.ok(Array.isArray(lint.findings));
        },
      ] as const,
      [
        `${name}: ${generator} build checks`,
        () => {
          const files = { paths: new Set(['_includes/b.html', 'assets/a.png']), folders: new Set(['_includes', 'assets']), theme: undefined, manifests: new Map<string, string>() };
          // The post is one of the site's built pages, so the checks that need that (Hugo's shortcodes) run too.
          const posts = [summarizePost(analyzePost({ path: sitePath, text, mtimeMs: 0 }, ctx))];
          const site = lintSiteOf({ categories: [], tags: [], posts }, undefined, new Set(), files);
          const lint = lintPost({ path: sitePath, text, ctx, site });
          assert.ok(Array.isArray(lint.findings));
        },
      ] as const,
      ...(PREVIEWED.has(generator) ? [[
        `${name}: ${generator} preview`,
        () => {
          const renderer = new PostRenderer({ config, includes: () => undefined, posts: modelPostLookup([]), fallbackTimeZone: 'UTC' });
          const result = renderer.render({ text, sitePath, nowMs: ctx.nowMs, resourceRoot: 'https://res.test', showCard: true, labels: ENGLISH_CARD_LABELS });
          assert.equal(typeof result.html, 'string');
        },
      ] as const] : []),
    ];
  }),
]);

export const CASES: readonly string[] = RUNS.map(([name]) => name);

if (!isMainThread && parentPort !== null) {
  for (const [name, run] of RUNS) {
    let result: CaseResult;
    try {
      run();
      result = { name };
    } catch (e) {
      result = { name, error: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    parentPort.postMessage(result);
  }
}
