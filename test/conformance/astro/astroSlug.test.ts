// Postcraft's copy of github-slugger (githubSlug.ts, which Astro's glob loader applies to each path segment of an
// entry id) against the package Astro 5.18.2 itself uses: every character of the Basic Multilingual Plane and the
// start of the supplementary ones between two letters, and the file names of mixed text people write.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { githubSlug } from '../../../src/core/generators/astro/githubSlug';
import { askSlugger } from './astroOracle';

describe("github-slugger as Astro's glob loader uses it", () => {
  it('every character from U+0000 to U+2FFFF between two letters', () => {
    const texts: string[] = [];
    for (let c = 0; c < 0x30000; c++) if (c < 0xd800 || c > 0xdfff) texts.push(`a${String.fromCodePoint(c)}b`);
    const theirs = askSlugger(texts);
    const differ = texts.filter((t, i) => githubSlug(t) !== theirs[i]).map((t) => (t.codePointAt(1) ?? 0).toString(16));
    assert.deepEqual(differ, [], 'characters slugged differently');
    console.log(`${texts.length} characters slugged as github-slugger slugs them`);
  });

  it('file names of mixed text', () => {
    const names = ['Mixed 한글 Title!', '한글 폴더', '2024-03-05-Hello World', "What’s new (v2) — Ünïcode_File", 'ÇA VA?', '  spaces  ', 'emoji 🎉 post', 'Ǆ title-case', 'ﬁ ligature', 'İstanbul', 'ß', 'full-width ＡＢＣ'];
    assert.deepEqual(names.map(githubSlug), askSlugger(names));
  });
});
