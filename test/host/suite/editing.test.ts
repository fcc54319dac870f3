import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import { revertAndCloseAll } from '../closeEditors';

const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);
const postcraftDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Postcraft');
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function openPost(uri: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

const BROKEN = [
  '---',
  'title: 고장 난 글',
  'date: 2024-02-03 10:00:00 +0900',
  'tags: a, b',
  'published: no',
  'title: 다시',
  'layout: singel',
  '---',
  '본문입니다. 읽을 거리가 조금 있습니다.',
  '',
].join('\n');

describe('front-matter intelligence', () => {
  const created: vscode.Uri[] = [];
  before(async () => {
    await postcraftApi();
  });
  afterEach(async () => {
    // A later save of a left-over editor would bring a deleted file back.
    await revertAndCloseAll();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('reports the problems of a broken post on their exact ranges', async () => {
    const uri = file('_posts', '2024-02-01-broken.md');
    created.push(uri);
    await openPost(uri, BROKEN);
    const diagnostics = await waitFor('the lint of the broken post', () => {
      const ds = postcraftDiagnostics(uri);
      return ds.length >= 5 ? ds : undefined;
    });
    const at = (code: string): vscode.Range | undefined => diagnostics.find((d) => codeOf(d) === code)?.range;
    assert.deepEqual(at('post.dateMismatch'), new vscode.Range(2, 6, 2, 31));
    assert.deepEqual(at('tag.comma'), new vscode.Range(3, 6, 3, 10));
    assert.deepEqual(at('yaml.bool11'), new vscode.Range(4, 11, 4, 13));
    assert.deepEqual(at('frontMatter.duplicateKey'), new vscode.Range(5, 0, 5, 5));
    assert.deepEqual(at('post.layoutUnknown'), new vscode.Range(6, 8, 6, 14));
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('offers quick fixes that edit only the value, and the squiggle goes once fixed', async () => {
    const uri = file('_posts', '2024-02-01-fixme.md');
    created.push(uri);
    const editor = await openPost(uri, BROKEN);
    await waitFor('the comma finding', () => postcraftDiagnostics(uri).find((d) => codeOf(d) === 'tag.comma'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(3, 7, 3, 7));
    const split = actions.find((a) => a.title.includes('"a", "b"'));
    assert.ok(split?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(split.edit));
    assert.equal(editor.document.lineAt(3).text, 'tags: a b');
    const boolActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(4, 12, 4, 12));
    const write = boolActions.find((a) => a.isPreferred && /false/.test(a.title));
    assert.ok(write?.edit, JSON.stringify(boolActions.map((a) => [a.title, a.isPreferred, a.diagnostics?.map(codeOf)])));
    assert.ok(await vscode.workspace.applyEdit(write.edit));
    assert.equal(editor.document.lineAt(4).text, 'published: false');
    const layout = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(6, 9, 6, 9)));
    assert.deepEqual(layout.map((a) => a.title), [], 'no guess for a misspelt layout that is not a case variant');
    await waitFor('the fixed findings to go', () => {
      const codes = postcraftDiagnostics(uri).map(codeOf);
      return !codes.includes('tag.comma') && !codes.includes('yaml.bool11') ? true : undefined;
    });
  });

  it('completes the site\'s tags (with counts) inside the front matter only', async () => {
    const uri = file('_posts', '2024-02-02-complete.md');
    created.push(uri);
    await openPost(uri, '---\ntitle: 완성\ntags: [\n\n---\ntags: [\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 7));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const tag of ['jekyll', '마크다운', 'GitHub Pages']) assert.ok(labels.includes(tag), `${tag} in ${labels.join(', ')}`);
    const jekyll = list.items.find((i) => typeof i.label !== 'string' && i.label.label === 'jekyll');
    assert.match(typeof jekyll?.label === 'string' ? '' : (jekyll?.label.description ?? ''), /3/);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, 0));
    const keyLabels = keys.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(keyLabels.includes('layout') && keyLabels.includes('toc_sticky') && !keyLabels.includes('title'));
    const body = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(5, 7));
    assert.ok(!body.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'GitHub Pages'));
  });

  it('hovers a key with its meaning, effective value, origin and the post URL', async () => {
    const uri = file('dev', '_posts', '2024-05-22-지킬-빌드-빠르게-하기.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const titleLine = document.getText().split('\n').findIndex((l) => l.startsWith('title:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(titleLine, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*title\*\*/);
    assert.match(text, /https:\/\/example\.github\.io\/dev\//);
  });

  it('shows the reading time of the active post and its details', async () => {
    const uri = file('_posts', '2024-02-03-reading.md');
    created.push(uri);
    await openPost(uri, `---\ntitle: 읽기\n---\n${'한국어 문장입니다 '.repeat(300)}漢字\n`);
    const stats = await vscode.commands.executeCommand<{ words: number; cjkChars: number; minutes: number } | undefined>('postcraft.showReadingStats');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepEqual(stats && { words: stats.words, cjk: stats.cjkChars, minutes: stats.minutes }, { words: 600, cjk: 2, minutes: 4 });
  });
});
