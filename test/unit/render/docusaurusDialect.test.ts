// The preview's Docusaurus dialect (src/core/render/docusaurus/): admonitions, the truncate marker, MDX parts as
// placeholders, front matter never run, on the sample blog's posts and on small texts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readDocusaurusSiteConfig } from '../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { PostRenderer, type RenderResult } from '../../../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../../../src/core/render/renderTypes';

const sample = path.resolve(__dirname, '..', '..', '..', '..', 'samples', 'docusaurus-blog');
const read = (rel: string): string => fs.readFileSync(path.join(sample, rel), 'utf8');
const { config } = readDocusaurusSiteConfig(['docusaurus.config.js', 'blog/tags.yml', 'blog/authors.yml'].map((file) => ({ file, text: read(file) })));
const renderer = new PostRenderer({ config, includes: {} as never, posts: {} as never, fallbackTimeZone: 'UTC' });

function render(sitePath: string, text: string): RenderResult {
  return renderer.render({ text, sitePath, nowMs: Date.UTC(2025, 0, 1), resourceRoot: 'https://res', showCard: true, labels: ENGLISH_CARD_LABELS });
}

function byClass(html: string, cls: string): string[] {
  const doc = parseDocument(html);
  return DomUtils.findAll((e) => (e.attribs['class'] ?? '').split(' ').includes(cls), doc.children).map((e) => DomUtils.textContent(e).trim());
}

describe('the preview\'s Docusaurus dialect', () => {
  it('shows an admonition as a titled box with its Markdown inside, and where the list truncates the post', () => {
    const out = render('blog/2024-03-05-hello-docusaurus.md', read('blog/2024-03-05-hello-docusaurus.md'));
    assert.deepEqual(byClass(out.html, 'pc-admonition-title'), ['Try it']);
    assert.match(out.html, /<div class="pc-admonition pc-admonition-tip" data-line="10">/);
    assert.match(out.html, /<strong>Posts<\/strong>/);
    assert.equal(byClass(out.html, 'pc-truncate').length, 1);
    assert.equal(out.title, 'Hello, Docusaurus');
    // The card's summary is what the blog list shows: the text up to the truncate marker.
    assert.equal(out.facts.excerpt, 'Postcraft now reads Docusaurus blogs, the way the blog plugin reads them.');
  });

  it('shows MDX imports, exports and components as placeholders, their children as text, code as written', () => {
    const text = '---\ntitle: MDX\n---\n\nimport Tabs from "@theme/Tabs";\n\n<Tabs>\n\nInside **tabs**.\n\n</Tabs>\n\n```jsx\n<Tabs>not a component in code</Tabs>\n```\n\nInline `<Tweet />` code and {/* a comment */}text.\n';
    const out = render('blog/2024-01-01-mdx.mdx', text);
    assert.deepEqual(byClass(out.html, 'pc-shortcode'), ['MDX import', '<Tabs>', '</Tabs>']);
    assert.match(out.html, /Inside <strong>tabs<\/strong>/);
    const code = DomUtils.findAll((e) => e.name === 'pre', parseDocument(out.html).children).map((e) => DomUtils.textContent(e));
    assert.deepEqual(code, ['<Tabs>not a component in code</Tabs>\n']);
    assert.match(out.html, /<code>&lt;Tweet \/&gt;<\/code> code and text\./);
  });

  it('never runs JavaScript front matter: it says so and does not show the code as text', () => {
    const out = render('blog/2024-01-01-js.md', '---js\n{ title: (() => { throw new Error("ran"); })() }\n---\n\nBody.\n');
    assert.ok(out.problems.some((p) => p.includes('Docusaurus computes it')));
    assert.doesNotMatch(out.html, /throw new Error/);
    assert.match(out.html, /Body\./);
  });

  it('gives nested admonitions with more colons outside', () => {
    const out = render('blog/a.md', '::::note Outer\n\n:::danger\n\nInner\n\n:::\n\n::::\n');
    assert.deepEqual(byClass(out.html, 'pc-admonition-title'), ['Outer', 'Danger']);
  });
});
