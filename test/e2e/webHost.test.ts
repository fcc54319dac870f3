// The extension as github.dev and vscode.dev run it: e2eMain starts this file's workbench with Postcraft set to run
// in the browser's extension host (a web worker, its `browser` entry), where only workspace.fs reaches the folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Worker } from 'playwright-core';
import { waitFor } from '../harness/processes';
import { goToLineEnd, openNewPost, openPostcraftContainer, openWorkbench, previewFrame, runCommand, treeRow as row, viewPane, type Workbench } from './workbench';

/** What a worker of the page fetched and whether Node's `process` exists there. */
interface WorkerFacts {
  readonly resources: readonly string[];
  readonly hasProcess: boolean;
}

/** A worker busy with other work (or paused) may not answer: it is asked again on the next round. */
async function factsOf(worker: Worker): Promise<WorkerFacts | undefined> {
  const asked = worker
    .evaluate(() => ({
      // Files of the remote come through vscode-remote-resource?path=<encoded path>.
      resources: performance.getEntriesByType('resource').map((e) => decodeURIComponent(e.name)),
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
    }))
    .catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), 5_000);
  });
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}

describe('Postcraft in the browser\'s extension host (github.dev, vscode.dev)', () => {
  let bench: Workbench;
  const written: string[] = [];
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    for (const f of written) fs.rmSync(f, { force: true });
    await bench?.close();
  });

  it('shows the trees with Jekyll\'s counts', async () => {
    await openPostcraftContainer(bench);
    const categories = await viewPane(bench, /Categories|카테고리/);
    await row(categories, 'Jekyll').waitFor({ timeout: 60_000 });
    assert.equal(await row(categories, 'Jekyll').locator('.label-description').innerText(), '3');
    assert.equal(await row(categories, '블로그').locator('.label-description').innerText(), '2');
    const tags = await viewPane(bench, /Tags|태그/);
    await row(tags, 'jekyll').waitFor();
    assert.equal(await row(tags, 'jekyll').locator('.label-description').innerText(), '3');
    await bench.screenshot('web-explorer');
  });

  it('runs its web bundle in a web worker of the page, where Node\'s process does not exist', async () => {
    // Postcraft is active by now (its trees showed).
    // The worker extension host fetches each extension's `browser` entry; the Node host would load dist/extension.js.
    const host = await waitFor('a worker of the page that loaded dist/web/extension.js', async () => {
      for (const worker of bench.page.workers()) {
        const facts = await factsOf(worker);
        if (facts?.resources.some((r) => /postcraft\.postcraft[^/]*\/dist\/web\/extension\.js/.test(r))) return facts;
      }
      return undefined;
    }, 60_000).catch(async (error: unknown) => {
      const seen = await Promise.all(bench.page.workers().map(async (w) => `${w.url()}: ${JSON.stringify((await factsOf(w))?.resources.slice(0, 8))}`));
      throw new Error(`${String(error)}; workers: ${seen.join(' | ')}; frames: ${bench.page.frames().map((f) => f.url()).join(', ')}`);
    });
    assert.equal(host.hasProcess, false);
    assert.ok(!host.resources.some((r) => /postcraft\.postcraft[^/]*\/dist\/extension\.js/.test(r)), 'the desktop bundle is not loaded there');
  });

  it('previews a Korean post with an image, the image loaded from the workspace', async () => {
    written.push(await openNewPost(bench, '2024-02-12-웹-그림.md', '---\ntitle: 웹에서 보는 그림\n---\n공책과 펜입니다.\n\n![공책과 펜](/assets/images/sample.svg)\n'));
    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    const frame = previewFrame(bench.page);
    await frame.locator('h1.pc-card-title', { hasText: '웹에서 보는 그림' }).waitFor({ timeout: 60_000 });
    const image = frame.locator('img[alt="공책과 펜"]');
    await image.waitFor({ timeout: 30_000 });
    // Loaded, not a broken image: the browser knows its size once the bytes came through the webview's resources.
    await waitFor('the image loaded', async () => ((await image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))) > 0 ? true : undefined), 30_000);
    await bench.screenshot('web-preview-image');
    await runCommand(bench, 'View: Close All Editors');
  });

  it('completes a tag of the site inside tags:', async () => {
    written.push(await openNewPost(bench, '2024-02-13-웹-태그.md', '---\ntitle: 태그\ntags: \n---\n본문\n'));
    await goToLineEnd(bench, 3);
    await bench.page.keyboard.type('[jek');
    const jekyll = bench.page.locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: 'jekyll' }).first();
    // The first request can come before the site is read: ask again (Ctrl+Space) until the tags are there.
    for (let attempt = 0; !(await jekyll.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)); attempt++) {
      if (attempt > 10) throw new Error('the suggestions do not offer the tag "jekyll"');
      await bench.page.keyboard.press('Control+Space');
    }
    assert.match(await jekyll.innerText(), /jekyll[\s\S]*3/);
    await bench.screenshot('web-tag-completion');
    await bench.page.keyboard.press('Escape');
  });
});
