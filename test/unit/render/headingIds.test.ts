import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GfmIdGenerator } from '../../../src/core/render/headingIds';

describe('GFM heading ids (kramdown-parser-gfm)', () => {
  it('keeps Hangul and other letters, drops punctuation, turns spaces into hyphens', () => {
    const ids = new GfmIdGenerator();
    assert.equal(ids.next('지킬 블로그 시작하기'), '지킬-블로그-시작하기');
    assert.equal(ids.next('What is `Liquid`?'), 'what-is-liquid');
    assert.equal(ids.next('C++ & Rust: 1.0'), 'c--rust-10');
    assert.equal(ids.next('snake_case stays'), 'snake_case-stays');
    assert.equal(ids.next('Café'), 'café');
  });

  it('numbers repeated ids from 1', () => {
    const ids = new GfmIdGenerator();
    assert.deepEqual([ids.next('설치'), ids.next('설치'), ids.next('설치')], ['설치', '설치-1', '설치-2']);
  });
});
