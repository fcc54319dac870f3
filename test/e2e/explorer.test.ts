import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostcraftContainer, openWorkbench, treeRow as row, viewPane, type Workbench } from './workbench';

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
});
