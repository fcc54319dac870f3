import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostcraftContainer, openWorkbench, treeRow as row, viewPane, type Workbench } from './workbench';

// The Hugo sample blog (samples/hugo-blog) in the real workbench: Postcraft wakes on hugo.toml alone.
describe('a Hugo blog in the browser', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
    await openPostcraftContainer(bench);
  });
  after(async () => {
    await bench?.close();
  });

  it('shows Hugo\'s categories, its series in Other Taxonomies, and drafts, future and expired posts', async () => {
    const categories = await viewPane(bench, /Categories|카테고리/);
    await row(categories, '휴고').waitFor({ timeout: 30_000 });
    assert.equal(await row(categories, '휴고').locator('.label-description').innerText(), '3');
    const others = await viewPane(bench, /Other Taxonomies|기타 분류/);
    await row(others, 'series').click();
    await row(others, '휴고 입문').waitFor();
    assert.equal(await row(others, '휴고 입문').locator('.label-description').innerText(), '3');
    const drafts = await viewPane(bench, /Drafts|초안/);
    await drafts.locator('.monaco-list-row').nth(2).waitFor();
    assert.equal(await drafts.locator('.monaco-list-row').count(), 3);
    await bench.screenshot('hugo-explorer');
  });

  it('opens a TOML post from the tree', async () => {
    const categories = await viewPane(bench, /Categories|카테고리/);
    await row(categories, '휴고').click();
    const post = row(categories, '주소 규칙 정하기');
    await post.waitFor({ timeout: 20_000 });
    await post.click();
    await bench.page.locator('.tabs-container .tab', { hasText: 'permalinks.md' }).waitFor({ timeout: 20_000 });
    await bench.page.locator('.monaco-editor .view-lines', { hasText: '+++' }).first().waitFor();
    await bench.screenshot('hugo-explorer-open-post');
  });
});
