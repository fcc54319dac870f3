import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SiteModel } from '../../../src/core/siteModel';
import type { PostSummary } from '../../../src/core/postSummary';
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

test('clock changes; unpublished posts are not counted', () => {
  const m = model();
  m.upsert({ path: '_posts/2099-01-01-f.md', text: '---\ntags: later\n---\n', mtimeMs: 0 });
  m.upsert({ path: '_posts/2024-01-01-u.md', text: '---\npublished: false\ntags: hidden\n---\n', mtimeMs: 0 });
  m.upsert({ path: 'about.md', text: '---\ntitle: About\n---\n', mtimeMs: 0 });
  assert.equal(m.size, 2);
  assert.deepEqual(m.snapshot().tags, []);
  assert.deepEqual(m.setNow(Date.parse('2098-12-31T00:00:00Z')).changed, []);
  const t = m.setNow(Date.parse('2099-01-02T00:00:00Z'));
  assert.deepEqual(t.changed, ['_posts/2099-01-01-f.md']);
  assert.deepEqual(t.tags, [{ name: 'later', before: 0, after: 1 }]);
  assert.deepEqual(m.snapshot().tags, [{ name: 'later', count: 1 }]);
  assert.equal(m.get('_posts/2099-01-01-f.md')?.status, 'published');
});

test('the clock moves posts restored from summaries (a persisted index) without reading them', () => {
  const first = model();
  first.upsert({ path: '_posts/2099-01-01-f.md', text: '---\ntags: later\n---\n', mtimeMs: 0 });
  first.upsert({ path: '_posts/2099-01-01-g.md', text: '---\ntags: later\npermalink: /:nope/\n---\n', mtimeMs: 0 });
  const restored = model();
  restored.restoreSummaries(JSON.parse(JSON.stringify([...first.summaries()])) as { mtimeMs: number; info: PostSummary }[]);
  const t = restored.setNow(Date.parse('2099-01-02T00:00:00Z'));
  assert.deepEqual([...t.changed].sort(), ['_posts/2099-01-01-f.md', '_posts/2099-01-01-g.md']);
  // g has a permalink Jekyll cannot fill: it is no longer future, yet still not published.
  assert.deepEqual(restored.snapshot().tags, [{ name: 'later', count: 1 }]);
  const fresh = new SiteModel({ config: parseConfig('').config, zone, nowMs: Date.parse('2099-01-02T00:00:00Z') });
  fresh.upsert({ path: '_posts/2099-01-01-f.md', text: '---\ntags: later\n---\n', mtimeMs: 0 });
  fresh.upsert({ path: '_posts/2099-01-01-g.md', text: '---\ntags: later\npermalink: /:nope/\n---\n', mtimeMs: 0 });
  for (const p of ['_posts/2099-01-01-f.md', '_posts/2099-01-01-g.md']) {
    assert.deepEqual([restored.get(p)?.status, restored.get(p)?.willPublish], [fresh.get(p)?.status, fresh.get(p)?.willPublish]);
  }
});

