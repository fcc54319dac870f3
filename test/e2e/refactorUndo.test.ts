import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { waitFor } from '../harness/processes';
import { openFile, openWorkbench, runCommand, type Workbench } from './workbench';

/** Every Markdown file of the workspace, with its bytes. */
function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.set(path.relative(root, full), fs.readFileSync(full));
    }
  };
  walk(root);
  return files;
}

describe('a site-wide refactor in the workbench', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
  });

  it('renames a tag across the site after a confirmation, and one undo leaves every file byte-identical', async () => {
    const { page } = bench;
    const before = snapshot(bench.env.workspace);
    const widget = page.locator('.quick-input-widget');
    await runCommand(bench, 'Postcraft: Rename Tag…', { opensPicker: true });
    await widget.locator('.monaco-list-row', { hasText: 'jekyll' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.type('jekyll');
    await widget.locator('.monaco-list-row .label-name', { hasText: /^jekyll$/ }).first().click();
    await widget.locator('.quick-input-message', { hasText: /New name|새 이름/ }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('지킬-정적-사이트');
    await page.keyboard.press('Enter');

    // A modal says how many posts change, and offers Apply or a review in VS Code's refactor preview.
    const apply = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Apply$/ }).first();
    await apply.waitFor({ timeout: 30_000 });
    await bench.screenshot('refactor-confirm');
    await apply.click();

    // VS Code saves the files of a refactor it opened in the background: undo once the edit is on the disk, as a
    // person would a moment later (an undo while those saves run can fall back to the current file alone).
    const renamedOnDisk = (): number => [...snapshot(bench.env.workspace).values()].filter((bytes) => bytes.includes('지킬-정적-사이트')).length;
    await waitFor('the refactor saved in the files VS Code opened for it', () => (renamedOnDisk() >= 4 ? true : undefined), 30_000);
    await openFile(page, '2024-11-08-a-front-matter');
    await page.locator('.monaco-editor .view-lines', { hasText: '지킬-정적-사이트' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Z');
    // One undo for the whole refactor. VS Code may ask whether to undo it in every file (on a busy machine the
    // question can take seconds to show) or undo it at once: wait for either, and if it asks, say yes.
    const undoAll = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Undo in \d+ Files/i }).first();
    const renamed = page.locator('.monaco-editor .view-lines', { hasText: '지킬-정적-사이트' });
    const asked = await Promise.race([
      undoAll.waitFor({ timeout: 30_000 }).then(() => true, () => false),
      renamed.first().waitFor({ state: 'detached', timeout: 30_000 }).then(() => false, () => false),
    ]);
    if (asked) {
      await undoAll.click();
    }
    const how = asked ? 'VS Code asked to undo in every file' : 'VS Code undid without asking';
    await renamed.first().waitFor({ state: 'detached', timeout: 20_000 });

    await runCommand(bench, 'File: Save All Files');
    // Saving reaches the disk a moment after the command: look until every file is back, then compare.
    const restored = (): boolean => {
      const now = snapshot(bench.env.workspace);
      return now.size === before.size && [...before].every(([file, bytes]) => now.get(file)?.equals(bytes) === true);
    };
    await waitFor('every file back on the disk', () => (restored() ? true : undefined), 20_000).catch(() => undefined);
    const after = snapshot(bench.env.workspace);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    const differ = [...before].filter(([file, bytes]) => after.get(file)?.equals(bytes) !== true).map(([file]) => file);
    if (differ.length > 0) {
      await bench.screenshot('refactor-undo-failure');
    }
    for (const file of differ) {
      const line = (text: string | undefined): string => /^tags:.*$/m.exec(text ?? '')?.[0] ?? '(no tags line)';
      assert.fail(`${file} is not byte-identical after the undo (${how}): "${line(before.get(file)?.toString())}" became "${line(after.get(file)?.toString())}"`);
    }
  });
});
