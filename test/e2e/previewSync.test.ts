import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { waitFor } from '../harness/processes';
import { editorRows, editorTopLine, openFile, openWorkbench, previewFrame, runCommand, switchColorTheme, type Workbench } from './workbench';

// The longest post of the sample blog: about a hundred lines with code, a table, lists and a footnote.
const LONG_POST = '2024-05-22-지킬-빌드-빠르게-하기';
const TITLE = '지킬 빌드 빠르게 하기';
// VS Code reveals a line "at top" below as many rows as sticky scroll may take (editor.stickyScroll.maxLineCount,
// 5 by default), for its own Markdown preview as for any extension: the line the preview asks for lands there.
const REVEAL_PADDING_ROWS = 5;

/** What the last probe of `until` saw, for its error message. */
let seen = '';

/** Polls `probe` until it returns something other than undefined; a failure says what the probe saw last. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  seen = '';
  const quiet = (): Promise<T | undefined> =>
    probe().catch((error: unknown) => {
      seen = error instanceof Error ? error.message : 'an error';
      return undefined;
    });
  return waitFor(what, quiet, timeoutMs).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; last seen: ${seen}`);
  });
}

/** Where the preview stands: its scroll offset and the blocks (by source line) around the top of its window. */
interface PreviewTop {
  readonly scrollY: number;
  /** Lines of the last block that starts at or above the top of the window, and of the first block below it. */
  readonly before: number;
  readonly after: number;
  /** Top (px, from the window's top) of the last block whose line is ≤ `line`, and of the first after it. */
  readonly blockTop?: number;
  readonly nextTop?: number;
}

function previewTop(frame: FrameLocator, line = -1): Promise<PreviewTop> {
  return frame.locator('#pc-root').evaluate((root, line) => {
    const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-line]'))
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ line: Number(e.dataset['line']), top: e.getBoundingClientRect().top }));
    const above = blocks.filter((b) => b.top <= 1);
    const below = blocks.filter((b) => b.top > 1);
    const forLine = blocks.filter((b) => b.line <= line).pop();
    const afterLine = blocks.find((b) => b.line > line);
    return {
      scrollY: window.scrollY,
      before: above[above.length - 1]?.line ?? 0,
      after: below[0]?.line ?? Number.MAX_SAFE_INTEGER,
      ...(forLine === undefined ? {} : { blockTop: forLine.top }),
      ...(afterLine === undefined ? {} : { nextTop: afterLine.top }),
    };
  }, line);
}

/**
 * Goes to line 100 and waits for the editor to show it near its top. Go to Line is asked again every few seconds:
 * right after a reload the editor may still be restoring, and a first Ctrl+G can land before it takes keys.
 */
async function scrollEditorDown(page: Page): Promise<number> {
  let asked = 0;
  return until('the editor to scroll down', async () => {
    if (asked === 0 || Date.now() - asked > 4000) {
      asked = Date.now();
      await goToLine(page, 100);
    }
    const top = await editorTopLine(page);
    seen = `editor top line ${top}`;
    return top > 60 ? top : undefined;
  });
}

