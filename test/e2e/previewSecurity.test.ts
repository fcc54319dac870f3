import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openFile, openWorkbench, previewFrame, runCommand, switchColorTheme, type Workbench } from './workbench';

const hostilePost = `---
title: Hostile fixtures
---

<p id="marker-top">top</p>

<script>alert('script tag')</script>

<img src="missing.png" onerror="alert('onerror')">

<svg onload="alert('svg onload')"><circle r="4"/></svg>

[a javascript: link](javascript:alert('markdown link'))

<a id="raw-js" href="javascript:alert('raw link')">raw javascript link</a>

<meta http-equiv="refresh" content="0;url=https://example.com/refreshed">

<iframe src="https://example.com/framed"></iframe>

<base href="https://example.com/base/">

<div style="background-image:url(https://example.com/tracker.png)">styled</div>

<style>p { background: url("https://example.com/style-tracker.png"); }</style>

<form action="https://example.com/form"><button id="submit" type="submit">send</button></form>

<p id="marker-bottom">bottom</p>
`;

describe('a hostile post in the preview', () => {
  let bench: Workbench;
  const dialogs: string[] = [];
  const requests: string[] = [];
  before(async () => {
    bench = await openWorkbench();
    fs.writeFileSync(path.join(bench.env.workspace, '_posts', '2024-12-01-hostile.md'), hostilePost);
    bench.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    bench.session.context.on('request', (request) => {
      // Only what the preview's frames ask for: the workbench itself may look for extension updates.
      let inWebview: boolean;
      try {
        inWebview = request.frame() !== bench.page.mainFrame();
      } catch {
        inWebview = false; // a service worker's own request: VS Code's, not the preview's
      }
      const url = request.url();
      if (!inWebview) {
        return;
      }
      // Webview resources (*.vscode-cdn.net) are answered by VS Code's service worker from the server, not the network.
      if (!/^(http:\/\/127\.0\.0\.1[:/]|https:\/\/[^/]+\.vscode-cdn\.net\/|vscode-|data:|blob:)/.test(url)) {
        requests.push(url);
      }
    });
  });
  after(async () => {
    await bench?.close();
  });

  it('renders it with no dialog, no navigation and no request leaving the machine', async () => {
    const { page } = bench;
    await openFile(page, '2024-12-01-hostile');
    await runCommand(bench, 'Postcraft: Open Preview to the Side');
    const frame = previewFrame(bench.page);
    await frame.locator('#marker-bottom').waitFor({ timeout: 60_000 });

    // What a person would try: click the javascript: links and the form's button.
    await frame.locator('#raw-js').click().catch(() => undefined);
    await frame.locator('text=a javascript: link').click().catch(() => undefined);
    await frame.locator('#submit').click({ timeout: 2_000 }).catch(() => undefined);
    // The preview is still the same document: the markers are there, nothing replaced it.
    await frame.locator('#marker-top').waitFor();
    assert.equal(await frame.locator('script', { hasText: 'alert' }).count(), 0, 'no script of the post reaches the page');
    assert.equal(await frame.locator('iframe').count(), 0, 'no frame reaches the page');
    assert.equal(await frame.locator('[onerror], [onload], [onclick]').count(), 0, 'no inline handler reaches the page');
    assert.equal(await frame.locator('meta[http-equiv="refresh" i], base').count(), 0, 'no meta refresh or base reaches the page');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
    await bench.screenshot('preview-hostile');
  });

  it('follows the dark theme', async () => {
    await switchColorTheme(bench, 'Dark Modern');
    await bench.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 20_000 });
    const frame = previewFrame(bench.page);
    await frame.locator('body.vscode-dark').waitFor({ timeout: 20_000 });
    await bench.screenshot('preview-dark');
  });
});
