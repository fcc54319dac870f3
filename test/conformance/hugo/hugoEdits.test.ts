// The writing commands' edits, checked by Hugo itself: the sample blog edited as Publish, Unpublish, Update Last
// Modified and a site-wide rename would edit it (TOML and YAML posts) still builds with hugo 0.111.3, which reads
// the new draft flags, lastmod and term, and reads every other page, param and term as it did before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { askHugo, type HugoPage, type HugoReading } from './hugoOracle';
import { hugoGenerator } from '../../../src/core/generators/hugo/hugoGenerator';
import { editDialectOf } from '../../../src/core/generators/generator';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { editNames } from '../../../src/core/edits/taxonomyEdits';
import { namesSpec } from '../../../src/core/edits/namesSpec';
import { setValue } from '../../../src/core/edits/setValue';
import { applyEdits, type EditResult } from '../../../src/core/edits/textEdit';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hugo-blog');
const dialect = editDialectOf(hugoGenerator);
const config = readHugoSiteConfig([{ file: 'hugo.toml', text: fs.readFileSync(path.join(sample, 'hugo.toml'), 'utf8') }]).config;
const spec = (key: string) => namesSpec(dialect, key, undefined, (name) => hugoGenerator.nameKey(key, name, config));

function page(hugo: HugoReading, file: string): HugoPage {
  const found = hugo.pages.find((p) => p.path === file);
  assert.ok(found, `Hugo lists ${file}`);
  return found;
}

describe('the sample blog after the writing commands\' edits, as hugo reads it', () => {
  let work = '';
  let edited: string[] = [];
  let beforeEdits: HugoReading | undefined;
  let afterEdits: HugoReading | undefined;
  const posts = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-edits-'));
    fs.cpSync(sample, work, { recursive: true });
    const edit = (rel: string, compute: (text: string) => EditResult): void => {
      const file = path.join(work, rel);
      const text = fs.readFileSync(file, 'utf8');
      const result = compute(text);
      assert.ok(result.ok, `${rel}: ${JSON.stringify(result.ok ? '' : result.reason)}`);
      if (result.edits.length > 0) edited.push(rel);
      fs.writeFileSync(file, applyEdits(text, result.edits));
    };
    edit('content/posts/permalinks.md', (t) => setValue(t, 'draft', true, dialect));
    edit('content/posts/comment-systems.md', (t) => setValue(t, 'draft', false, dialect));
    edit('content/posts/front-matter-formats.md', (t) => setValue(t, 'lastmod', { timestamp: '2025-02-03T14:20:00+09:00' }, dialect));
    for (const file of posts(path.join(work, 'content'))) {
      const rel = path.relative(work, file).split(path.sep).join('/');
      edit(rel, (t) => editNames(t, spec('tags'), { kind: 'merge', from: ['휴고'], to: 'Hugo "Notes"' }, dialect));
      edit(rel, (t) => editNames(t, spec('series'), { kind: 'merge', from: ['hugo-basics'], to: '휴고 입문' }, dialect));
    }
    edited = [...new Set(edited)].sort();
    beforeEdits = askHugo(sample);
    afterEdits = askHugo(work);
  });
  after(() => {
    if (work !== '') fs.rmSync(work, { recursive: true, force: true });
  });

  it('edits the posts that write the names, TOML and YAML alike', () => {
    assert.deepEqual(edited, [
      'content/posts/comment-systems.md', 'content/posts/front-matter-formats.md', 'content/posts/hugo-first-steps/index.md',
      'content/posts/permalinks.md', 'content/posts/taxonomies-and-series/index.md',
    ]);
  });

  it('reads the draft flags and lastmod the edits wrote', () => {
    assert.ok(afterEdits && beforeEdits);
    assert.equal(page(beforeEdits, 'content/posts/permalinks.md').draft, false);
    assert.equal(page(afterEdits, 'content/posts/permalinks.md').draft, true);
    assert.equal(page(afterEdits, 'content/posts/permalinks.md').published, false);
    assert.equal(page(beforeEdits, 'content/posts/comment-systems.md').draft, true);
    assert.equal(page(afterEdits, 'content/posts/comment-systems.md').draft, false);
    assert.equal(page(afterEdits, 'content/posts/comment-systems.md').published, true);
    assert.equal(page(afterEdits, 'content/posts/front-matter-formats.md').lastmod, '2025-02-03T14:20:00+09:00');
  });

  it('files the renamed tag and the merged series under their new terms, and nothing else moves', () => {
    assert.ok(afterEdits && beforeEdits);
    const newKey = hugoGenerator.nameKey('tags', 'Hugo "Notes"', config);
    assert.equal(afterEdits.taxonomies['tags']?.[newKey]?.name, 'Hugo "Notes"');
    assert.equal(afterEdits.taxonomies['tags']?.['휴고'], undefined);
    assert.deepEqual(Object.keys(afterEdits.taxonomies['series'] ?? {}), ['휴고-입문']);
    assert.equal(afterEdits.taxonomies['series']?.['휴고-입문']?.countAll, 4);
    for (const before of beforeEdits.pages) {
      const now = page(afterEdits, before.path);
      const rename = (keys: readonly string[] | undefined, from: string, to: string): string[] => [...new Set((keys ?? []).map((k) => (k === from ? to : k)))].sort();
      assert.deepEqual(now.terms['tags'], rename(before.terms['tags'], '휴고', newKey), before.path);
      assert.deepEqual(now.terms['series'], rename(before.terms['series'], 'hugo-basics', '휴고-입문'), before.path);
      assert.deepEqual(now.terms['categories'], before.terms['categories'], before.path);
      for (const key of ['title', 'slug', 'date', 'publishDate', 'expiryDate', 'relPermalink'] as const) {
        assert.equal(now[key], before[key], `${before.path}: ${key}`);
      }
      const params = (p: HugoPage): Record<string, unknown> => Object.fromEntries(Object.entries(p.params).filter(([k]) => !['tags', 'series', 'draft', 'lastmod', 'iscjklanguage'].includes(k)));
      assert.deepEqual(params(now), params(before), `${before.path}: params`);
      // Hugo looks for Hangul in the whole file, front matter included: the English post now names a Korean series.
      const cjk = before.path === 'content/posts/front-matter-formats.md' ? true : before.params['iscjklanguage'];
      assert.equal(now.params['iscjklanguage'], cjk, `${before.path}: isCJKLanguage`);
    }
  });
});
