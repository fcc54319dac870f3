import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cursorPlace, frontMatterNow } from '../../../src/core/lint/frontMatterCursor';
import { hoverFacts, originOf } from '../../../src/core/lint/frontMatterHover';
import { readingStats } from '../../../src/core/lint/readingStats';
import { siteLayouts } from '../../../src/core/lint/lintSite';
import { FIX_MESSAGES, LINT_MESSAGES } from '../../../src/core/lint/lintMessages';
import { FRONT_MATTER_KEYS } from '../../../src/core/lint/frontMatterKeys';
import { analyzePost } from '../../../src/core/analyzePost';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';
import { ctx, repoRoot } from './lintHelpers';

const TEXT = '---\ntitle: 안녕\ntags: [jekyll, vs]\ncategories:\n  - dev\n  - \nheader:\n  tea\nlayout: \n---\nbody tags: x\n';

test('cursor: keys, nested keys, values in flows, block items and scalars; nothing outside', () => {
  assert.deepEqual(cursorPlace(TEXT, 1, 3), { kind: 'key', parents: [], prefix: 'tit', prefixStart: 0, siblings: ['tags', 'categories', 'header', 'layout'] });
  assert.deepEqual(cursorPlace(TEXT, 2, 16), { kind: 'value', key: 'tags', prefix: 'v', prefixStart: 15, inList: true, quoted: false });
  assert.deepEqual(cursorPlace(TEXT, 5, 4), { kind: 'value', key: 'categories', prefix: '', prefixStart: 4, inList: true, quoted: false });
  const nested = cursorPlace(TEXT, 7, 5);
  assert.equal(nested?.kind, 'key');
  assert.deepEqual(nested?.kind === 'key' ? [nested.parents, nested.prefix] : [], [['header'], 'tea']);
  assert.deepEqual(cursorPlace(TEXT, 8, 8), { kind: 'value', key: 'layout', prefix: '', prefixStart: 8, inList: false, quoted: false });
  assert.deepEqual(cursorPlace('---\ntags: a b\n---\n', 1, 12), { kind: 'value', key: 'tags', prefix: 'b', prefixStart: 11, inList: false, quoted: false });
  assert.equal(cursorPlace(TEXT, 10, 6), undefined);
  assert.equal(cursorPlace(TEXT, 0, 2), undefined);
});

test('the date now in the site zone', () => {
  assert.equal(frontMatterNow(Date.parse('2024-03-05T12:30:05Z'), createTimeZone('Asia/Seoul').zone), '2024-03-05 21:30:05 +0900');
  assert.equal(frontMatterNow(Date.parse('2024-01-05T12:00:00Z'), createTimeZone('America/New_York').zone), '2024-01-05 07:00:00 -0500');
});

test('hover: effective value and origin (file, defaults scope, Jekyll), URL on title', () => {
  const config = parseConfig('permalink: /:categories/:title/\ndefaults:\n  - scope: {path: "", type: posts}\n    values: {layout: single, header: {teaser: /t.png}}\n  - scope: {path: dev}\n    values: {layout: wide}\n').config;
  const text = '---\ntitle: Hi\nlayout: mine\ncategories: [a]\nheader:\n  image: /x.png\n---\n';
  const c = { ...ctx, config };
  const info = analyzePost({ path: 'dev/_posts/2024-03-05-hi.md', text, mtimeMs: 0 }, c);
  const title = hoverFacts(text, 1, 2, info, config);
  assert.equal(title?.key, 'title');
  // :title is the file name's slug, not the front matter's title.
  assert.equal(title?.url, '/dev/a/hi/');
  assert.deepEqual(title?.origin, { kind: 'file' });
  const image = hoverFacts(text, 5, 4, info, config);
  assert.equal(image?.key, 'header.image');
  assert.equal(image?.value, '/x.png');
  assert.ok(image?.doc);
  const bare = '---\ntitle: Hi\n---\n';
  const info2 = analyzePost({ path: 'dev/_posts/2024-03-05-hi.md', text: bare, mtimeMs: 0 }, c);
  assert.equal(hoverFacts(bare, 1, 9, info2, config)?.value, 'Hi');
  assert.equal(hoverFacts(bare, 2, 1, info2, config), undefined);
  assert.deepEqual(originOf(info2, config, ['layout']), { kind: 'defaults', scope: { path: 'dev' } });
  assert.deepEqual(originOf(info2, config, ['header', 'teaser']), { kind: 'defaults', scope: { path: '', type: 'posts' } });
  assert.deepEqual(originOf(info2, config, ['slug']), { kind: 'jekyll' });
});

test('reading stats count the body only, Korean words and CJK characters', () => {
  const s = readingStats('---\ntitle: 제목 여러 단어\n---\n안녕하세요 반갑습니다. 漢字 three words\n', 200);
  assert.deepEqual({ words: s.words, cjk: s.cjkChars, minutes: s.minutes }, { words: 4, cjk: 2, minutes: 1 });
  assert.ok(s.characters > s.charactersNoSpaces);
  assert.equal(readingStats(`${'단어 '.repeat(1000)}`, 200).minutes, 5);
});

test('layouts: Minimal Mistakes, other themes, no theme', () => {
  assert.ok(siteLayouts({ theme: 'minimal-mistakes-jekyll' }, undefined)?.has('splash'));
  assert.ok(siteLayouts({ remote_theme: 'mmistakes/minimal-mistakes@4.26.2' }, ['mine'])?.has('mine'));
  assert.ok(siteLayouts({ minimal_mistakes_skin: 'dark' }, undefined)?.has('single'));
  assert.equal(siteLayouts({ theme: 'jekyll-theme-chirpy' }, ['post']), undefined);
  assert.equal(siteLayouts({}, undefined), undefined);
  assert.deepEqual([...(siteLayouts({}, ['post', 'page']) ?? [])], ['post', 'page']);
});

test('every message and fix title is in both l10n bundles; every key has both descriptions', () => {
  const en = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  for (const t of [...Object.values(LINT_MESSAGES), ...Object.values(FIX_MESSAGES)]) {
    assert.ok(en[t], `English: ${t}`);
    assert.ok(ko[t] && ko[t] !== t, `Korean: ${t}`);
    const args = (s: string): string[] => [...new Set(s.match(/\{\d\}/g) ?? [])].sort();
    assert.deepEqual(args(ko[t] ?? ''), args(t), t);
  }
  for (const k of FRONT_MATTER_KEYS) assert.ok(k.en && /[가-힣]/.test(k.ko), k.key);
});