async function goToLine(page: Page, line: number): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('the preview of a long post, in step with the editor', () => {
  let bench: Workbench;
  let frame: FrameLocator;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
  });

  it('shows the post in a light theme', async () => {
    const { page } = bench;
    await openFile(page, LONG_POST);
    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    frame = previewFrame(page);
    await frame.locator('h1.pc-card-title', { hasText: TITLE }).waitFor({ timeout: 60_000 });
    await frame.locator('h2#정리').waitFor();
    // The editor is at its top, so the preview is at its top: the card's first row is not cut off.
    const opened = await previewTop(frame);
    assert.equal(opened.scrollY, 0, 'the preview opens at its top');
    // An earlier file may have left a dark theme in the user settings.
    await switchColorTheme(bench, 'Light Modern');
    await page.locator('.monaco-workbench.vs').waitFor({ timeout: 20_000 });
    await frame.locator('body.vscode-light').waitFor({ timeout: 20_000 });
    await bench.screenshot('preview-light');
  });

  it('follows the editor scrolled far down to the block of the top line', async () => {
    const { page } = bench;
    const line = await scrollEditorDown(page);
    const placed = await until(`the preview to show line ${line} at its top`, async () => {
      const top = await previewTop(frame, line);
      return top.blockTop !== undefined && top.blockTop <= 2 && (top.nextTop ?? Infinity) >= -2 ? top : undefined;
    });
    assert.ok(placed.scrollY > 1000, `the preview scrolled far (${placed.scrollY} px)`);
    await bench.screenshot('preview-scroll-editor');
  });

  it('moves the editor to the source line at the top of the preview when the preview is scrolled', async () => {
    const { page } = bench;
    const start = await editorTopLine(page);
    const box = await page.locator('iframe.webview').first().boundingBox();
    assert.ok(box, 'the preview is on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -1400);
    await until('the editor to follow the preview', async () => {
      const preview = await previewTop(frame);
      const rows = await editorRows(page);
      // The preview asks for the line of the block at its top (a block of several lines: one of them).
      const row = rows.findIndex((line) => line >= preview.before && line < Math.max(preview.after, preview.before + 1));
      seen = `editor rows from line ${rows[0]} (was ${start}), preview blocks ${preview.before}–${preview.after} at ${preview.scrollY} px, row ${row}`;
      return (rows[0] ?? start) < start - 5 && preview.scrollY > 0 && row >= 0 && row <= REVEAL_PADDING_ROWS ? true : undefined;
    });
    await bench.screenshot('preview-scroll-preview');
  });

  it('puts the editor on the line double-clicked in the preview', async () => {
    const { page } = bench;
    const heading = frame.locator('h2#플러그인-점검');
    await heading.scrollIntoViewIfNeeded();
    const line = Number(await heading.getAttribute('data-line'));
    assert.ok(line > 40, `the heading comes from line ${line}`);
    await heading.dblclick({ position: { x: 8, y: 4 } });
    const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
    await until(`the cursor on line ${line + 1}`, async () => ((await selection.innerText()).includes(`Ln ${line + 1},`) ? true : undefined));
    const text = await page.locator('.editor-instance .monaco-editor .view-line', { hasText: /플러그인\s점검/ }).first().innerText();
    assert.equal(text.replace(/\u00a0/g, ' '), '## 플러그인 점검');
  });

  it('scrolls to a footnote and back by kramdown\'s ids', async () => {
    const reference = frame.locator('sup[id="fnref:profile"] a');
    await reference.scrollIntoViewIfNeeded();
    assert.equal(await reference.getAttribute('href'), '#fn:profile');
    const note = frame.locator('li[id="fn:profile"]');
    assert.ok(await note.evaluate((e) => e.getBoundingClientRect().top > window.innerHeight), 'the note starts out of view');
    await reference.click();
    // The note is the last thing on the page: it comes to the top, or as near as the end of the page lets it.
    await until('the note in view at the top of the preview', async () => {
      const place = await note.evaluate((e) => {
        const top = e.getBoundingClientRect().top;
        const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        return { top, atEnd, inView: top >= -2 && e.getBoundingClientRect().bottom <= window.innerHeight };
      });
      seen = JSON.stringify(place);
      return place.inView && (Math.abs(place.top) <= 2 || place.atEnd) ? true : undefined;
    });
    await note.locator('a.reversefootnote').click();
    await until('the reference at the top of the preview', async () => {
      const top = await frame.locator('sup[id="fnref:profile"]').evaluate((e) => e.getBoundingClientRect().top);
      seen = `reference at ${top}`;
      return Math.abs(top) <= 2 ? true : undefined;
    });
  });

  // A host-suite test cannot survive a reload of its own window, so the serializer is proven here: Developer: Reload
  // Window reloads the workbench (after it has saved its state, which a bare page reload may cut short), and the
  // panel must come back with the post in it, and still in step with the editor (a revived panel, not a leftover page).
  it('comes back after the workbench reloads, showing the post and following the editor', async () => {
    const { page } = bench;
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(bench, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const tab = page.locator('.tabs-container .tab', { hasText: `Preview ${TITLE}` });
    await tab.waitFor({ timeout: 60_000 });
    frame = previewFrame(page);
    await frame.locator('h1.pc-card-title', { hasText: TITLE }).waitFor({ timeout: 60_000 });
    await frame.locator('h2#정리').waitFor();
    assert.equal(await tab.count(), 1, 'one preview came back');
    await bench.screenshot('preview-after-reload');

    const line = await scrollEditorDown(page);
    await until(`the restored preview to show line ${line} at its top`, async () => {
      const top = await previewTop(frame, line);
      seen = JSON.stringify(top);
      return top.blockTop !== undefined && top.blockTop <= 2 && (top.nextTop ?? Infinity) >= -2 ? true : undefined;
    });
  });
});
