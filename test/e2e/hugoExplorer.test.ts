import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostcraftContainer, openWorkbench, runCommand, treeRow as row, viewPane, type Workbench } from './workbench';

/** Runs Filter by Language… from the palette and picks the row whose label matches. */
async function filterByLanguage(bench: Workbench, label: RegExp): Promise<void> {
  await runCommand(bench, 'Postcraft: Filter by Language…', { opensPicker: true });
  const widget = bench.page.locator('.quick-input-widget');
  const choice = widget.locator('.monaco-list-row').filter({ has: bench.page.locator('.label-name', { hasText: label }) }).first();
  await choice.waitFor({ timeout: 20_000 });
  await choice.click();
  await widget.waitFor({ state: 'hidden' });
}

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

  it('filters the views by language from the palette, says so in their headers, and shows each post\'s language', async () => {
    await filterByLanguage(bench, /^en$/);
    const categories = await viewPane(bench, /Categories|카테고리/);
    await categories.locator('.pane-header .description', { hasText: /Language: en|언어: en/ }).waitFor({ timeout: 20_000 });
    // The header is set before the tree refreshes, and the English category shows under all languages too: wait
    // for the Korean rows to go.
    await row(categories, '휴고').waitFor({ state: 'detached', timeout: 20_000 });
    await row(categories, 'Retrospective').waitFor({ timeout: 20_000 });
    assert.equal(await row(categories, '휴고').count(), 0, 'no Korean category under the English filter');
    await row(categories, 'Retrospective').click();
    const post = row(categories, 'The First Half in Review');
    await post.waitFor();
    assert.match(await post.locator('.label-description').innerText(), /^2024-07-06 · en$/);
    await bench.screenshot('hugo-explorer-language-en');
    await filterByLanguage(bench, /^(All languages|모든 언어)$/);
    await row(categories, '휴고').waitFor({ timeout: 20_000 });
    // The headers are set before the trees refresh: with the Korean rows back, no header names a language.
    assert.equal(await bench.page.locator('.part.sidebar .pane-header .description', { hasText: /Language|언어/ }).count(), 0);
  });
});
