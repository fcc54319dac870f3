import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { waitFor } from '../harness/processes';
import { assertFilesRestored, markdownFiles as snapshot, openFile, openPostcraftContainer, openWorkbench, undoRefactorOnce, viewPane, type Workbench } from './workbench';

const NEW_NAME = '휴고-노트';

// The Hugo sample blog (samples/hugo-blog): the tag 휴고 is written in a TOML post (permalinks.md) and two YAML
// bundles. Renamed from its node in the Tags view, it changes in all three; one Ctrl+Z takes every byte back.
describe('a tag rename on a Hugo blog in the workbench', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
    await openPostcraftContainer(bench);
  });
  after(async () => {
    await bench?.close();
  });

  it('renames a tag from the Tags view across TOML and YAML posts, and one undo leaves every file byte-identical', async () => {
    const { page } = bench;
    const before = snapshot(bench.env.workspace);
    const permalinks = path.join('content', 'posts', 'permalinks.md');
    assert.match(before.get(permalinks)?.toString() ?? '', /^tags = \["휴고", "주소"\]$/m, 'the sample writes the tag in TOML');

    const pane = await viewPane(bench, /Tags|태그/);
    const row = pane.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^휴고$/ }) }).first();
    // The tree shows only the rows that fit: scroll down to the tag as a person would.
    await pane.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    for (let i = 0; i < 30 && !(await row.isVisible()); i++) {
      await pane.locator('.monaco-list').first().hover();
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(100);
    }
    await row.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      await bench.screenshot('hugo-refactor-no-tag-row');
      throw error;
    });
    await row.hover();
    const renameButton = row.locator('.action-label[aria-label*="Rename Tag"], .action-label[aria-label*="태그 이름 바꾸기"]').first();
    await renameButton.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      await bench.screenshot('hugo-refactor-no-rename-button');
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${await row.innerHTML()}`);
    });
    await renameButton.click();
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-message', { hasText: /New name|새 이름/ }).waitFor({ timeout: 20_000 });
    assert.equal(await widget.locator('input').first().inputValue(), '휴고', 'the box starts from the spelling shown');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_NAME);
    await page.keyboard.press('Enter');

    const apply = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^(Apply|적용)$/ }).first();
    await apply.waitFor({ timeout: 30_000 });
    await bench.screenshot('hugo-refactor-confirm');
    await apply.click();

    // VS Code saves the files of a refactor it opened in the background: undo once the edit is on the disk.
    const renamedOnDisk = (): string[] => [...snapshot(bench.env.workspace)].filter(([, bytes]) => bytes.includes(NEW_NAME)).map(([file]) => file).sort();
    await waitFor('the rename saved in the three posts', () => (renamedOnDisk().length >= 3 ? true : undefined), 30_000);
    assert.deepEqual(renamedOnDisk(), [
      path.join('content', 'posts', 'hugo-first-steps', 'index.md'), permalinks, path.join('content', 'posts', 'taxonomies-and-series', 'index.md'),
    ].sort());
    assert.match(fs.readFileSync(path.join(bench.env.workspace, permalinks), 'utf8'), new RegExp(`^tags = \\["${NEW_NAME}", "주소"\\]$`, 'm'));
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await pane.locator('.monaco-list-row .label-name', { hasText: new RegExp(`^${NEW_NAME}$`) }).first().waitFor({ timeout: 30_000 });

    await openFile(page, 'permalinks.md');
    await page.locator('.monaco-editor .view-lines', { hasText: NEW_NAME }).first().waitFor({ timeout: 30_000 });
    const how = await undoRefactorOnce(bench, NEW_NAME);
    await assertFilesRestored(bench, before, how, 'hugo-refactor-undo-failure');
    await pane.locator('.monaco-list-row .label-name', { hasText: /^휴고$/ }).first().waitFor({ timeout: 30_000 });
    await bench.screenshot('hugo-refactor-undone');
  });
});
