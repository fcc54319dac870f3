import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostcraftContainer, openWorkbench, runCommand, treeRow as row, viewPane, type Workbench } from './workbench';

describe('post explorer in the browser', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
    await openPostcraftContainer(bench);
  });
  after(async () => {
    await bench?.close();
  });

  it('shows categories and tags with Jekyll\'s counts', async () => {
    const categories = await viewPane(bench, /Categories|카테고리/);
    await row(categories, 'Jekyll').waitFor({ timeout: 30_000 });
    assert.equal(await row(categories, 'Jekyll').locator('.label-description').innerText(), '3');
    assert.equal(await row(categories, '블로그').locator('.label-description').innerText(), '2');
    const tags = await viewPane(bench, /Tags|태그/);
    // Rows outside the pane are not rendered (the list is virtual): read names near the top.
    await row(tags, 'jekyll').waitFor();
    assert.equal(await row(tags, 'jekyll').locator('.label-description').innerText(), '3');
    assert.equal(await row(tags, 'debugging').locator('.label-description').innerText(), '1');
    await bench.screenshot('explorer');
  });

  it('expands a category and opens a post by clicking it', async () => {
    const categories = await viewPane(bench, /Categories|카테고리/);
    await row(categories, 'Jekyll').click();
    const post = row(categories, '지킬 블로그 시작하기');
    await post.waitFor();
    await post.click();
    const tab = bench.page.locator('.tabs-container .tab', { hasText: '2024-03-05-지킬-블로그-시작하기.md' });
    await tab.waitFor({ timeout: 20_000 });
    await bench.page.locator('.monaco-editor .view-lines', { hasText: 'GitHub Pages' }).first().waitFor();
    await bench.screenshot('explorer-open-post');
  });

  it('opens the preview of the post selected in the tree with the preview\'s key, with no editor open', async () => {
    const { page } = bench;
    const categories = await viewPane(bench, /Categories|카테고리/);
    // By keyboard from the category row: Right expands it (a click may have collapsed it), Down moves to its first
    // post, Enter selects it (and opens it).
    const category = row(categories, 'Jekyll');
    await category.click();
    if ((await category.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
    await categories.locator('.monaco-list-row[aria-level="2"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const post = categories.locator('.monaco-list-row.focused[aria-level="2"]').first();
    await post.waitFor();
    const title = await post.locator('.label-name').innerText();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab').first().waitFor({ timeout: 20_000 });
    // No editor left to fall back on: only the tree's selection can tell the key which post to show.
    await runCommand(bench, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 20_000 });
    await category.click();
    await page.keyboard.press('Control+Shift+Alt+V');
    const tab = page.locator('.tabs-container .tab', { hasText: new RegExp(`(Preview|미리보기) ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first();
    await tab.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      await bench.screenshot('explorer-preview-key-failed');
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      throw new Error(`no preview of "${title}"; tabs: ${JSON.stringify(tabs)}; ${String(error)}`);
    });
    await bench.screenshot('explorer-preview-key');
  });
});

