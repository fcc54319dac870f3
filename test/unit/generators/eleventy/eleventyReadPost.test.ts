// Front matter as @11ty/gray-matter with Eleventy's engines reads it (js-yaml 4, ---json), and ---js read as text.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEleventyPost } from '../../../../src/core/generators/eleventy/eleventyReadPost';

const read = (text: string): ReturnType<typeof readEleventyPost> => readEleventyPost(text, '<!-- excerpt -->');

describe('Eleventy front matter', () => {
  it('YAML 1.2 as js-yaml 4: yes is a string, 010 is 10, a timestamp with seconds a UTC Date, without them a string', () => {
    const fm = read('---\na: yes\nb: 010\nc: 2024-01-02 10:00:00\nd: 2024-01-02 10:00\n---\nbody').frontMatter;
    assert.deepEqual(fm, { a: 'yes', b: 10, c: new Date('2024-01-02T10:00:00Z'), d: '2024-01-02 10:00' });
  });

  it('---json and ---yml are read; ---toml is not an engine Eleventy has', () => {
    assert.deepEqual(read('---json\n{ "title": "제목" }\n---\n').frontMatter, { title: '제목' });
    assert.deepEqual(read('---yml\ntitle: x\n---\n').frontMatter, { title: 'x' });
    const toml = read('---toml\ntitle = "x"\n---\n');
    assert.equal(toml.frontMatterError, true);
    assert.equal(toml.problems[0]?.code, 'frontMatter.language');
  });

  it('a duplicate key stops Eleventy: an error at its line', () => {
    const dup = read('---\ntitle: a\ntitle: b\n---\n');
    assert.equal(dup.frontMatterError, true);
    assert.deepEqual([dup.problems[0]?.code, dup.problems[0]?.line], ['frontMatter.syntax', 2]);
  });

  it('---js: the plain literals, the keys its code computes, and a note at the opening line', () => {
    const js = read('---js\nconst title = "Plain";\nconst tags = ["a", "b"];\nconst date = new Date();\nconst permalink = `/x/${1}/`;\n---\nbody\n');
    assert.deepEqual(js.frontMatter, { title: 'Plain', tags: ['a', 'b'] });
    assert.deepEqual(js.computedKeys, ['date', 'permalink']);
    assert.deepEqual([js.problems[0]?.code, js.problems[0]?.line, js.frontMatterLines], ['eleventy.computedFrontMatter', 0, { start: 0, end: 5 }]);
    const legacy = read('---javascript\n{ title: "Object" }\n---\n');
    assert.deepEqual(legacy.frontMatter, { title: 'Object' });
  });
});
