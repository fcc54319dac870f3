import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { goToLineEnd, openNewPost, openWorkbench, type Workbench } from './workbench';

describe('front-matter intelligence in the browser', () => {
  let bench: Workbench;
  const written: string[] = [];
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    for (const f of written) fs.rmSync(f, { force: true });
    await bench?.close();
  });

  it('offers the site\'s tags while typing inside tags:', async () => {
    written.push(await openNewPost(bench, '2024-02-10-e2e-typing.md', '---\ntitle: 타이핑\ntags: \n---\n본문\n'));
    await goToLineEnd(bench, 3);
    await bench.page.keyboard.type('[jek');
    const suggest = bench.page.locator('.editor-widget.suggest-widget');
    const jekyll = suggest.locator('.monaco-list-row', { hasText: 'jekyll' }).first();
    // The first request can come before the site is read: ask again (Ctrl+Space) until the tags are there.
    for (let attempt = 0; !(await jekyll.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)); attempt++) {
      if (attempt > 10) throw new Error('the suggestions do not offer the tag "jekyll"');
      await bench.page.keyboard.press('Control+Space');
    }
    assert.match(await jekyll.innerText(), /jekyll[\s\S]*3/);
    await bench.screenshot('editing-tag-completion');
    // Accept "jekyll" itself, by clicking its row: Enter takes whichever row has focus, and types a line break if
    // the list closed meanwhile (a busy machine can close it while the screenshot is taken).
    if (!(await jekyll.isVisible())) {
      await bench.page.keyboard.press('Control+Space');
      await jekyll.waitFor({ state: 'visible', timeout: 10_000 });
    }
    await jekyll.click();
    const accepted = bench.page.locator('.monaco-editor .view-line', { hasText: 'tags: [jekyll' });
    await accepted.waitFor({ timeout: 10_000 }).catch(async () => {
      const lines = await bench.page.locator('.monaco-editor .view-line').allInnerTexts();
      throw new Error(`"jekyll" was not inserted; the editor shows: ${lines.join(' | ')}`);
    });
  });

  it('shows the squiggle of a broken front matter on the right line, and its message in Problems', async () => {
    written.push(await openNewPost(bench, '2024-02-11-e2e-broken.md', '---\ntitle: 깨진 글\ndate: 2024-02-11 10:00:00 +0900\ntags: a, b\n---\n본문\n'));
    const { page } = bench;
    const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30_000 });
    const line = page.locator('.monaco-editor .view-line', { hasText: 'tags: a, b' }).first();
    const [s, l] = [await squiggle.boundingBox(), await line.boundingBox()];
    assert.ok(s && l, 'both are on screen');
    assert.ok(s.y >= l.y - 1 && s.y + s.height <= l.y + l.height + 1, `squiggle at y=${s.y} on the tags line (y=${l.y}, h=${l.height})`);
    assert.ok(s.x > l.x + 20, 'the squiggle starts at the value, not at the key');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: /comma|쉼표/ }).first().waitFor({ timeout: 20_000 });
    await bench.screenshot('editing-squiggle');
  });
});
