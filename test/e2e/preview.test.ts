import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openFile, openWorkbench, previewFrame, runCommand, type Workbench } from './workbench';

describe('the live preview in the workbench', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    if (bench !== undefined) fs.rmSync(path.join(bench.env.workspace, 'notes'), { recursive: true, force: true });
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

  it('shows a file pulled in with include_relative, and shows it again when it changes on disk', async () => {
    const { page } = bench;
    const notes = path.join(bench.env.workspace, 'notes');
    fs.mkdirSync(notes, { recursive: true });
    fs.writeFileSync(path.join(notes, 'part.md'), 'The part says **first**.\n');
    fs.writeFileSync(path.join(notes, 'relative-page.md'), '---\ntitle: Relative page\n---\n# Notes\n\n{% include_relative part.md %}\n');
    // Quick Open finds a new file once the workbench's file index has it: ask again until it does.
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'relative-page.md' }).first();
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('Control+P');
      await page.keyboard.type('relative-page.md');
      if (await row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) break;
      await page.keyboard.press('Escape');
      if (attempt > 10) throw new Error('Quick Open does not find relative-page.md');
    }
    await page.keyboard.press('Enter');
    const frame = previewFrame(page);
    await frame.locator('h1.pc-card-title', { hasText: 'Relative page' }).waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      await bench.screenshot('preview-relative-failed');
      throw error;
    });
    await frame.locator('p strong', { hasText: 'first' }).waitFor({ timeout: 30_000 });
    fs.writeFileSync(path.join(notes, 'part.md'), 'The part now says **second**.\n');
    await frame.locator('p strong', { hasText: 'second' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.pc-liquid-placeholder').count(), 0);
  });
});
