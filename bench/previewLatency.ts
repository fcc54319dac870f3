import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser, workbenchUrl } from '../test/harness/browser';
import { startCodeServer } from '../test/harness/codeServer';
import { repoRoot, resultsDir, sampleBlog } from '../test/harness/paths';
import { ensureRuntime } from '../test/harness/runtimes';
import { latest, selectedVersions } from '../test/harness/versions';
import { openFile } from '../test/e2e/workbench';

/**
 * `npm run bench:preview`: keystroke → painted preview on a 100 KB Korean post, in a real VS Code in Chromium,
 * for Postcraft's preview and VS Code's built-in Markdown preview, one after the other in the same run.
 * Each sample inserts a new word at the end of the post and waits, in the preview's own frame, for the next
 * animation frame in which its text is on the page. Prints figures; asserts nothing.
 */
const samples = Number(process.env['BENCH_SAMPLES'] ?? 40);
/** Keystrokes typed first and not counted, for each preview alike: the first updates compile their code paths. */
const warmUp = 5;

function post100k(): string {
  const parts = ['---', 'title: "지연 시간 벤치마크"', 'categories: [벤치]', 'tags: [성능]', '---', ''];
  for (let i = 0; Buffer.byteLength(parts.join('\n')) < 100 * 1024; i++) {
    parts.push(`## ${i + 1}번째 절`, '', '지킬 블로그에 글을 쓰면서 마크다운과 Liquid를 함께 다루는 방법을 정리했습니다. '.repeat(5), '');
    parts.push('- 항목 하나', '- **굵은** 글씨와 `코드`', '');
    if (i % 4 === 0) parts.push('```js', 'console.log("안녕");', '```', '');
  }
  return `${parts.join('\n')}\n끝.\n`;
}

async function previewFrame(page: Page, index: number): Promise<Frame> {
  const handle = await page.frameLocator('iframe.webview').nth(index).locator('iframe#active-frame').elementHandle({ timeout: 60_000 });
  const frame = await handle?.contentFrame();
  if (frame === null || frame === undefined) {
    throw new Error('no preview frame');
  }
  return frame;
}

async function measure(page: Page, frame: Frame, label: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < warmUp + samples; i++) {
    const token = `측정${label.length}x${i}`;
    // Once per frame, is the text in the page? textContent, not innerText: innerText lays out the whole 100 KB
    // page on every frame, which would add the probe's own cost to both previews. Seen in the DOM at a frame,
    // the time is taken at the next frame, when it has been painted.
    const seen = frame.evaluate((t) => new Promise<number>((resolve) => {
      const check = (): void => {
        if (document.body.textContent?.includes(t) === true) requestAnimationFrame(() => resolve(Date.now()));
        else requestAnimationFrame(check);
      };
      check();
    }), token);
    const t0 = Date.now();
    await page.keyboard.insertText(` ${token}`);
    const elapsed = (await seen) - t0;
    if (i >= warmUp) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  console.log(`  ${label.padEnd(34)} median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${times.length} keystrokes after ${warmUp} not counted)`);
}

async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type(title);
  await page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: new RegExp(`^${title}$`) }).first().click({ timeout: 30_000 });
}

async function focusEditorEnd(page: Page): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
}

async function main(): Promise<void> {
  const version = process.env['POSTCRAFT_HOSTS'] ? (selectedVersions()[0] ?? latest) : latest;
  const runtime = await ensureRuntime(version, (line) => console.log(line));
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-latency-'));
  fs.cpSync(sampleBlog, site, { recursive: true });
  fs.writeFileSync(path.join(site, '_posts', '2024-06-01-latency.md'), post100k());
  const server = await startCodeServer({ runtime, version, logDir: path.join(resultsDir, 'bench') });
  const session = await launchBrowser();
  try {
    const page = await session.context.newPage();
    await page.goto(workbenchUrl(server.origin, server.authority, site, { extension: repoRoot }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    console.log(`keystroke → painted preview, 100 KB Korean post, VS Code ${version.vscode}:`);

    await openFile(page, '2024-06-01-latency');
    await command(page, 'Postcraft: Open Preview to the Side');
    const ours = await previewFrame(page, 0);
    await ours.locator('h1', { hasText: '지연 시간 벤치마크' }).first().waitFor({ timeout: 60_000 });
    await focusEditorEnd(page);
    await measure(page, ours, 'Postcraft preview');
    await command(page, 'View: Close All Editors');
    await page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'detached', timeout: 30_000 });

    await openFile(page, '2024-06-01-latency');
    await command(page, 'Markdown: Open Preview to the Side');
    const builtIn = await previewFrame(page, 0);
    await builtIn.locator('h2', { hasText: '1번째 절' }).first().waitFor({ timeout: 60_000 });
    await focusEditorEnd(page);
    await measure(page, builtIn, 'VS Code built-in Markdown preview');
  } finally {
    await session.close();
    await server.stop();
    fs.rmSync(site, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
