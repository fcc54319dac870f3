import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathForTitle, postUrlReferenceEdits } from '../../../src/core/edits/renamePost';
import { applyEdits } from '../../../src/core/edits/textEdit';

const none = (): boolean => false;

describe('rename a post to match its title', () => {
  it('keeps the date and the folder, slugifies the title as Jekyll does (Hangul kept)', () => {
    assert.deepEqual(pathForTitle('_posts/2024-03-05-old.md', '지킬 블로그 시작하기!', undefined, none), { ok: true, path: '_posts/2024-03-05-지킬-블로그-시작하기.md' });
    assert.deepEqual(pathForTitle('dev/_posts/2024-05-22-x.markdown', 'Fast Builds', undefined, none), { ok: true, path: 'dev/_posts/2024-05-22-fast-builds.markdown' });
    assert.deepEqual(pathForTitle('_drafts/idea.md', 'A Better Idea', undefined, none), { ok: true, path: '_drafts/a-better-idea.md' });
  });

  it('never takes an existing name, and says when nothing needs to change', () => {
    assert.deepEqual(pathForTitle('_posts/2024-03-05-old.md', 'Taken', undefined, (p) => p === '_posts/2024-03-05-taken.md'), { ok: true, path: '_posts/2024-03-05-taken-2.md' });
    assert.equal(pathForTitle('_posts/2024-03-05-same.md', 'Same', undefined, none).ok, false);
    assert.equal(pathForTitle('_posts/2024-03-05-x.md', '!!!', undefined, none).ok, false);
    assert.equal(pathForTitle('about.md', 'About', undefined, none).ok, false);
  });

  it('updates post_url references, as written, and nothing else', () => {
    const text = [
      'See [this]({% post_url 2024-03-05-old %}) and {%- post_url   2024-03-05-old -%}.',
      'Not {% post_url 2024-03-05-older %}, nor `2024-03-05-old` in text.',
      '{% post_url sub/2024-03-05-old %}',
    ].join('\n');
    const edits = postUrlReferenceEdits(text, '_posts/2024-03-05-old.md', '_posts/2024-03-05-새-이름.md');
    assert.equal(applyEdits(text, edits), [
      'See [this]({% post_url 2024-03-05-새-이름 %}) and {%- post_url   2024-03-05-새-이름 -%}.',
      'Not {% post_url 2024-03-05-older %}, nor `2024-03-05-old` in text.',
      '{% post_url sub/2024-03-05-old %}',
    ].join('\n'));
  });
});
