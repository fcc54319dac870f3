import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor as waitUntil } from '../waitFor';
import { revertAndCloseAll } from '../closeEditors';

const STARTER = '_posts/2024-03-05-지킬-블로그-시작하기.md';
const HABIT = '_posts/2025-01-20-꾸준히-글쓰는-습관.md';

function siteFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host opened the sample site');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** Preview tabs can take a while to appear on a loaded machine. */
const waitFor = <T>(what: string, probe: () => T | undefined): Promise<T> => waitUntil(what, probe, 20_000);

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postcraft.preview'));
}

async function openPost(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(siteFile(path), { viewColumn: vscode.ViewColumn.One, preview: false });
}

describe('live preview', () => {
  before(async () => {
    await vscode.extensions.getExtension('postcraft.postcraft')?.activate();
  });

  afterEach(async () => {
    await revertAndCloseAll();
  });

  it('opens beside the post, titled with the post title from the front matter', async () => {
    await openPost(STARTER);
    await vscode.commands.executeCommand('postcraft.preview.openToSide');
    const tab = await waitFor('a preview titled with the post', () => previewTabs().find((t) => t.label.includes('지킬 블로그 시작하기')));
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One);
    assert.equal(previewTabs().length, 1);
  });

  it('updates when the post is edited, before it is saved', async () => {
    const editor = await openPost(STARTER);
    await vscode.commands.executeCommand('postcraft.preview.openToSide');
    await waitFor('the first render', () => previewTabs().find((t) => t.label.includes('지킬 블로그 시작하기')));
    const line = editor.document.lineAt(2);
    assert.match(line.text, /^title:/);
    await editor.edit((b) => b.replace(line.range, 'title: "고친 제목"'));
    await waitFor('the edited title', () => previewTabs().find((t) => t.label.includes('고친 제목')));
    assert.ok(editor.document.isDirty);
  });

  it('follows the active post, and stays when locked', async () => {
    await openPost(STARTER);
    await vscode.commands.executeCommand('postcraft.preview.openToSide');
    await waitFor('the first post', () => previewTabs().find((t) => t.label.includes('지킬 블로그 시작하기')));
    await openPost(HABIT);
    await waitFor('the preview to follow', () => previewTabs().find((t) => t.label.includes('꾸준히 글 쓰는 습관 만들기')));
    assert.equal(previewTabs().length, 1);

    const unlockedLabel = previewTabs()[0]?.label;
    assert.ok(unlockedLabel);
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await waitFor('the preview to be active', () => (vscode.window.tabGroups.activeTabGroup.activeTab?.label === unlockedLabel ? true : undefined));
    await vscode.commands.executeCommand('postcraft.preview.toggleLock');
    // Tab objects are updated in place: compare with the label as it was.
    await waitFor('the locked title', () => previewTabs().find((t) => t.label.includes('꾸준히 글 쓰는 습관 만들기') && t.label !== unlockedLabel));
    await openPost(STARTER);
    await vscode.commands.executeCommand('postcraft.preview.openToSide');
    await waitFor('a second preview for the other post', () => (previewTabs().length === 2 ? true : undefined));
    assert.ok(previewTabs().some((t) => t.label.includes('꾸준히 글 쓰는 습관 만들기')), 'the locked preview kept its post');
  });
});
