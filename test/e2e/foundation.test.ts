import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostcraftContainer, openWorkbench, runCommand, treeRow, viewPane, type Workbench } from './workbench';

describe('the workbench with Postcraft installed', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
  });

  it('runs "Postcraft: Show Log" from the command palette', async () => {
    const output = bench.page.locator('.part.panel .view-lines');
    // On a busy machine the panel can come up on another channel first: ask again, as a person would.
    for (let attempt = 1; ; attempt++) {
      await runCommand(bench, 'Postcraft: Show Log');
      const shown = await output.filter({ hasText: 'Postcraft' }).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt === 3) {
        await bench.screenshot('show-log-failed');
        throw new Error('the Output panel never showed the Postcraft log');
      }
    }
    const text = (await output.first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /Postcraft \S+ activated on VS Code/);
    await bench.screenshot('show-log');
  });

  it('opens the Postcraft container from the activity bar, with the sample blog\'s categories in it', async () => {
    await openPostcraftContainer(bench);
    // Only Postcraft's own tree has this: the sample's category with the number of its posts.
    const categories = await viewPane(bench, /Categories|카테고리/);
    const jekyll = treeRow(categories, 'Jekyll');
    await jekyll.waitFor({ timeout: 30_000 });
    assert.equal(await jekyll.locator('.label-description').innerText(), '3');
    await bench.screenshot('postcraft-container');
  });
});
