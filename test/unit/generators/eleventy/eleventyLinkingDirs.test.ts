// Rename Post rewrites links to a post's old URL in every file that may hold one: for Eleventy, the input folder's
// pages and the layouts and includes, wherever the config puts them (eleventy-base-blog puts them beside the input).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eleventyGenerator } from '../../../../src/core/generators/eleventy/eleventyGenerator';
import { fromInput, nonTemplateDirs } from '../../../../src/core/generators/eleventy/eleventyPlace';
import { readEleventySiteConfig } from '../../../../src/core/generators/eleventy/eleventySiteConfig';

const configOf = (dir: string) => readEleventySiteConfig([{ file: 'eleventy.config.js', text: `export const config = { dir: ${dir} };\n` }]).config;
const referrers = (dir: string) => {
  const renaming = eleventyGenerator.renaming;
  assert.ok(renaming);
  return renaming.referrers(configOf(dir));
};

describe('the files Rename Post reads for links, on an Eleventy site', () => {
  it("takes the includes and layouts beside the input folder (eleventy-base-blog's ../_includes)", () => {
    assert.equal(referrers('{ input: "content", includes: "../_includes", data: "../_data", output: "_site" }').include, '{content,_includes}/**/*.{md,markdown,html,njk,liquid}');
    assert.equal(referrers('{ input: "content", includes: "../_includes", layouts: "../_layouts" }').include, '{content,_includes,_layouts}/**/*.{md,markdown,html,njk,liquid}');
  });

  it('reads the input folder alone when the includes are inside it, or the whole site when it is the input', () => {
    assert.equal(referrers('{ input: "content", output: "_site" }').include, 'content/**/*.{md,markdown,html,njk,liquid}');
    assert.equal(referrers('{ input: "src", includes: "./parts/../_includes" }').include, 'src/**/*.{md,markdown,html,njk,liquid}');
    assert.equal(referrers('{ output: "dist" }').include, '**/*.{md,markdown,html,njk,liquid}');
    assert.equal(referrers('{ output: "dist" }').exclude, '{**/node_modules/**,**/.git/**,dist/**}');
  });

  it('reads the whole site when the includes are its root', () => {
    assert.equal(referrers('{ input: "content", includes: ".." }').include, '**/*.{md,markdown,html,njk,liquid}');
  });

  it('leaves out an includes folder outside the site', () => {
    assert.equal(referrers('{ input: "content", includes: "../../shared" }').include, 'content/**/*.{md,markdown,html,njk,liquid}');
    assert.equal(fromInput('content', '../../shared'), undefined);
    assert.equal(fromInput('', '_includes'), '_includes');
    assert.equal(fromInput('src/site', '../_data'), 'src/_data');
  });

  it('knows the includes and data beside the input as folders without templates', () => {
    const { dirs } = configOf('{ input: "content", includes: "../_includes", data: "../_data" }').eleventy;
    assert.deepEqual(nonTemplateDirs(dirs), ['_includes', '_data', '_site']);
  });
});
