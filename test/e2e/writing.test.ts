import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openWorkbench, pickNamesInQuickInput, runCommand, type Workbench } from './workbench';

describe('writing commands in the workbench', () => {
  let bench: Workbench;
  let created: string | undefined;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
    if (created !== undefined) {
      fs.rmSync(created, { force: true });
    }
  });

  it('creates a post from the palette with a Korean title, a category and a tag', async () => {
    const { page } = bench;
    await runCommand(bench, 'Postcraft: New Post', { opensPicker: true });
    const widget = page.locator('.quick-input-widget');
    // The palette gives way to the title box: type once its prompt is there.
    await widget.locator('.quick-input-message', { hasText: /Title of the post|글 제목/ }).waitFor({ timeout: 20_000 });
    await page.keyboard.type('브라우저에서 쓴 새 글');
    await page.keyboard.press('Enter');
    await widget.locator('.monaco-list-row', { hasText: 'Jekyll' }).first().waitFor({ timeout: 20_000 });
    await pickNamesInQuickInput(bench, ['Jekyll'], () => bench.screenshot('new-post-categories'));
    await widget.locator('.monaco-list-row', { hasText: '마크다운' }).first().waitFor({ timeout: 20_000 });
    // Ticked with the keyboard (Down into the list, Space), one of the site's and one typed new: the order picked.
    await pickNamesInQuickInput(bench, ['마크다운', '브라우저태그'], undefined, 'keyboard');

    const tab = page.locator('.tabs-container .tab', { hasText: '브라우저에서-쓴-새-글.md' });
    await tab.waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'title: "브라우저에서 쓴 새 글"' }).first().waitFor({ timeout: 20_000 });
    await bench.screenshot('new-post-created');

    const posts = path.join(bench.env.workspace, '_posts');
    const file = fs.readdirSync(posts).find((f) => f.endsWith('-브라우저에서-쓴-새-글.md'));
    assert.ok(file, 'the post is on disk');
    created = path.join(posts, file);
    assert.match(file, /^\d{4}-\d{2}-\d{2}-브라우저에서-쓴-새-글\.md$/);
    assert.equal(fs.readFileSync(created, 'utf8'), '---\ntitle: "브라우저에서 쓴 새 글"\ncategories: [Jekyll]\ntags: [마크다운, 브라우저태그]\n---\n\n');
  });
});
