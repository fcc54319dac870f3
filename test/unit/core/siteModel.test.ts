import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SiteModel } from '../../../src/core/siteModel';
import { parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';

const zone = createTimeZone('Asia/Seoul').zone;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const model = (): SiteModel => new SiteModel({ config: parseConfig('').config, zone, nowMs: NOW });

test('upsert / change / remove report precise events', () => {
  const m = model();
  const a = m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ncategories: dev\ntags: x y\n---\n', mtimeMs: 0 });
  assert.deepEqual(a.added, ['_posts/2024-01-01-a.md']);
  assert.deepEqual(a.categories, [{ name: 'dev', before: 0, after: 1 }]);
  assert.deepEqual(a.tags.map((t) => t.name).sort(), ['x', 'y']);
  const same = m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ncategories: dev\ntags: x y\n---\n', mtimeMs: 0 });
  assert.deepEqual([same.added, same.changed, same.tags], [[], [], []]);
  const b = m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ncategories: dev\ntags: y z\n---\n', mtimeMs: 0 });
  assert.deepEqual(b.changed, ['_posts/2024-01-01-a.md']);
  assert.deepEqual(b.tags.map((t) => [t.name, t.before, t.after]).sort(), [['x', 1, 0], ['z', 0, 1]]);
  const r = m.remove('_posts/2024-01-01-a.md');
  assert.deepEqual(r.removed, ['_posts/2024-01-01-a.md']);
  assert.equal(m.snapshot().tags.length, 0);
});

test('rename re-derives date, categories and URL without the text', () => {
  const m = model();
  m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ntitle: A\n---\n', mtimeMs: 0 });
  const c = m.rename('_posts/2024-01-01-a.md', 'tech/_posts/2024-02-02-a.md');
  assert.deepEqual([c.added, c.removed], [['tech/_posts/2024-02-02-a.md'], ['_posts/2024-01-01-a.md']]);
  assert.deepEqual(c.categories, [{ name: 'tech', before: 0, after: 1 }]);
  assert.equal(m.get('tech/_posts/2024-02-02-a.md')?.url, '/tech/2024/02/02/a.html');
  assert.deepEqual(m.rename('nope.md', '_posts/2024-01-01-b.md').needsRead, ['_posts/2024-01-01-b.md']);
});

test('config and clock changes; unpublished posts are not counted', () => {
  const m = model();
  m.upsert({ path: '_posts/2099-01-01-f.md', text: '---\ntags: later\n---\n', mtimeMs: 0 });
  m.upsert({ path: '_posts/2024-01-01-u.md', text: '---\npublished: false\ntags: hidden\n---\n', mtimeMs: 0 });
  m.upsert({ path: 'about.md', text: '---\ntitle: About\n---\n', mtimeMs: 0 });
  assert.equal(m.size, 2);
  assert.deepEqual(m.snapshot().tags, []);
  const c = m.setConfig(parseConfig('future: true').config);
  assert.deepEqual(c.tags, [{ name: 'later', before: 0, after: 1 }]);
  m.setConfig(parseConfig('').config);
  const t = m.setNow(Date.parse('2099-01-02T00:00:00Z'));
  assert.deepEqual(t.changed, ['_posts/2099-01-01-f.md']);
  assert.deepEqual(m.snapshot().tags, [{ name: 'later', count: 1 }]);
});

test('snapshot: newest first, problems with paths, findings', () => {
  const m = model();
  m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ntags: JS\n---\n', mtimeMs: 0 });
  m.upsert({ path: '_posts/2024-02-01-b.md', text: '---\ntags: js\n---\n', mtimeMs: 0 });
  m.upsert({ path: '_posts/bad.md', text: '', mtimeMs: 0 });
  const s = m.snapshot();
  assert.deepEqual(s.posts.slice(0, 2).map((p) => p.path), ['_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md']);
  assert.ok(s.problems.some((p) => p.path === '_posts/bad.md'));
  assert.ok(s.findings.some((f) => f.code === 'taxonomy.similarNames'));
});

test('scales: 20k posts, one change touches only its names', () => {
  const m = model();
  for (let i = 0; i < 20_000; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    m.upsert({ path: `_posts/2024-01-${day}-p${i}.md`, text: `---\ntitle: P${i}\ntags: [t${i % 100}, all]\ncategories: c${i % 10}\n---\n본문 ${i}\n`, mtimeMs: 0 });
  }
  assert.equal(m.size, 20_000);
  const c = m.upsert({ path: '_posts/2024-01-01-p0.md', text: '---\ntags: [new]\n---\n', mtimeMs: 0 });
  assert.deepEqual(c.tags.map((t) => [t.name, t.before, t.after]).sort(), [['all', 20_000, 19_999], ['new', 0, 1], ['t0', 200, 199]]);
  assert.deepEqual(c.categories, [{ name: 'c0', before: 2000, after: 1999 }]);
});
