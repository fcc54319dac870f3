import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileIndexStore } from '../../../src/platform/indexCache';
import { nodeFileSystem, wholeFolderFileSystem } from '../../../src/platform/nodeFileSystem';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyFileChanges } from '../../../src/platform/applyFileChanges';
import { indexSite } from '../../../src/platform/siteIndexer';
import { IndexWorkerPool, type WorkerBatch } from '../../../src/platform/indexWorkers';
import { generatorOfFolder } from '../../harness/siteKinds';
import { config, post, tempSite, writeFile } from './tempSite';

const now = Date.parse('2026-01-01T00:00:00Z');

/**
 * Indexes, then waits for the restored posts to be checked against the disk and the persisted index to be written,
 * as the next start would find it. `fresh` counts the posts the index had right (restored and not stale).
 */
async function indexSaved(root: string, options: Parameters<typeof indexSite>[1]): Promise<Awaited<ReturnType<typeof indexSite>> & { fresh: number }> {
  const site = await indexSite(root, options);
  const { stale } = await site.checked;
  await site.saved;
  return { ...site, fresh: site.fromCache - stale };
}

describe('indexing a site from disk', () => {
  it('survives hostile and broken files, reporting each, and reads every other post', async () => {
    const marker = path.join(os.tmpdir(), `postcraft-pwned-${process.pid}`);
    const root = tempSite({
      '_config.yml': config,
      '_posts/2024-01-01-ok.md': post('정상', ['dev'], ['a']),
      '_posts/2024-01-02-js.md': `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'x')\n---\nbody`,
      '_posts/2024-01-03-js2.md': `--- javascript\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'x')\n---\n`,
      '_posts/2024-01-04-binary.md': Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81, 0x00]),
      '_posts/2024-01-05-bom.md': `\uFEFF${post('BOM', ['dev'], ['b'])}`,
      '_posts/2024-01-06-crlf.md': post('CRLF', ['dev'], ['c']).replace(/\n/g, '\r\n'),
      [`_posts/2024-01-07-${'한글'.normalize('NFD')}.md`]: post('NFD 이름', ['dev'], ['d']),
      '_posts/2024-01-08-empty.md': '',
      '_posts/2024-01-09-unclosed.md': '---\ntitle: never closed\n',
      '_posts/2024-01-10-big.md': `---\ntitle: big\n---\n${'가나다 word '.repeat(1_200_000)}`,
      '_posts/2024-01-11-tags.md': `---\ntags: [${Array.from({ length: 100_000 }, (_, i) => `t${i}`).join(', ')}]\n---\n`,
      '_posts/2024-01-12-bomb.md': `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n`,
      '_posts/2024-01-13-fn.md': '---\ntitle: !!js/function "function () { return 1 }"\n---\n',
    });
    fs.symlinkSync(path.join(root, '_posts'), path.join(root, '_posts', 'loop'));
    fs.symlinkSync(path.join(root, 'missing-target.md'), path.join(root, '_posts', '2024-01-14-dangling.md'));

    const site = await indexSite(root, { fs: nodeFileSystem, nowMs: now, yieldControl: () => new Promise((r) => setImmediate(r)) });
    const snapshot = site.model.snapshot();
    assert.equal(fs.existsSync(marker), false, 'front matter in JavaScript was never run');
    const status = new Map(snapshot.posts.map((p) => [p.path.normalize('NFC'), p.status]));
    assert.equal(status.get('_posts/2024-01-01-ok.md'), 'published');
    // Each refused for its own reason at its line (a crash inside a reader would be `invalid` too).
    const reasons: Record<string, [string, number]> = {
      js: ['frontMatter.language', 0],
      js2: ['frontMatter.language', 0],
      binary: ['post.encoding', 0],
      unclosed: ['frontMatter.unclosed', 0],
      bomb: ['frontMatter.yaml', 1],
      fn: ['frontMatter.yaml', 1],
      tags: ['frontMatter.tooLarge', 0],
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const found = [...status].find(([p]) => p.includes(`-${name}.md`));
      assert.equal(found?.[1], 'invalid', `${name} is invalid`);
      const errors = snapshot.problems.filter((p) => p.path.normalize('NFC') === found?.[0] && p.severity === 'error');
      assert.deepEqual(errors.map((p) => [p.code, p.line]), [reason], name);
    }
    for (const name of ['bom', 'crlf', '한글', 'empty', 'big']) {
      const found = [...status].find(([p]) => p.includes(`-${name}.md`));
      assert.equal(found?.[1], 'published', `${name} is a post`);
    }
    assert.ok(snapshot.problems.some((p) => p.path.endsWith('-unclosed.md') && p.line === 0));
    assert.ok(snapshot.problems.some((p) => p.path.endsWith('-tags.md') && p.code === 'frontMatter.tooLarge'), '100,000 tags exceed the front-matter limit');
    assert.ok(snapshot.problems.some((p) => p.path.endsWith('-js.md') && /never evaluated/.test(p.message)));
    assert.deepEqual(site.skipped.map((s) => s.reason).sort(), ['symbolic link', 'symbolic link']);
    assert.equal(snapshot.categories.find((c) => c.name === 'dev')?.count, 4);
    const nfd = snapshot.posts.find((p) => p.title === 'NFD 이름');
    assert.equal(nfd?.url, `/dev/${encodeURIComponent('한글')}/`, 'the URL of an NFD file name is NFC, as typed');
  });

  it('ends a burst of 1,000 changes equal to a fresh build', async () => {
    const files: Record<string, string> = { '_config.yml': config };
    for (let i = 0; i < 600; i++) {
      files[`_posts/2024-02-${String((i % 28) + 1).padStart(2, '0')}-p${i}.md`] = post(`글 ${i}`, [`c${i % 7}`], [`t${i % 13}`]);
    }
    const root = tempSite(files);
    const site = await indexSite(root, { fs: nodeFileSystem, nowMs: now });
    const changed: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const n = i % 600;
      const rel = `_posts/2024-02-${String((n % 28) + 1).padStart(2, '0')}-p${n}.md`;
      const file = path.join(root, ...rel.split('/'));
      if (i % 4 === 0 && fs.existsSync(file)) {
        fs.rmSync(file);
      } else if (i % 4 === 1) {
        writeFile(root, `_posts/2024-03-01-new${i}.md`, post(`새 글 ${i}`, ['new'], [`t${i % 5}`]));
        changed.push(path.join(root, '_posts', `2024-03-01-new${i}.md`));
      } else {
        writeFile(root, rel, post(`고친 글 ${i}`, [`c${i % 3}`], [`x${i % 11}`]));
      }
      changed.push(file);
    }
    fs.rmSync(path.join(root, '_posts', 'sub'), { recursive: true, force: true });
    await applyFileChanges(nodeFileSystem, site, changed);
    const fresh = await indexSite(root, { fs: nodeFileSystem, nowMs: now });
    const view = (s: typeof site): unknown => {
      const snap = s.model.snapshot();
      return { posts: snap.posts.map((p) => [p.path, p.title, p.url, p.categories, p.tags, p.status]), categories: snap.categories, tags: snap.tags };
    };
    assert.deepEqual(view(site), view(fresh));
  });

  it("lists and reads the same with the command line's port (a folder in one call) as with the editor's (in batches)", async () => {
    const repo = path.join(__dirname, '..', '..', '..', '..');
    const corpus = path.join(repo, '..', 'shared', 'corpus');
    const many: Record<string, string> = { '_config.yml': config };
    // More entries than one batch of the editor's port, in nested and special folders.
    for (let i = 0; i < 700; i++) many[`${i % 2 === 0 ? 'a/b/' : ''}_posts/2024-02-${String((i % 28) + 1).padStart(2, '0')}-p${i}.md`] = post(`글 ${i}`, [`c${i % 4}`], ['공통']);
    const manyRoot = tempSite(many);
    fs.symlinkSync(path.join(manyRoot, '_posts'), path.join(manyRoot, 'a', 'b', '_posts', 'loop'));
    const sites = [manyRoot, path.join(repo, 'samples', 'jekyll-blog'), path.join(repo, 'samples', 'hugo-blog')];
    if (fs.existsSync(corpus)) sites.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) !== undefined));
    let compared = 0;
    for (const site of sites) {
      const view = async (port: typeof nodeFileSystem): Promise<unknown> => {
        const indexed = await indexSite(site, { fs: port, nowMs: now }).catch((error: unknown) => String(error));
        if (typeof indexed === 'string') return indexed;
        const snap = indexed.model.snapshot();
        // One call gives a folder's entries sorted; the batches come in the file system's order.
        const sorted = <T extends { path?: string; relativePath?: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => ((a.path ?? a.relativePath ?? '') < (b.path ?? b.relativePath ?? '') ? -1 : 1));
        return { files: sorted(indexed.files), skipped: sorted(indexed.skipped), unreadable: sorted(indexed.unreadable), posts: snap.posts.map((p) => JSON.stringify(p)), problems: snap.problems };
      };
      const batched = await view(nodeFileSystem);
      assert.deepEqual(await view(wholeFolderFileSystem), batched, path.basename(site));
      if (typeof batched !== 'string') compared++;
    }
    assert.ok(compared >= 3, `${compared} sites compared`);
  });

  it('dates a post by its file time alike whether the index is persisted (stat on reading) or not (stat when asked)', async () => {
    const root = tempSite({
      '_config.yml': config,
      '_drafts/undated-draft.md': '---\ntitle: 초안\n---\n본문\n',
      '_posts/2024-04-01-dated.md': post('글', ['c'], ['t']),
      // Longer than the 4 KB a head is read in: without a stat its size would be unknown.
      '_posts/2024-04-02-long.md': `${post('긴 글', ['c'], ['t'])}${'본문입니다. '.repeat(1000)}`,
    });
    const fileTime = new Date(Date.UTC(2025, 5, 6, 7, 8, 9));
    fs.utimesSync(path.join(root, '_drafts', 'undated-draft.md'), fileTime, fileTime);
    const saved: { mtimes: unknown[]; sizes: ReadonlyMap<string, number> }[] = [];
    const kept = {
      load: () => Promise.resolve(undefined),
      save: (_identity: string, entries: Iterable<{ mtimeMs: number }>, sizes: ReadonlyMap<string, number>) => {
        saved.push({ mtimes: [...entries].map((e) => e.mtimeMs), sizes });
        return Promise.resolve();
      },
    };
    const persisted = await indexSite(root, { fs: nodeFileSystem, nowMs: now, cache: kept });
    await persisted.saved;
    // The persisted index gets every file's real size and time, as numbers.
    assert.equal(saved.length, 1);
    assert.ok(saved[0]?.mtimes.every((m) => typeof m === 'number'));
    for (const rel of ['_drafts/undated-draft.md', '_posts/2024-04-01-dated.md', '_posts/2024-04-02-long.md']) {
      assert.equal(saved[0]?.sizes.get(rel), fs.statSync(path.join(root, ...rel.split('/'))).size, rel);
    }
    const notPersisted = await indexSite(root, { fs: nodeFileSystem, nowMs: now });
    const posts = (s: typeof persisted): string[] => s.model.snapshot().posts.map((p) => JSON.stringify(p));
    assert.deepEqual(posts(notPersisted), posts(persisted));
    assert.equal(notPersisted.model.get('_drafts/undated-draft.md')?.date?.epochMs, fileTime.getTime());
    assert.deepEqual([...notPersisted.model.summaries()].map((e) => e.mtimeMs), [...persisted.model.summaries()].map((e) => e.mtimeMs));
  });

  it('reads in worker threads exactly what it reads on its own thread', async () => {
    const files: Record<string, string> = { '_config.yml': config };
    for (let i = 0; i < 900; i++) {
      files[`${i % 3 === 0 ? 'dev/' : ''}_posts/2024-04-${String((i % 28) + 1).padStart(2, '0')}-w${i}.md`] = post(`글 ${i}`, [`c${i % 5}`], [`t${i % 9}`, '공통']);
    }
    files['_posts/2024-05-01-broken.md'] = '---\ntitle: [unclosed\n---\n';
    const root = tempSite(files);
    const workers = new IndexWorkerPool(path.join(__dirname, '..', '..', '..', 'src', 'platform', 'indexWorker.js'));
    const inWorkers = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers });
    const here = await indexSite(root, { fs: nodeFileSystem, nowMs: now });
    assert.equal(inWorkers.inWorkers, 901);
    assert.equal(here.inWorkers, 0);
    const view = (s: typeof here): unknown => {
      const snap = s.model.snapshot();
      return { posts: snap.posts.map((p) => JSON.stringify(p)), categories: snap.categories, tags: snap.tags, problems: snap.problems };
    };
    assert.deepEqual(view(inWorkers), view(here));
    // Every batch taken after a turn of its own (slices of 0 ms): the same model.
    const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
    const sliced = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers, yieldControl: turn, sliceMs: 0 });
    assert.equal(sliced.inWorkers, 901);
    assert.deepEqual(view(sliced), view(here));
    // A worker that fails after its first batches: those still waiting are dropped, and everything is read here.
    const some = [...here.model.summaries()].slice(0, 20).map((e) => ({ mtimeMs: e.mtimeMs, size: 1, info: { ...e.info, title: 'from a dying worker' } }));
    const dying = {
      warm: true,
      run: (_input: unknown, _files: unknown, onBatch: (batch: WorkerBatch) => void): Promise<void> => {
        for (let i = 0; i < 4; i++) onBatch({ type: 'batch', job: 1, entries: some.slice(i * 5, i * 5 + 5), unreadable: [] });
        return Promise.reject(new Error('the worker died'));
      },
    } as unknown as IndexWorkerPool;
    const fellBack = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers: dying, yieldControl: turn, sliceMs: 0 });
    assert.equal(fellBack.inWorkers, 0);
    assert.deepEqual(view(fellBack), view(here));
    // The same warm workers again, after a file changed: the second job reads what is on disk now.
    writeFile(root, 'dev/_posts/2024-04-01-w0.md', post('바뀐 글', ['c0'], ['t0']));
    const again = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers });
    assert.equal(again.model.get('dev/_posts/2024-04-01-w0.md')?.title, '바뀐 글');
    assert.equal(again.inWorkers, 901);

    // Reopening: the posts come from the persisted index at once, then are checked against the disk.
    const cacheFile = path.join(root, '.cache', 'index.json');
    await indexSaved(root, { fs: nodeFileSystem, nowMs: now, workers, cache: fileIndexStore(cacheFile, root) });
    writeFile(root, '_posts/2024-04-02-w1.md', post('다시 바뀐 글', ['c1'], ['t1']));
    fs.utimesSync(path.join(root, '_posts', '2024-04-02-w1.md'), new Date(), new Date(Date.now() + 5000));
    fs.rmSync(path.join(root, '_posts', '2024-04-03-w2.md'));
    const reopened = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers, cache: fileIndexStore(cacheFile, root), yieldControl: () => new Promise((r) => setImmediate(r)) });
    assert.deepEqual([reopened.fromCache, reopened.model.size], [900, 900], 'a deleted file is not listed, so not restored');
    assert.equal(reopened.model.get('_posts/2024-04-02-w1.md')?.title, '글 1', 'as the index had it, until checked');
    const { change, stale } = await reopened.checked;
    assert.equal(stale, 1);
    assert.deepEqual([change.added, change.changed, change.removed], [[], ['_posts/2024-04-02-w1.md'], []]);
    assert.equal(reopened.model.get('_posts/2024-04-02-w1.md')?.title, '다시 바뀐 글');
    assert.equal(reopened.model.get('_posts/2024-04-03-w2.md'), undefined);
    await reopened.saved;
    await workers.dispose();
    const afterCheck = await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) });
    assert.deepEqual([afterCheck.fromCache, afterCheck.fresh], [900, 900], 'the index was written again after the check');
  });

  it('gives each post of a multilingual Hugo site its language, in worker threads as on its own thread', async () => {
    const files: Record<string, string> = {
      'hugo.toml': 'defaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\ncontentDir = "content-ko"\n',
    };
    for (let i = 0; i < 450; i++) {
      const where = i % 3 === 0 ? `content/posts/p${i}.md` : i % 3 === 1 ? `content/posts/p${i}.ko.md` : `content-ko/posts/p${i}.md`;
      files[where] = `---\ntitle: "글 ${i}"\ndate: 2024-01-01\ntags: [t${i % 4}]\n---\n`;
    }
    const root = tempSite(files);
    const workers = new IndexWorkerPool(path.join(__dirname, '..', '..', '..', 'src', 'platform', 'indexWorker.js'));
    const inWorkers = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers, generator: 'hugo' });
    await workers.dispose();
    const here = await indexSite(root, { fs: nodeFileSystem, nowMs: now, generator: 'hugo' });
    assert.deepEqual([inWorkers.inWorkers, here.inWorkers], [450, 0]);
    const langs = (s: typeof here): Record<string, string | undefined> => Object.fromEntries(s.model.snapshot().posts.map((p) => [p.path, p.lang]));
    assert.deepEqual(langs(inWorkers), langs(here));
    const counts = Object.values(langs(here)).reduce<Record<string, number>>((n, l) => ({ ...n, [String(l)]: (n[String(l)] ?? 0) + 1 }), {});
    assert.deepEqual(counts, { en: 150, ko: 300 });
    assert.deepEqual(here.model.snapshot().languages.map((l) => l.code), ['en', 'ko']);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads on its own thread when the workers cannot start; a disposed pool takes no job', async () => {
    const files: Record<string, string> = { '_config.yml': config };
    for (let i = 0; i < 450; i++) {
      files[`_posts/2024-06-${String((i % 28) + 1).padStart(2, '0')}-f${i}.md`] = post(`글 ${i}`, ['c'], [`t${i % 3}`]);
    }
    const root = tempSite(files);
    const broken = new IndexWorkerPool(path.join(root, 'no-such-worker.js'));
    const fallback = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers: broken });
    assert.deepEqual([fallback.inWorkers, fallback.model.size], [0, 450]);
    await broken.dispose();

    const pool = new IndexWorkerPool(path.join(__dirname, '..', '..', '..', 'src', 'platform', 'indexWorker.js'));
    const built = await indexSite(root, { fs: nodeFileSystem, nowMs: now, workers: pool });
    await pool.dispose();
    assert.deepEqual([built.inWorkers, built.model.size], [450, 450]);
    await assert.rejects(pool.run({ generator: 'jekyll', configFiles: [], zoneName: 'UTC', nowMs: now, shapers: [] }, [], () => undefined), /disposed/);
  });

  it('reopens from the persisted index, re-reads what changed, and throws away a corrupt or foreign cache', async () => {
    const root = tempSite({ '_config.yml': config, '_posts/2024-01-01-a.md': post('A', ['x'], ['y']), '_posts/2024-01-02-b.md': post('B', ['x'], ['z']) });
    const cacheFile = path.join(root, '.cache', 'index.json');
    const first = await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) });
    assert.equal(first.fromCache, 0);
    assert.ok(fs.existsSync(cacheFile));
    const reopened = await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) });
    assert.equal(reopened.fromCache, 2);
    // Field by field; a key holding undefined and a key left out (JSON drops it) mean the same.
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    assert.deepEqual(plain(reopened.model.snapshot().posts), plain(first.model.snapshot().posts));

    writeFile(root, '_posts/2024-01-02-b.md', post('B edited', ['x'], ['z']));
    fs.utimesSync(path.join(root, '_posts', '2024-01-02-b.md'), new Date(), new Date(Date.now() + 5000));
    const afterEdit = await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) });
    assert.deepEqual([afterEdit.fromCache, afterEdit.fresh], [2, 1]);
    assert.equal(afterEdit.model.get('_posts/2024-01-02-b.md')?.title, 'B edited');

    // A valid index with one field broken: the row is not trusted, so nothing of the index is.
    const [headerLine = '', ...rowLines] = fs.readFileSync(cacheFile, 'utf8').split('\n');
    const header = JSON.parse(headerLine) as Record<string, unknown>;
    const rows = rowLines.flatMap((line) => JSON.parse(line) as unknown[][]);
    const indexText = (h: Record<string, unknown>, r: unknown[][]): string => `${JSON.stringify({ ...h, lines: 1 })}\n${JSON.stringify(r)}`;
    fs.writeFileSync(cacheFile, indexText(header, rows));
    assert.equal((await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) })).fromCache, 2, 'the unbroken index is used');
    const broken = (field: number, value: unknown): string => indexText(header, rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === field ? value : v)) : r)));
    const rowMutations = [broken(3, 'hacked'), broken(8, 42), broken(11, [999]), broken(11, ['x']), broken(16, [{ severity: 'fatal' }]), broken(5, 'soon'), broken(0, null)];
    const documentMutations = [
      indexText({ ...header, names: [1, 2] }, rows),
      indexText(header, [[...(rows[0] ?? []), 'extra']]),
      `${JSON.stringify({ ...header, lines: 2 })}\n${JSON.stringify(rows)}`,
      `${JSON.stringify({ ...header, lines: 1 })}\n${JSON.stringify(rows).slice(0, -5)}`,
      '{not json',
      JSON.stringify({ format: 'other', version: 6, names: [], lines: 0 }),
      JSON.stringify({ format: 'postcraft-site-index', version: 6, siteRoot: root, configKey: 'x', names: [], lines: 0 }),
    ];
    for (const corrupt of [...rowMutations, ...documentMutations]) {
      fs.writeFileSync(cacheFile, corrupt);
      const rebuilt = await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) });
      assert.equal(rebuilt.fromCache, 0);
      assert.equal(rebuilt.model.size, 2);
    }
    writeFile(root, '_config.yml', `${config}permalink: /:title/\n`);
    const newConfig = await indexSaved(root, { fs: nodeFileSystem, nowMs: now, cache: fileIndexStore(cacheFile, root) });
    assert.equal(newConfig.fromCache, 0, 'a config change invalidates every summary');
    assert.equal(newConfig.model.get('_posts/2024-01-01-a.md')?.url, '/a/');
  });
});
