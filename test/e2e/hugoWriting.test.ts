import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openFile, openWorkbench, pickNamesInQuickInput, previewFrame, runCommand, type Workbench } from './workbench';

// Writing on the Hugo sample (samples/hugo-blog) in the real workbench: New Post from the site's archetype, and the
// preview of a page bundle whose shortcodes are rendered as Hugo renders them, following what is typed.
describe('writing a Hugo post in the browser', () => {
  let bench: Workbench;
  before(async () => {
    bench = await openWorkbench();
  });
  after(async () => {
    await bench?.close();
  });

  it('makes a post from archetypes/posts.md with a Korean title, a category and tags', async () => {
    const { page } = bench;
    await runCommand(bench, 'Postcraft: New Post', { opensPicker: true });
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-message', { hasText: /Title of the post|글 제목/ }).waitFor({ timeout: 20_000 });
    await page.keyboard.type('브라우저에서 쓴 휴고 글');
    await page.keyboard.press('Enter');
    await widget.locator('.monaco-list-row', { hasText: '휴고' }).first().waitFor({ timeout: 20_000 });
    await pickNamesInQuickInput(bench, ['휴고']);
    await widget.locator('.monaco-list-row', { hasText: 'toml' }).first().waitFor({ timeout: 20_000 });
    await pickNamesInQuickInput(bench, ['toml', '주소']);

    const name = '브라우저에서-쓴-휴고-글.md';
    await page.locator('.tabs-container .tab', { hasText: name }).waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'title = "브라우저에서 쓴 휴고 글"' }).first().waitFor({ timeout: 20_000 });
    await bench.screenshot('hugo-new-post');

    // The archetype's lines, in its order, with its template actions filled as `hugo new` fills them.
    const text = fs.readFileSync(path.join(bench.env.workspace, 'content', 'posts', name), 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], '+++');
    assert.equal(lines[1], 'title = "브라우저에서 쓴 휴고 글"');
    assert.match(lines[2] ?? '', /^date = \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);
    assert.deepEqual(lines.slice(3, 10), ['draft = false', 'slug = "브라우저에서-쓴-휴고-글"', 'description = ""', 'categories = ["휴고"]', 'tags = ["toml", "주소"]', 'series = []', '+++']);
    assert.ok(text.endsWith('\n\n첫 문단은 목록에 나오는 요약입니다.\n\n<!--more-->\n'), text);
  });

  it('previews a page bundle with its figure and relref shortcodes, and a shortcode typed into it', async () => {
    const { page } = bench;
    await openFile(page, 'hugo-first-steps/index.md');
    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    const frame = previewFrame(page);
    await frame.locator('h1.pc-card-title', { hasText: '휴고로 블로그 옮기기' }).waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await bench.screenshot('hugo-preview-bundle-failed');
      throw error;
    });

    const figure = frame.locator('figure img[alt="노트와 펜"]');
    await figure.waitFor();
    await frame.locator('figure figcaption', { hasText: '글과 같은 폴더에 둔 표지 그림' }).waitFor();
    // The bundle's own image is served to the webview and loads.
    assert.ok(await figure.evaluate((img: HTMLImageElement) => new Promise<boolean>((resolve) => {
      if (img.complete) resolve(img.naturalWidth > 0);
      else {
        img.addEventListener('load', () => resolve(img.naturalWidth > 0));
        img.addEventListener('error', () => resolve(false));
      }
    })), 'the bundle image loads');
    await frame.locator('a', { hasText: '다음 글' }).waitFor();
    assert.ok(!(await frame.locator('body').innerText()).includes('{{<'), 'no shortcode is shown as raw text');
    await bench.screenshot('hugo-preview-bundle');

    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+End');
    // Auto-closing brackets would double typed braces: the shortcode goes in as pasted text does.
    await page.keyboard.type('\n\n');
    await page.keyboard.insertText('{{< highlight go >}}\nfunc main() {}\n{{< /highlight >}}\n');
    await frame.locator('.highlight code[data-lang="go"]', { hasText: 'func main()' }).waitFor({ timeout: 30_000 });
    assert.ok(!(await frame.locator('body').innerText()).includes('{{<'), 'the typed shortcode is rendered, not shown');
    await bench.screenshot('hugo-preview-typed-shortcode');
  });
});
