// The config file read as text: literal folders, pathPrefix, markdownTemplateEngine; what the code computes is
// recorded as unknown (with its line), never guessed; comments are not config.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readEleventyConfigText } from '../../../../src/core/generators/eleventy/eleventyConfig';
import { readEleventySiteConfig } from '../../../../src/core/generators/eleventy/eleventySiteConfig';

const corpusConfig = '/work/shared/corpus/11ty__11ty-website/eleventy.config.js';

describe('Eleventy config text', () => {
  it('reads an ES module config: `export const config = { dir, markdownTemplateEngine }`', () => {
    const text = 'export default function (c) {}\nexport const config = {\n  dir: { input: "src", output: "_site", includes: "_includes" },\n  markdownTemplateEngine: "njk",\n  pathPrefix: "/blog",\n};\n';
    const read = readEleventyConfigText('eleventy.config.js', text);
    assert.deepEqual(read.dirs, { input: 'src', output: '_site', includes: '_includes', data: '_data', layouts: undefined });
    assert.equal(read.markdownTemplateEngine, 'njk');
    assert.equal(read.pathPrefix, '/blog/');
    assert.deepEqual(read.unknowns, []);
  });

  it('reads a CommonJS config that returns its folders, and the setter methods of Eleventy 3', () => {
    const cjs = readEleventyConfigText('.eleventy.js', "module.exports = function (c) {\n  return { dir: { input: './content/', output: 'public' }, markdownTemplateEngine: false };\n};\n");
    assert.deepEqual([cjs.dirs.input, cjs.dirs.output, cjs.markdownTemplateEngine], ['content', 'public', false]);
    const setters = readEleventyConfigText('eleventy.config.mjs', 'export default function (c) {\n  c.setInputDirectory("docs");\n  c.setLayoutsDirectory("_layouts");\n}\n');
    assert.deepEqual([setters.dirs.input, setters.dirs.layouts], ['docs', '_layouts']);
  });

  it('records what the code computes, at its line, and keeps Eleventy\'s defaults for it', () => {
    const read = readEleventyConfigText('eleventy.config.js', 'const INPUT = process.env.IN;\nexport const config = {\n  dir: { input: INPUT },\n  pathPrefix: prefix(),\n};\n');
    assert.equal(read.dirs.input, '');
    assert.equal(read.pathPrefix, '/');
    assert.deepEqual(read.unknowns.map((u) => [u.what, u.line]), [['dir', 2], ['pathPrefix', 3]]);
    const earlier = readEleventyConfigText('eleventy.config.js', 'const opts = { input: 1 };\nexport const config = {\n  dir: { input: INPUT },\n};\n');
    assert.deepEqual(earlier.unknowns.map((u) => [u.what, u.line]), [['dir', 2]], 'the line of the dir block\'s own key');
  });

  it('ignores comments, and finds the draft rule and date parsing of a real config', () => {
    const read = readEleventyConfigText('eleventy.config.js', '// dir: { input: "commented" }\n/* pathPrefix: "/x/" */\nexport default (c) => { c.addPreprocessor("drafts", "*", (data) => { if (data.draft) return false; }); };\n');
    assert.deepEqual([read.dirs.input, read.pathPrefix, read.draftRule], ['', '/', true]);
    assert.equal(readEleventyConfigText('eleventy.config.js', 'export default () => {}').draftRule, false);
    if (!fs.existsSync(corpusConfig)) return;
    const real = readEleventyConfigText(path.basename(corpusConfig), fs.readFileSync(corpusConfig, 'utf8'));
    assert.deepEqual([real.dirs.input, real.markdownTemplateEngine], ['src', 'njk']);
    assert.ok(real.unknowns.some((u) => u.what === 'dateParsing'), 'addDateParsing is said to change dates');
  });

  it('the site config: the first config file, data files by name, and the post tags of post folders', () => {
    const { config, problems } = readEleventySiteConfig([
      { file: 'eleventy.config.js', text: 'export const config = { dir: { input: "src" } };' },
      { file: 'src/blog/blog.json', text: '{ "tags": ["blog"], "permalink": "/blog/{{ page.fileSlug }}/" }' },
      { file: 'src/docs/docs.json', text: '{ "tags": ["docs"] }' },
      { file: 'src/notes/notes.11tydata.json', text: '{ broken' },
    ]);
    assert.deepEqual(config.eleventy.postTags, ['posts', 'blog'], 'a conventional post folder\'s tags, not docs');
    assert.equal(config.baseurl, '');
    assert.deepEqual(problems.map((p) => [p.code, p.file]), [['config.eleventy.dataFile', 'src/notes/notes.11tydata.json']]);
  });
});
