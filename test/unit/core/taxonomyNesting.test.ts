import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hexoGenerator } from '../../../src/core/generators/hexo/hexoGenerator';
import { hugoGenerator } from '../../../src/core/generators/hugo/hugoGenerator';
import { childLabel, nestKeys } from '../../../src/core/taxonomyNesting';

const hexoParent = (key: string): string | undefined => hexoGenerator.nameNesting?.parentOf('categories', key);

describe('nested names', () => {
  it("nests Hexo's category chains: a child under its parent, a name whose parent is absent at the top", () => {
    const tree = nestKeys(['개발', '개발/Web Dev', '개발/Web Dev/Hexo', '일상', '일상/Notes', '개발/Notes', 'Lost/Child'], hexoParent);
    assert.deepEqual(tree.roots, ['개발', '일상', 'Lost/Child']);
    assert.deepEqual(tree.children.get('개발'), ['개발/Web Dev', '개발/Notes']);
    assert.deepEqual(tree.children.get('개발/Web Dev'), ['개발/Web Dev/Hexo']);
    assert.equal(tree.parents.get('일상/Notes'), '일상');
    assert.equal(tree.parents.get('개발'), undefined);
  });

  it('leaves tags flat in Hexo, and has no nesting where the generator has none', () => {
    assert.equal(hexoGenerator.nameNesting?.parentOf('tags', 'a/b'), undefined);
    assert.equal(hugoGenerator.nameNesting, undefined);
  });

  it("labels a child by its own name, the parent's part taken off", () => {
    assert.equal(childLabel('개발/Web Dev', '개발', '/'), 'Web Dev');
    assert.equal(childLabel('Other', '개발', '/'), 'Other');
  });
});
