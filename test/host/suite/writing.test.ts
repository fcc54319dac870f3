import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { undoRefactor } from '../../../src/features/writing/refactorUndo';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';
import { commandIds } from '../../../src/features/commands/commandIds';
import type { RefactorSummary } from '../../../src/features/writing/taxonomyRefactor';
import type { PostcraftApi } from '../../../src/extension';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
const text = async (rel: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));
const POST_DIRS = ['_posts', '_drafts', 'dev/_posts'];

/** Bytes as hex: compared exactly, and no Buffer (this suite runs in the browser's extension host too). */
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string): string => new TextDecoder().decode(Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16)));

/** Every post file's bytes, by site path. */
async function snapshotBytes(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const dir of POST_DIRS) {
    for (const [name] of await vscode.workspace.fs.readDirectory(file(dir))) {
      out.set(`${dir}/${name}`, hex(await vscode.workspace.fs.readFile(file(`${dir}/${name}`))));
    }
  }
  return out;
}

/** Undoes a refactor as the Undo on the message after it does (it needs no focus in one of the changed posts). */
async function undo(summary: RefactorSummary): Promise<void> {
  const undone = await undoRefactor((await postcraftApi()).registry, summary.files);
  assert.deepEqual(undone, { restored: summary.files.length, changedSince: [] });
  await saveEveryDocument();
}

/** Saves every changed document and waits until the file on disk matches (a save reaches the disk a moment after it resolves). */
async function savedText(rel: string, pattern: RegExp): Promise<string> {
  await saveEveryDocument();
  return waitFor(`${rel} to match ${String(pattern)} on disk`, async () => {
    const t = await text(rel);
    return pattern.test(t) ? t : undefined;
  });
}

async function sameBytes(expected: Map<string, string>): Promise<void> {
  let differ: string[] = [];
  await waitFor('every post file back to its bytes', async () => {
    const now = await snapshotBytes();
    differ = [...new Set([...expected.keys(), ...now.keys()])].filter((k) => now.get(k) !== expected.get(k));
    return differ.length === 0 ? true : undefined;
  }).catch((error: unknown) => {
    const detail = differ.map((k) => `${k}:\n${fromHex(expected.get(k) ?? '')}\n--- now ---\n${vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(k))?.getText() ?? '(not open)'}`);
    throw new Error(`${error instanceof Error ? error.message : String(error)}; differ: ${detail.join('\n')}`);
  });
}

const tagCount = (api: PostcraftApi, name: string): number => api.registry.list()[0]?.model.snapshot().tags.find((t) => t.name === name)?.count ?? 0;

