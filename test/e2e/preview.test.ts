import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openFile, openWorkbench, previewFrame, runCommand, type Workbench } from './workbench';

describe('the live preview in the workbench', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
  });

  it('opens from the palette beside a post, renders it, and follows typing', async () => {
    const { page } = bench;
    await openFile(page, '2024-03-05');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 20_000 });

    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    const frame = previewFrame(page);
    await frame.locator('h1.pc-card-title', { hasText: '지킬 블로그 시작하기' }).waitFor({ timeout: 60_000 });
    await frame.locator('h2#설치').waitFor();
    assert.equal(await frame.locator('.pc-chip-category').count(), 2);
    await bench.screenshot('preview-opened');

    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n## Typed in the editor\n\nA new paragraph with **bold** text.\n');
    await frame.locator('h2#typed-in-the-editor').waitFor({ timeout: 30_000 });
    await frame.locator('p strong', { hasText: 'bold' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('h1.pc-card-title').count(), 1, 'the page was updated in place, not duplicated');
    await bench.screenshot('preview-after-typing');
  });
});
