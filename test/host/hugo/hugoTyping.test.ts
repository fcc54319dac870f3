import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import { revertAndCloseAll } from '../closeEditors';
import type { PostcraftApi } from '../../../src/extension';

// Front-matter intelligence on the Hugo sample, in the editor's buffer only: every edit is reverted, no file is saved.
const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);
const postcraftDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Postcraft');
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
const insertOf = (i: vscode.CompletionItem): string => (typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? labelOf(i)));

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

async function complete(uri: vscode.Uri, line: number, character: number): Promise<vscode.CompletionItem[]> {
  return (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character))).items;
}

describe('Hugo front matter in the editor (samples/hugo-blog)', () => {
  const edited = ['front-matter-formats.md', 'half-year-review.md'];
  const originals = new Map<string, { bytes: Uint8Array; facts: string }>();
  let api: PostcraftApi;
  // What the model knows of a post, to see it come back to what it was.
  const facts = (name: string): string => {
    const post = api.registry.list()[0]?.model.get(`content/posts/${name}`);
    return JSON.stringify([post?.status, post?.url, post?.tags, post?.categories, post?.terms]);
  };

  before(async () => {
    api = await postcraftApi();
    for (const name of edited) originals.set(name, { bytes: await vscode.workspace.fs.readFile(file('content', 'posts', name)), facts: facts(name) });
  });
  afterEach(async () => {
    await revertAndCloseAll();
    // Should a buffer have reached the disk all the same (the harness turns auto save off), put the sample back as it
    // was, for the suites that count its posts after this one.
    for (const [name, original] of originals) {
      const uri = file('content', 'posts', name);
      const now = await vscode.workspace.fs.readFile(uri);
      if (now.length === original.bytes.length && now.every((b, i) => b === original.bytes[i])) continue;
      await vscode.workspace.fs.writeFile(uri, original.bytes);
      await waitFor(`${name} read again as it was`, () => (facts(name) === original.facts ? true : undefined));
    }
  });

  it('completes keys, taxonomy terms with counts, booleans and dates in TOML front matter', async () => {
    const uri = file('content', 'posts', 'front-matter-formats.md');
    const editor = await open(uri);
    assert.equal(editor.document.lineAt(7).text, '+++');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(7, 0), 'dr\nheadless = \nlastmod = \n')));
    const keys = await complete(uri, 7, 2);
    const draft = keys.find((i) => labelOf(i) === 'draft');
    assert.ok(draft, keys.map(labelOf).join(', '));
    assert.equal(insertOf(draft), 'draft = ');
    assert.equal(draft.detail, 'Hugo');
    for (const present of ['title', 'series', 'tags']) assert.ok(!keys.some((i) => labelOf(i) === present), `${present} is already written`);
    assert.ok(keys.some((i) => labelOf(i) === 'expiryDate'));
    assert.ok(!keys.some((i) => labelOf(i) === 'headless'), 'headless is written below');
    const booleans = await complete(uri, 8, 11);
    assert.deepEqual(booleans.map(labelOf).filter((l) => l === 'true' || l === 'false').sort(), ['false', 'true']);
    const dates = await complete(uri, 9, 10);
    const now = dates.find((i) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/.test(insertOf(i)));
    assert.ok(now, `a TOML date-time in the site's zone: ${dates.map(insertOf).join(', ')}`);
    // Inside `series = ["Hugo Basics"]`, after the opening quote: the series of the site, with their counts.
    assert.ok(editor.document.lineAt(6).text.startsWith('series = ["'));
    const series = await complete(uri, 6, 11);
    const intro = series.find((i) => labelOf(i) === '휴고 입문');
    assert.ok(intro, series.map(labelOf).join(', '));
    assert.ok(typeof intro.label !== 'string' && /3/.test(intro.label.description ?? ''), JSON.stringify(intro.label));
    assert.equal(insertOf(intro), '휴고 입문', 'inside quotes the term goes in as it is');
  });

  it('completes terms with counts and Hugo\'s keys in YAML front matter too', async () => {
    const uri = file('content', 'posts', 'half-year-review.md');
    const editor = await open(uri);
    assert.equal(editor.document.lineAt(6).text, 'tags: ["회고", "글쓰기"]');
    assert.ok(await editor.edit((b) => b.replace(editor.document.lineAt(6).range, 'tags: ["회고", ')));
    const tags = await complete(uri, 6, 13);
    const hugo = tags.find((i) => labelOf(i) === '휴고');
    assert.ok(hugo, tags.map(labelOf).join(', '));
    assert.ok(typeof hugo.label !== 'string' && /\d/.test(hugo.label.description ?? ''), JSON.stringify(hugo.label));
    assert.equal(insertOf(hugo), '휴고');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(7, 0), 'pub\n')));
    const keys = await complete(uri, 7, 3);
    const publishDate = keys.find((i) => labelOf(i) === 'publishDate');
    assert.equal(publishDate === undefined ? undefined : insertOf(publishDate), 'publishDate: ');
    assert.ok(!keys.some((i) => labelOf(i) === 'slug'), 'slug is already written');
  });

  it('hovers a date key with the dates Hugo reads, the status and the URL', async () => {
    const uri = file('content', 'posts', 'hello-from-the-future.md');
    const editor = await open(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('publishDate'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*publishDate\*\* — Hugo/);
    assert.match(text, /2099-01-01T09:00:00\+09:00/);
    assert.match(text, /--buildFuture/);
    assert.match(text, /https:\/\/example\.github\.io\/2024\/09\/hello-from-the-future\//);
  });

  it('puts Hugo\'s findings at their exact range, and a quick fix clears one', async () => {
    const uri = file('content', 'posts', 'half-year-review.md');
    const editor = await open(uri);
    assert.ok(editor.document.lineAt(3).text.startsWith('date: '));
    assert.ok(await editor.edit((b) => {
      b.replace(editor.document.lineAt(3).range, 'date: "2024-07-06 22:00"');
      b.insert(new vscode.Position(7, 0), 'draft: "T"\ntag: [회고]\n');
    }));
    const found = await waitFor('Hugo findings in the buffer', () => {
      const d = postcraftDiagnostics(uri);
      return ['hugo.dateUnreadable', 'hugo.boolText', 'hugo.taxonomySingular'].every((c) => d.some((x) => codeOf(x) === c)) ? d : undefined;
    });
    const date = found.find((d) => codeOf(d) === 'hugo.dateUnreadable');
    assert.deepEqual([date?.range.start.line, date?.range.start.character, date?.range.end.character], [3, 6, 24]);
    assert.equal(date?.severity, vscode.DiagnosticSeverity.Warning);
    const draft = found.find((d) => codeOf(d) === 'hugo.boolText');
    assert.deepEqual([draft?.range.start.line, draft?.range.start.character, draft?.range.end.character], [7, 7, 10]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(7, 8, 7, 8));
    const write = actions.find((a) => a.isPreferred && /true/.test(a.title));
    assert.ok(write?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(write.edit));
    assert.equal(editor.document.lineAt(7).text, 'draft: true');
    await waitFor('the draft finding to go', () => (postcraftDiagnostics(uri).some((d) => codeOf(d) === 'hugo.boolText') ? undefined : true));
  });
});