test('the clock gives every post what a fresh read would, drafts and unpublished posts too, under every config', () => {
  const files = [
    { path: '_posts/2099-01-01-post.md', text: '---\ntags: a\n---\n' },
    { path: '_posts/2099-01-01-hidden.md', text: '---\npublished: false\ntags: b\n---\n' },
    { path: '_drafts/dated.md', text: '---\ndate: 2099-01-01 10:00:00 +0900\ntags: c\n---\n' },
    { path: '_drafts/dated-hidden.md', text: '---\ndate: 2099-01-01 10:00:00 +0900\npublished: false\ntags: d\n---\n' },
    { path: '_posts/2024-01-01-past.md', text: '---\ntags: e\n---\n' },
  ];
  const before = Date.parse('2098-12-31T00:00:00Z');
  const after = Date.parse('2099-01-02T00:00:00Z');
  for (const showDrafts of [false, true]) {
    for (const unpublished of [false, true]) {
      for (const future of [false, true]) {
        const { config } = parseConfig(`show_drafts: ${showDrafts}\nunpublished: ${unpublished}\nfuture: ${future}\n`);
        const at = (nowMs: number): SiteModel => {
          const m = new SiteModel({ config, zone, nowMs });
          for (const f of files) m.upsert({ ...f, mtimeMs: 0 });
          return m;
        };
        const moved = at(before);
        const restored = new SiteModel({ config, zone, nowMs: before });
        restored.restoreSummaries(JSON.parse(JSON.stringify([...moved.summaries()])) as { mtimeMs: number; info: PostSummary }[]);
        moved.setNow(after);
        restored.setNow(after);
        const fresh = at(after);
        const facts = (m: SiteModel): unknown => [m.snapshot().posts.map((p) => [p.path, p.status, p.willPublish]), m.snapshot().tags];
        const label = JSON.stringify({ showDrafts, unpublished, future });
        assert.deepEqual(facts(moved), facts(fresh), label);
        assert.deepEqual(facts(restored), facts(fresh), label);
      }
    }
  }
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

test('the model keeps no post text alive: titles, tags and excerpts are copies, not slices of the file', async () => {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const m = model();
  const posts = 200;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < posts; i++) {
    // Unique Korean text (two bytes a character in memory): a long front-matter value the model does not keep,
    // long titles, tags and description that it does, and a long body.
    const notes = `  메모 ${i} `.repeat(8 * 1024);
    const body = `첫 문단 ${i}: 한국어로 쓴 꽤 긴 첫 문단입니다.\n\n${`본문 ${i} `.repeat(32 * 1024)}`;
    const text = `---\ntitle: 아주 긴 제목이 있는 글 번호 ${i}\ntags: [긴-태그-이름-${i}-첫째, 긴-태그-이름-${i}-둘째]\ndescription: 설명 ${i}, 열세 글자보다 긴 설명\nnotes: |\n${notes}\n---\n${body}`;
    m.upsert({ path: `_posts/2024-01-01-p${i}.md`, text, mtimeMs: 0 });
  }
  gc();
  const perPost = (process.memoryUsage().heapUsed - before) / posts;
  // A kept front matter would cost 128 KB and a kept file 512 KB; a summary costs about a kilobyte.
  assert.ok(perPost < 16 * 1024, `${Math.round(perPost)} bytes per post`);
  assert.equal(m.get('_posts/2024-01-01-p7.md')?.title, '아주 긴 제목이 있는 글 번호 7');
});

test('a snapshot is made once per change and reflects every change', () => {
  const m = model();
  m.upsert({ path: '_posts/2024-01-01-a.md', text: '---\ntags: [x]\n---\n', mtimeMs: 0 });
  const first = m.snapshot();
  assert.equal(m.snapshot(), first, 'asked twice, made once');
  m.upsert({ path: '_posts/2024-01-02-b.md', text: '---\ntags: [x, y]\n---\n', mtimeMs: 0 });
  const second = m.snapshot();
  assert.notEqual(second, first);
  assert.deepEqual(second.tags, [{ name: 'x', count: 2 }, { name: 'y', count: 1 }]);
  m.remove('_posts/2024-01-01-a.md');
  assert.deepEqual(m.snapshot().posts.map((p) => p.path), ['_posts/2024-01-02-b.md']);
  m.fill([{ mtimeMs: 0, info: first.posts[0]! }]);
  assert.equal(m.snapshot().posts.length, 2);
  m.upsert({ path: '_posts/2099-01-01-f.md', text: '---\ntags: [later]\n---\n', mtimeMs: 0 });
  const beforeClock = m.snapshot();
  m.setNow(Date.parse('2099-02-01T00:00:00Z'));
  assert.notEqual(m.snapshot(), beforeClock);
  assert.ok(m.snapshot().tags.some((t) => t.name === 'later'));
});
