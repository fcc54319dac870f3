import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { openFile, openWorkbench, previewFrame, runCommand, type Workbench } from './workbench';

/** What the browser computed for an element: where its text sits and how it looks. */
async function look(element: Locator): Promise<{ textAlign: string; fontFamily: string; background: string; left: number }> {
  return element.evaluate((e) => {
    const style = getComputedStyle(e);
    const code = e.querySelector('code');
    const range = document.createRange();
    range.selectNodeContents(code ?? e);
    // The left edge of the first line of code, relative to the block: centred text starts far from it.
    const left = Math.round((range.getClientRects()[0]?.left ?? 0) - e.getBoundingClientRect().left);
    return { textAlign: style.textAlign, fontFamily: style.fontFamily, background: style.backgroundColor, left };
  });
}

describe('code in the preview', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
  });

  it('shows a {% highlight %} block left-aligned, like the fenced block beside it, and a plain-text card summary', async () => {
    const { page } = bench;
    await openFile(page, '2025-04-02-highlight');
    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    const frame = previewFrame(page);
    await frame.locator('h1.pc-card-title', { hasText: 'The highlight Tag or Fences?' }).waitFor({ timeout: 60_000 });
    const tag = frame.locator('figure.highlight pre').first();
    const fence = frame.locator('pre:not(figure pre)').first();
    await tag.waitFor();
    await fence.waitFor();
    const [fromTag, fromFence] = [await look(tag), await look(fence)];
    assert.match(fromTag.textAlign, /^(start|left)$/, JSON.stringify(fromTag));
    assert.deepEqual(fromTag, fromFence);
    await tag.scrollIntoViewIfNeeded();
    await bench.screenshot('preview-highlight-tag');

    const summary = await frame.locator('.pc-card-summary').innerText();
    assert.equal(summary, 'Older Jekyll themes and posts write code with the Liquid highlight tag, newer ones with Markdown fences.');
    const defaults = await frame.locator('.pc-card-defaults').innerText();
    assert.doesNotMatch(defaults, /type: posts/);
    assert.match(defaults, /layout: single/);
  });
});
