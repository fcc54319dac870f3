import { after, before, describe, it } from 'node:test';
import { waitFor } from '../harness/processes';
import { assertFilesRestored, markdownFiles as snapshot, openFile, openWorkbench, runCommand, undoRefactorOnce, type Workbench } from './workbench';

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
    const how = await undoRefactorOnce(bench, '지킬-정적-사이트');
    await assertFilesRestored(bench, before, how, 'refactor-undo-failure');
  });
});
