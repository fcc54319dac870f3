// What Eleventy serves besides its templates, read from the config's text (passthrough copy is code and never runs):
// literal paths only, and nothing said where the config copies or writes files in ways not read here.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePost } from '../../../../src/core/analyzePost';
import { readEleventySiteConfig } from '../../../../src/core/generators/eleventy/eleventySiteConfig';
import { eleventyPassthroughPaths, eleventyServedFolders } from '../../../../src/core/generators/eleventy/eleventyPassthrough';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../../src/core/lint/lintSite';
import { summarizePost } from '../../../../src/core/postSummary';
import { createTimeZone } from '../../../../src/core/timeZone';
import type { LintFinding, SiteFiles } from '../../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('Eleventy passthrough copy, read as text', () => {
  it('reads literal paths, options and comments aside', () => {
    const text = 'export default function (c) {\n  c.addPassthroughCopy("src/img");\n  c.addPassthroughCopy(\'fonts\', { expand: true });\n  // c.addPassthroughCopy(dir);\n  c.addPassthroughCopy(`./src/blog/*.png`);\n}\n';
    assert.deepEqual(eleventyPassthroughPaths(text), ['src/img', 'fonts', 'src/blog/*.png']);
    assert.deepEqual(eleventyServedFolders(eleventyPassthroughPaths(text), 'src'), ['src', '']);
    assert.deepEqual(eleventyPassthroughPaths('export default function () {}\n'), []);
  });

  it('gives up on renames, computed paths and files the config writes itself', () => {
    assert.equal(eleventyPassthroughPaths('c.addPassthroughCopy({ "src/a": "b" });'), undefined);
    assert.equal(eleventyPassthroughPaths('c.addPassthroughCopy(dir + "/img");'), undefined);
    assert.equal(eleventyPassthroughPaths('c.addPassthroughCopy("img"); fs.writeFileSync(path.join(c.directories.output, "x.js"), s);'), undefined);
    assert.equal(eleventyServedFolders(['../outside'], ''), undefined);
    assert.deepEqual(eleventyServedFolders(eleventyPassthroughPaths('c.setTemplateFormats(["md", "png"]);'), 'content'), ['content']);
  });
});

function filesOf(paths: readonly string[]): SiteFiles {
  const set = new Set(paths);
  const folders = new Set([...set].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths: set, folders, theme: undefined, manifests: new Map() };
}

function check(configText: string, body: string): string[] {
  const config = readEleventySiteConfig([{ file: 'eleventy.config.js', text: configText }]).config;
  const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: NOW };
  const path = 'content/blog/here.md';
  const text = `---\ntitle: Here\ntags: posts\n---\n${body}`;
  const summaries = [summarizePost(analyzePost({ path, text, mtimeMs: NOW }, ctx))];
  const site = lintSiteOf({ categories: [], tags: [], posts: summaries }, undefined, new Set(), filesOf([path, 'content/img/a.png']));
  return lintPost({ path, text, ctx, site }).findings.filter((f) => /^(image|link)\./.test(f.code)).map((f: LintFinding) => `${f.code} ${f.range.line}:${f.range.startChar}`);
}

describe('links and images on an Eleventy site', () => {
  const dirs = 'export const config = { dir: { input: "content" } };\n';
  it('checks root images against what passthrough copy serves', () => {
    assert.deepEqual(check(`export default function (c) { c.addPassthroughCopy("content/img"); }\n${dirs}`, '![a](/img/a.png) ![b](/img/gone.png)\n'), ['image.missing 4:22']);
  });

  it('says nothing of root images where the copy cannot be read', () => {
    assert.deepEqual(check(`export default function (c) { c.addPassthroughCopy(imgDir); }\n${dirs}`, '![b](/img/gone.png)\n'), []);
  });
});