describe('writing commands', () => {
  let api: PostcraftApi;
  let original: Map<string, string>;
  before(async () => {
    api = await postcraftApi();
    original = await snapshotBytes();
  });
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    // Close only: the tests save what they change, and a revert could race a save still on its way to the disk.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await sameBytes(original);
  });

  it('renames a tag across the site in one edit, and undoing it restores every byte', async () => {
    const summary = await vscode.commands.executeCommand<RefactorSummary>(commandIds.renameTag, { from: 'jekyll', to: 'Jekyll: 지킬', confirm: false });
    assert.equal(summary.applied, true);
    assert.deepEqual([...summary.changed].sort(), [
      '_drafts/ideas-for-a-series.md', '_posts/2023-08-19-마크다운-표-쓰는-법.md', '_posts/2024-11-08-a-front-matter-checklist.md',
      '_posts/2099-01-01-hello-from-the-future.md', 'dev/_posts/2025-03-18-debugging-liquid-includes.md',
    ]);
    await savedText('_posts/2024-11-08-a-front-matter-checklist.md', /^tags: \["Jekyll: 지킬", front matter, checklist\]$/m);
    await savedText('_posts/2023-08-19-마크다운-표-쓰는-법.md', /^tags: \["Jekyll: 지킬", 마크다운\]$/m);
    await waitFor('the model to see the new tag', () => (tagCount(api, 'Jekyll: 지킬') === 3 ? true : undefined));
    // A post changed again after the rename keeps its changes when the rename is undone, and is named.
    const rel = '_posts/2023-08-19-마크다운-표-쓰는-법.md';
    const later = new vscode.WorkspaceEdit();
    const opened = await vscode.workspace.openTextDocument(file(rel));
    const end = opened.positionAt(opened.getText().length);
    assert.equal(end.character, 0, 'the post ends with a line break');
    later.insert(file(rel), end, 'A line written after the rename.\n');
    assert.equal(await vscode.workspace.applyEdit(later), true);
    await savedText(rel, /A line written after the rename\.\n$/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const partly = await undoRefactor(api.registry, summary.files);
    assert.deepEqual(partly, { restored: summary.files.length - 1, changedSince: [rel] });
    assert.match(await savedText(rel, /A line written after the rename\.\n$/), /^tags: \["Jekyll: 지킬", 마크다운\]$/m);
    // Once that change is gone, the Undo puts the post back too.
    const back = new vscode.WorkspaceEdit();
    back.delete(file(rel), new vscode.Range(end, end.translate(1)));
    assert.equal(await vscode.workspace.applyEdit(back), true);
    await savedText(rel, /^(?![^]*A line written after the rename)/);
    await undo({ ...summary, files: summary.files.filter((f) => f.uri === file(rel).toString()) });
    await sameBytes(original);
    await waitFor('the model to see the old tag', () => (tagCount(api, 'jekyll') === 3 ? true : undefined));
  });

  it('merges tags without leaving a duplicate, through an open editor with unsaved changes', async () => {
    const rel = '_posts/2024-03-05-지킬-블로그-시작하기.md';
    const editor = await vscode.window.showTextDocument(file(rel));
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '수정 중\n'));
    const summary = await vscode.commands.executeCommand<RefactorSummary>(commandIds.mergeTags, { from: ['지킬', 'jekyll'], to: 'jekyll', confirm: false });
    assert.ok(summary.changed.includes(rel));
    assert.match(editor.document.getText(), /^tags: \[jekyll, GitHub Pages, 블로그\]$/m);
    assert.match(editor.document.getText(), /수정 중\n$/);
    const merged = summary.files.map((f) => applyEdits(f.before, f.edits));
    for (const t of merged) {
      const tags = /^tags: \[(.*)\]$/m.exec(t)?.[1]?.split(', ') ?? [];
      assert.equal(new Set(tags).size, tags.length, t);
    }
    await undo(summary);
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.lineCount - 2, 0, editor.document.lineCount - 1, 0)));
    await editor.document.save();
  });

  it('does not edit a category that comes from a folder above _posts, and says so', async () => {
    const summary = await vscode.commands.executeCommand<RefactorSummary>(commandIds.renameCategory, { from: 'dev', to: 'development', confirm: false });
    assert.equal(summary.applied, false);
    assert.deepEqual(summary.changed, []);
    assert.equal(summary.notWritten.length, 3);
  });

  it('deletes the tag picked in the quick pick', async () => {
    const running = vscode.commands.executeCommand<RefactorSummary | undefined>(commandIds.deleteTag, { confirm: false });
    let settled: RefactorSummary | undefined | null = null;
    void running.then((s) => { settled = s; });
    const summary = await waitFor('the quick pick to be answered', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled === null ? undefined : settled;
    });
    assert.ok(summary?.applied);
    await saveEveryDocument();
    try {
      await savedText('_posts/2024-11-08-a-front-matter-checklist.md', /^tags: \[front matter, checklist\]$/m);
    } finally {
      await undo(summary);
    }
  });

  it('creates a post from a Korean title, and a draft; refuses a title without a slug', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(commandIds.newPost, { title: '새 글: 첫 걸음', categories: ['블로그'], tags: ['지킬', '새 태그'] });
    assert.ok(uri);
    created.push(uri);
    assert.match(uri.path, /\/_posts\/\d{4}-\d{2}-\d{2}-새-글-첫-걸음\.md$/);
    const createdText = await text(vscode.workspace.asRelativePath(uri, false));
    assert.match(createdText, /^---\ntitle: "새 글: 첫 걸음"\ncategories: \[블로그\]\ntags: \[지킬, 새 태그\]\n---\n\n$/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 6);
    const second = await vscode.commands.executeCommand<vscode.Uri>(commandIds.newPost, { title: '새 글: 첫 걸음', categories: [], tags: [] });
    created.push(second);
    assert.match(second.path, /-새-글-첫-걸음-2\.md$/);
    const draft = await vscode.commands.executeCommand<vscode.Uri>(commandIds.newDraft, { title: 'Draft One', categories: [], tags: [] });
    created.push(draft);
    assert.match(draft.path, /\/_drafts\/draft-one\.md$/);
    assert.equal(await vscode.commands.executeCommand(commandIds.newPost, { title: '!!!', categories: [], tags: [] }), undefined);
  });

  it('keeps a new post and its first contents when the first Ctrl+Z comes right after New Post, and saves what is typed', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(commandIds.newPost, { title: 'Undo right away', categories: [], tags: [] });
    assert.ok(uri);
    created.push(uri);
    const first = await text(vscode.workspace.asRelativePath(uri, false));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the post is still open');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), first, 'the editor still holds the first contents');
    assert.equal(await text(vscode.workspace.asRelativePath(uri, false)), first, 'the file is still on disk, unchanged');
    await vscode.window.activeTextEditor?.edit((b) => b.insert(new vscode.Position(vscode.window.activeTextEditor?.document.lineCount ?? 0, 0), 'typed\n'));
    assert.equal(await vscode.window.activeTextEditor?.document.save(), true);
    assert.equal(await text(vscode.workspace.asRelativePath(uri, false)), `${first}typed\n`);
  });

  it('publishes a draft with today\'s date, moves it back, and toggles published', async () => {
    const draft = file('_drafts/ideas-for-a-series.md');
    const published = await vscode.commands.executeCommand<vscode.Uri>(commandIds.publishDraft, draft);
    assert.match(published.path, /\/_posts\/\d{4}-\d{2}-\d{2}-ideas-for-a-series\.md$/);
    await savedText(vscode.workspace.asRelativePath(published, false), /^date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0900$/m);
    const back = await vscode.commands.executeCommand<vscode.Uri>(commandIds.unpublishPost, published);
    assert.match(back.path, /\/_drafts\/ideas-for-a-series\.md$/);
    const doc = await vscode.workspace.openTextDocument(back);
    await vscode.window.showTextDocument(doc);
    const dateLine = doc.getText().split('\n').findIndex((l) => l.startsWith('date:'));
    await vscode.window.activeTextEditor?.edit((b) => b.delete(new vscode.Range(dateLine, 0, dateLine + 1, 0)));
    await doc.save();

    const post = file('_posts/2024-11-08-a-front-matter-checklist.md');
    assert.equal(await vscode.commands.executeCommand(commandIds.togglePublished, post), false);
    await savedText('_posts/2024-11-08-a-front-matter-checklist.md', /^published: false$/m);
    assert.equal(await vscode.commands.executeCommand(commandIds.togglePublished, post), true);
    await saveEveryDocument();
  });

  it('updates last_modified_at in the format the post uses, and adds and removes tags', async () => {
    const rel = '_posts/2025-01-20-꾸준히-글쓰는-습관.md';
    const before = await text(rel);
    assert.equal(await vscode.commands.executeCommand(commandIds.updateLastModified, file(rel)), true);
    const after = await savedText(rel, /^last_modified_at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/m);
    assert.equal(after.replace(/^last_modified_at: .*$/m, ''), before.replace(/^last_modified_at: .*$/m, ''));
    const document = await vscode.workspace.openTextDocument(file(rel));
    const restore = new vscode.WorkspaceEdit();
    restore.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), before);
    assert.equal(await vscode.workspace.applyEdit(restore), true);
    await savedText(rel, /^last_modified_at: 2025-02-03T14:20:00\+09:00$/m);

    assert.equal(await vscode.commands.executeCommand(commandIds.addTags, { uri: file(rel), names: ['새 태그', '습관'] }), true);
    await savedText(rel, /^tags: \[글쓰기, 습관, 새 태그\]$/m);
    assert.equal(await vscode.commands.executeCommand(commandIds.removeTags, { uri: file(rel), names: ['새 태그'] }), true);
    await saveEveryDocument();
  });
});
