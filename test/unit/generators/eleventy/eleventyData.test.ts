// Template and directory data files: which ones a template reads and in what order, Eleventy's Merge, tags cleaned
// as Eleventy cleans them, and `.11tydata.js` read as text for its literals.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanTags, dataCascade, eleventyMerge, isEleventyDataFileName, localDataPaths, readEleventyDataFile, withCleanTags, type EleventyDataFile } from '../../../../src/core/generators/eleventy/eleventyData';
import { seededDraws } from '../../seededDraws.fixture';

describe('Eleventy data files', () => {
  it('looks for data files from the input folder down to the template (getLocalDataPaths, reversed)', () => {
    const paths = localDataPaths('src/blog/2024/post.md', 'src');
    const names = paths.filter((p) => p.endsWith('.json'));
    assert.deepEqual(names, [
      'src/src.json', 'src/src.11tydata.json',
      'src/blog/blog.json', 'src/blog/blog.11tydata.json',
      'src/blog/2024/2024.json', 'src/blog/2024/2024.11tydata.json',
      'src/blog/2024/post.json', 'src/blog/2024/post.11tydata.json',
    ]);
    assert.equal(paths[paths.length - 1], 'src/blog/2024/post.11tydata.js');
    assert.deepEqual(localDataPaths('posts/a.md', '').filter((p) => p.endsWith('.json')), ['posts/posts.json', 'posts/posts.11tydata.json', 'posts/a.json', 'posts/a.11tydata.json']);
  });

  it('knows data files by name', () => {
    assert.ok(isEleventyDataFileName('src/blog/blog.json'));
    assert.ok(isEleventyDataFileName('src/blog/post.11tydata.js'));
    assert.equal(isEleventyDataFileName('src/blog/other.json'), false);
  });

  it('merges as Eleventy: arrays joined, objects merged, override: replacing, Dates kept', () => {
    const date = new Date('2024-01-02T00:00:00Z');
    assert.deepEqual(eleventyMerge({ tags: ['a'], nav: { x: 1 } }, { tags: ['b'], nav: { y: 2 }, date }), { tags: ['a', 'b'], nav: { x: 1, y: 2 }, date });
    assert.deepEqual(eleventyMerge({ tags: ['a'] }, { 'override:tags': ['b'] }), { tags: ['b'] });
    assert.deepEqual(eleventyMerge({ tags: ['a'] }, { 'override:tags': null }), { tags: null });
  });

  it('cleans tags: a string is split on commas without trimming; values become strings', () => {
    assert.deepEqual(cleanTags('a, b,a').tags, ['a', ' b']);
    assert.deepEqual(cleanTags([1, 'x', 1]).tags, ['1', 'x']);
    assert.equal(cleanTags({ a: 1 }).invalid, true);
  });

  it('reads the literals of a .11tydata.js as text; a function export is all unknown', () => {
    const literal = readEleventyDataFile('p/p.11tydata.js', 'module.exports = {\n  tags: ["posts", "x"], // tagged\n  layout: "post.njk",\n  permalink: (data) => data.slug,\n};\n');
    assert.deepEqual(literal.data, { tags: ['posts', 'x'], layout: 'post.njk' });
    assert.deepEqual(literal.computed, ['permalink']);
    const fn = readEleventyDataFile('p/p.11tydata.js', 'export default async function () { return { tags: ["posts"] }; }\n');
    assert.deepEqual(fn.data, {});
    assert.ok(fn.computed.includes('tags'));
  });

  it('the cascade: data files merged from the least specific; a computed key is said to be so', () => {
    const files = new Map([
      ['src/blog/blog.json', readEleventyDataFile('src/blog/blog.json', '{ "tags": ["posts"], "layout": "a" }')],
      ['src/blog/x/x.11tydata.js', readEleventyDataFile('src/blog/x/x.11tydata.js', 'module.exports = { tags: ["x"], layout: pick() };')],
    ]);
    const cascade = dataCascade('src/blog/x/post.md', 'src', files);
    assert.deepEqual(cascade.data, { tags: ['posts', 'x'], layout: 'a' });
    assert.deepEqual([...cascade.computed], ['layout']);
  });

  it('the cascade made once per folder equals every data path of the template merged in order, over made-up sites', () => {
    // The cascade as first written: the template's whole list of data paths, merged one by one.
    const byPaths = (sitePath: string, input: string, files: ReadonlyMap<string, EleventyDataFile>): unknown => {
      let data: unknown = {};
      const computed = new Set<string>();
      const used: string[] = [];
      for (const path of localDataPaths(sitePath, input)) {
        const file = files.get(path);
        if (file === undefined) continue;
        used.push(path);
        data = eleventyMerge(data, withCleanTags(file.data));
        for (const key of Object.keys(file.data)) if (key !== 'tags') computed.delete(key);
        for (const key of file.computed) computed.add(key);
      }
      return { data, computed: [...computed], files: used };
    };
    const next = seededDraws(17);
    const folders = ['', 'src', 'src/blog', 'src/blog/x', 'src/blog/blog', 'posts', 'posts/posts'];
    const names = ['src', 'blog', 'x', 'posts', 'post', 'a'];
    const suffixes = ['.11tydata.json', '.json', '.11tydata.js'];
    for (let round = 0; round < 300; round++) {
      const files = new Map<string, EleventyDataFile>();
      for (let n = next(6); n > 0; n--) {
        const folder = folders[next(folders.length)] ?? '';
        const name = names[next(names.length)] ?? '';
        const suffix = suffixes[next(suffixes.length)] ?? '';
        const path = `${folder === '' ? '' : `${folder}/`}${name}${suffix}`;
        const text = suffix === '.11tydata.js' ? `module.exports = { layout: pick(), n: ${n} };` : `{ "tags": ["t${next(3)}"], "n": ${n}, "o": { "k${next(3)}": ${n} } }`;
        files.set(path, readEleventyDataFile(path, text));
      }
      for (const input of ['', 'src']) {
        for (const folder of folders) {
          for (const name of names) {
            const sitePath = `${folder === '' ? '' : `${folder}/`}${name}.md`;
            const cascade = dataCascade(sitePath, input, files);
            assert.deepEqual({ data: cascade.data, computed: [...cascade.computed], files: cascade.files }, byPaths(sitePath, input, files), `${sitePath} in ${input} with ${[...files.keys()].join(', ')}`);
          }
        }
      }
    }
  });
});
