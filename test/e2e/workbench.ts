import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser, workbenchUrl, type BrowserSession } from '../harness/browser';
import { resultsDir } from '../harness/paths';

/** What the e2e runner (test/harness/e2eMain.ts) tells each test file through the environment. */
export interface E2eEnvironment {
  readonly origin: string;
  readonly authority: string;
  readonly workspace: string;
  readonly label: string;
}

export function e2eEnvironment(): E2eEnvironment {
  const origin = process.env['POSTCRAFT_E2E_ORIGIN'];
  const authority = process.env['POSTCRAFT_E2E_AUTHORITY'];
  const workspace = process.env['POSTCRAFT_E2E_WORKSPACE'];
  const label = process.env['POSTCRAFT_E2E_LABEL'];
  if (!origin || !authority || !workspace || !label) {
    throw new Error('e2e tests run through test/harness/e2eMain.ts (npm run test:e2e), which starts the workbench');
  }
  return { origin, authority, workspace, label };
}

export interface Workbench {
  readonly page: Page;
  readonly session: BrowserSession;
  readonly env: E2eEnvironment;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens the real workbench on the test workspace (or on `folder`: a folder inside it, or a `.code-workspace` file) in
 * a fresh browser and waits until it is usable.
 */
export async function openWorkbench(folder?: string): Promise<Workbench> {
  const env = e2eEnvironment();
  const session = await launchBrowser();
  const page = await session.context.newPage();
  await page.goto(workbenchUrl(env.origin, env.authority, folder ?? env.workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.activitybar').waitFor({ timeout: 60_000 });
  const shots = path.join(resultsDir, 'e2e', env.label);
  fs.mkdirSync(shots, { recursive: true });
  const bench: Workbench = {
    page,
    session,
    env,
    screenshot: async (name) => {
      const file = path.join(shots, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    close: () => session.close(),
  };
  return bench;
}

/**
 * Runs a command from the command palette by typing its title, as a person does. The palette lists what the
 * workbench knew when it opened, so a command contributed by an extension still being registered is retried
 * with a fresh palette until the deadline; so is a palette that closed before its row could be clicked.
 */
export async function runCommand(bench: Workbench, title: string, options: { readonly opensPicker?: boolean; readonly timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { page } = bench;
  const widget = page.locator('.quick-input-widget');
  // The row whose label is exactly the title: a longer command containing it must not be run instead.
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = widget.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Control+Shift+P');
    await widget.waitFor({ state: 'visible' });
    await page.keyboard.type(title);
    const found = await row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
    // An editor that finishes opening just then takes the focus, and the palette closes on losing it: open it again.
    if (found && (await row.click({ timeout: 5_000 }).then(() => true, () => false))) {
      break;
    }
    if (Date.now() > deadline) {
      await bench.screenshot(`palette-failure-${title.replace(/\W+/g, '-')}`);
      throw new Error(`the command palette does not offer "${title}", or closes before it can be chosen`);
    }
    if (await widget.isVisible()) await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  if (options.opensPicker !== true) {
    await widget.waitFor({ state: 'hidden' });
  }
}

/** Opens the Postcraft container from the activity bar. */
export async function openPostcraftContainer(bench: Workbench): Promise<void> {
  const item = bench.page.locator('.part.activitybar [aria-label^="Postcraft"]').first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  const title = bench.page.locator('.part.sidebar .composite.title', { hasText: /Postcraft/i });
  // Postcraft shows its view by itself on a workspace's first opening, and a click on its icon when it is shown hides
  // it: click only when it is not shown, and again if it showed itself just before the click.
  for (let attempt = 0; attempt < 3 && !(await title.isVisible()); attempt++) {
    await item.click();
    await title.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await title.waitFor({ timeout: 20_000 });
}

/** The pane of one view in the side bar (by its title, English or Korean), expanded. */
export async function viewPane(bench: Workbench, title: RegExp): Promise<Locator> {
  const pane = bench.page.locator('.part.sidebar .pane').filter({ has: bench.page.locator('.pane-header', { hasText: title }) });
  const header = pane.locator('.pane-header');
  await header.waitFor({ timeout: 30_000 });
  if ((await header.getAttribute('aria-expanded')) === 'false') {
    await header.click();
  }
  return pane;
}

/** A row of a tree by its whole label. */
export function treeRow(pane: Locator, label: string): Locator {
  return pane.locator('.monaco-list-row').filter({ has: pane.page().locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first();
}

/**
 * Waits until the quick input's box holds `text`: keys typed while one quick input gives way to the next can reach
 * the one going away, and Enter would then act on what the box holds instead.
 */
export async function typedIntoQuickInput(page: Page, text: string): Promise<void> {
  await page.waitForFunction((want) => document.querySelector<HTMLInputElement>('.quick-input-widget .quick-input-box input')?.value === want, text, { timeout: 10_000 });
}

/** Opens a file of the workspace with Quick Open (Ctrl+P), typing part of its path, and waits for its editor. */
export async function openFile(page: Page, namePart: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
  await page.keyboard.type(namePart);
  await typedIntoQuickInput(page, namePart);
  // The recently opened files show before the search answers: wait for a row of the file itself.
  const name = namePart.slice(namePart.lastIndexOf('/') + 1);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 20_000 });
  await page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'visible', timeout: 20_000 });
}

/** Writes a post into the test workspace and opens it with Quick Open, as a person would. */
export async function openNewPost(bench: Workbench, name: string, text: string): Promise<string> {
  const file = path.join(bench.env.workspace, '_posts', name);
  fs.writeFileSync(file, text);
  const { page } = bench;
  const widget = page.locator('.quick-input-widget');
  const row = widget.locator('.monaco-list-row', { hasText: name }).first();
  // Quick Open finds a new file once the workbench's file index has it: ask again until it does.
  for (let attempt = 0; ; attempt++) {
    if (attempt > 10) throw new Error(`Quick Open does not find ${name}`);
    await page.keyboard.press('Control+P');
    // A hover or a widget that had the focus can swallow the key: press it again rather than wait for ever.
    if (!(await widget.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false))) {
      await page.keyboard.press('Escape');
      continue;
    }
    await page.keyboard.type(name);
    if (await row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).waitFor({ timeout: 20_000 });
  return file;
}

/**
 * Ticks names in the open many-names pick: types each one and presses Enter once its row shows (Enter on a typed
 * filter ticks the name and clears the filter, the pick stays open), then Enter on the empty filter goes on.
 * `beforeGoingOn` runs with every name ticked, before that last Enter.
 */
/**
 * Ticks names in a pick-many list as a person does in VS Code: types each name to filter, then ticks its row (or the
 * "Add 'name'" row of a new one) with a click, or with the keyboard (Down into the list until the row has focus,
 * Space); Enter accepts. Waits for each tick to show before the next name.
 */
export async function pickNamesInQuickInput(bench: Workbench, names: readonly string[], beforeGoingOn?: () => Promise<unknown>, tick: 'click' | 'keyboard' = 'click'): Promise<void> {
  const { page } = bench;
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  await widget.waitFor({ state: 'visible' });
  const rowOf = (name: string) => widget.locator('.monaco-list-row').filter({ has: page.locator(`.monaco-checkbox[aria-label="${name}"]`) })
    .or(widget.locator('.monaco-list-row', { hasText: `Add '${name}'` })).or(widget.locator('.monaco-list-row', { hasText: `'${name}' 추가` })).first();
  for (const name of names) {
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await typedIntoQuickInput(page, name);
    const row = rowOf(name);
    await row.waitFor({ timeout: 20_000 });
    if (tick === 'click') {
      await row.click();
    } else {
      for (let i = 0; i < 20 && !(await row.evaluate((r) => r.classList.contains('focused'))); i++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
    }
    await widget.locator(`.monaco-checkbox[aria-label="${name}"][aria-checked="true"]`).first().waitFor({ timeout: 20_000 });
  }
  await beforeGoingOn?.();
  await page.keyboard.press('Enter');
}

/** Puts the cursor at the end of a line (1-based) with Go to Line, as a person would. */
export async function goToLineEnd(bench: Workbench, line: number): Promise<void> {
  const { page } = bench;
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/** A preview's document: the webview sits in an iframe that holds the content's iframe. */
export function previewFrame(page: Page, index = 0): FrameLocator {
  return page.frameLocator('iframe.webview').nth(index).frameLocator('iframe#active-frame');
}

/** Picks a color theme with Preferences: Color Theme, as a person does. */
export async function switchColorTheme(bench: Workbench, theme: string): Promise<void> {
  const { page } = bench;
  await runCommand(bench, 'Preferences: Color Theme', { opensPicker: true });
  // The theme picker replaces the palette: wait for its list before typing into it.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: /Light/ }).first().waitFor({ state: 'visible' });
  await page.keyboard.type(theme);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/**
 * The 0-based source line of every row the first text editor shows, top to bottom (a line wrapped over three rows
 * appears three times). Read from the line numbers it draws, so it is what a person sees.
 */
export async function editorRows(page: Page): Promise<number[]> {
  return page.locator('.editor-instance .monaco-editor').first().evaluate((editor) => {
    const guard = editor.querySelector('.overflow-guard')?.getBoundingClientRect();
    if (guard === undefined) throw new Error('no editor');
    const rows = Array.from(editor.querySelectorAll<HTMLElement>('.margin-view-overlays > div'))
      .map((row) => ({ rect: row.getBoundingClientRect(), number: Number(row.querySelector('.line-numbers')?.textContent?.trim() || NaN) }))
      .filter((row) => row.rect.bottom > guard.top + 1 && row.rect.top < guard.bottom)
      .sort((a, b) => a.rect.top - b.rect.top);
    // A row without a number continues the line above it; the first rows may continue a line scrolled out of view.
    const firstNumbered = rows.findIndex((row) => Number.isFinite(row.number));
    if (firstNumbered < 0) throw new Error('the editor shows no line number');
    let line = (rows[firstNumbered]?.number ?? 1) - (firstNumbered > 0 ? 2 : 1);
    return rows.map((row) => (line = Number.isFinite(row.number) ? row.number - 1 : line));
  });
}

/** The 0-based source line at the top of the first text editor. */
export async function editorTopLine(page: Page): Promise<number> {
  return (await editorRows(page))[0] ?? 0;
}

/** Every Markdown file under `root`, with its bytes, by relative path. */
export function markdownFiles(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.set(path.relative(root, full), fs.readFileSync(full));
    }
  };
  walk(root);
  return files;
}

/**
 * Presses Ctrl+Z once in the active editor, which holds `changedText`, to undo a multi-file refactor. VS Code may
 * ask whether to undo it in every file (on a busy machine the question can take seconds to show) or undo it at
 * once: this waits for either, says yes if asked, and returns which happened, for failure messages.
 */
export async function undoRefactorOnce(bench: Workbench, changedText: string): Promise<string> {
  const { page } = bench;
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Z');
  const undoAll = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Undo in \d+ Files|\d+개 파일에서 실행 취소/i }).first();
  const changed = page.locator('.monaco-editor .view-lines', { hasText: changedText });
  const asked = await Promise.race([
    undoAll.waitFor({ timeout: 30_000 }).then(() => true, () => false),
    changed.first().waitFor({ state: 'detached', timeout: 30_000 }).then(() => false, () => false),
  ]);
  if (asked) await undoAll.click();
  await changed.first().waitFor({ state: 'detached', timeout: 20_000 });
  return asked ? 'VS Code asked to undo in every file' : 'VS Code undid without asking';
}

/**
 * Saves every file and asserts that the workspace's Markdown files are byte for byte `before`; a file that differs
 * is named with its tags line before and after, and a screenshot is kept.
 */
export async function assertFilesRestored(bench: Workbench, before: ReadonlyMap<string, Buffer>, how: string, screenshot: string): Promise<void> {
  await runCommand(bench, 'File: Save All Files');
  // Saving reaches the disk a moment after the command: look until every file is back, then compare.
  const restored = (): boolean => {
    const now = markdownFiles(bench.env.workspace);
    return now.size === before.size && [...before].every(([file, bytes]) => now.get(file)?.equals(bytes) === true);
  };
  const deadline = Date.now() + 20_000;
  while (!restored() && Date.now() < deadline) await bench.page.waitForTimeout(200);
  const after = markdownFiles(bench.env.workspace);
  if ([...after.keys()].sort().join('\n') !== [...before.keys()].sort().join('\n')) {
    throw new Error(`the workspace's Markdown files changed: ${[...after.keys()].filter((f) => !before.has(f)).join(', ')} added, ${[...before.keys()].filter((f) => !after.has(f)).join(', ')} gone`);
  }
  const differ = [...before].filter(([file, bytes]) => after.get(file)?.equals(bytes) !== true).map(([file]) => file);
  if (differ.length === 0) return;
  await bench.screenshot(screenshot);
  const line = (text: string | undefined): string => /^tags\s*[:=].*$/m.exec(text ?? '')?.[0] ?? '(no tags line)';
  const file = differ[0] ?? '';
  throw new Error(`${differ.join(', ')} not byte-identical after the undo (${how}): in ${file}, "${line(before.get(file)?.toString())}" became "${line(after.get(file)?.toString())}"`);
}
