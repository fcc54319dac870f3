import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyEdits, invertEdits, positionAt } from '../../../src/core/edits/textEdit';
import { commandIds } from '../../../src/features/commands/commandIds';
import { postcraftApi, rows, workspaceRoot } from '../postcraftApi';
import { saveEveryDocument } from '../saveDocuments';
import { waitFor } from '../waitFor';
import type { ExplorerNode } from '../../../src/features/explorer/nodes';
import type { RefactorSummary } from '../../../src/features/writing/taxonomyRefactor';
import type { PostcraftApi } from '../../../src/extension';

const file = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
const text = async (rel: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(rel)));

/** Every file under content/, by site path, as text. */
async function contentFiles(dir = 'content', out = new Map<string, string>()): Promise<Map<string, string>> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(file(dir))) {
    const rel = `${dir}/${name}`;
    if (type === vscode.FileType.Directory) await contentFiles(rel, out);
    else if (name.endsWith('.md')) out.set(rel, await text(rel));
  }
  return out;
}

/** Waits until the file on disk is `expected` (a save reaches the disk a moment after it resolves). */
async function onDisk(rel: string, expected: string): Promise<void> {
  let now = '';
  await waitFor(`${rel} on disk`, async () => {
    now = await text(rel);
    return now === expected ? true : undefined;
  }).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- expected ---\n${expected}\n--- on disk ---\n${now}`);
  });
}

/** Undoes a refactor in one WorkspaceEdit (VS Code's own multi-file undo asks a question a host test cannot answer). */
async function undo(summary: RefactorSummary): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  for (const f of summary.files) {
    const after = applyEdits(f.before, f.edits);
    for (const e of invertEdits(f.before, f.edits)) {
      const s = positionAt(after, e.start);
      const t = positionAt(after, e.end);
      edit.replace(vscode.Uri.parse(f.uri), new vscode.Range(s.line, s.character, t.line, t.character), e.newText);
    }
  }
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  await saveEveryDocument();
}

// Writing commands on the Hugo sample: publish and unpublish set Hugo's draft flag in place (TOML or YAML), and a
// rename changes a term wherever it is written, matched by Hugo's term key, in TOML and YAML posts alike.
describe('writing commands on a Hugo blog', () => {
  let api: PostcraftApi;
  let original: Map<string, string>;
  const post = (rel: string) => api.registry.list()[0]?.model.get(rel);
  const draftTitles = async (): Promise<string[]> => (await rows(api.explorer.drafts)).map((r) => r.label);

  before(async () => {
    api = await postcraftApi();
    original = await contentFiles();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const now = await contentFiles();
    const differ = [...original].filter(([rel, t]) => now.get(rel) !== t).map(([rel]) => rel);
    assert.deepEqual(differ, [], 'every content file is back to its bytes');
  });

  it('unpublishes a TOML post with draft = true, in place, and publishes it again with draft = false', async () => {
    const rel = 'content/posts/permalinks.md';
    const before = original.get(rel) ?? '';
    const lines = before.split('\n');
    const close = lines.indexOf('+++', 1);
    const withDraft = (value: boolean): string => [...lines.slice(0, close), `draft = ${value}`, ...lines.slice(close)].join('\n');

    const unpublished = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.unpublishPost, file(rel));
    assert.equal(unpublished?.toString(), file(rel).toString(), 'the post stays where it is');
    await onDisk(rel, withDraft(true));
    await waitFor('the post to be a draft', () => (post(rel)?.status === 'draft' ? true : undefined));
    await waitFor('the Drafts view to list it', async () => ((await draftTitles()).includes('주소 규칙 정하기') ? true : undefined));

    const published = await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.publishDraft, file(rel));
    assert.equal(published?.toString(), file(rel).toString());
    await onDisk(rel, withDraft(false));
    await waitFor('the post to be published', () => (post(rel)?.status === 'published' ? true : undefined));
    assert.ok(!(await draftTitles()).includes('주소 규칙 정하기'));

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(file(rel), new TextEncoder().encode(before));
    await waitFor('the model to read the post back', () => (post(rel)?.status === 'published' ? true : undefined));
  });

  it('publishes a YAML draft by draft: false, and unpublishing it gives back the same bytes', async () => {
    const rel = 'content/posts/comment-systems.md';
    const before = original.get(rel) ?? '';
    assert.equal(post(rel)?.status, 'draft');
    await vscode.commands.executeCommand(commandIds.publishDraft, file(rel));
    await onDisk(rel, before.replace(/^draft: true$/m, 'draft: false'));
    await waitFor('the draft to be published', () => (post(rel)?.status === 'published' ? true : undefined));
    await waitFor('the Drafts view to let it go', async () => ((await draftTitles()).includes('블로그 댓글 시스템 고르기') ? undefined : true));
    await vscode.commands.executeCommand(commandIds.unpublishPost, file(rel));
    await onDisk(rel, before);
    await waitFor('the post to be a draft again', () => (post(rel)?.status === 'draft' ? true : undefined));
  });

  it('renames a category by its term key across TOML posts ("hugo" is the term "Hugo"), in one edit', async () => {
    const summary = await vscode.commands.executeCommand<RefactorSummary>(commandIds.renameCategory, { root: workspaceRoot().fsPath, from: 'hugo', to: 'Hugo Notes', confirm: false });
    assert.equal(summary.applied, true);
    assert.deepEqual([...summary.changed].sort(), ['content/posts/front-matter-formats.md', 'content/posts/hello-from-the-future.md']);
    for (const f of summary.files) {
      assert.equal(applyEdits(f.before, f.edits), f.before.replace('categories = ["Hugo"]', 'categories = ["Hugo Notes"]'));
    }
    await saveEveryDocument();
    await onDisk('content/posts/front-matter-formats.md', (original.get('content/posts/front-matter-formats.md') ?? '').replace('["Hugo"]', '["Hugo Notes"]'));
    await waitFor('the model to see the new name', () => (post('content/posts/front-matter-formats.md')?.categories.includes('Hugo Notes') === true ? true : undefined));
    await undo(summary);
    await onDisk('content/posts/front-matter-formats.md', original.get('content/posts/front-matter-formats.md') ?? '');
    await onDisk('content/posts/hello-from-the-future.md', original.get('content/posts/hello-from-the-future.md') ?? '');
  });

  it('renames a tag written in TOML and YAML posts from its node in the Tags view', async () => {
    const node = (await rows(api.explorer.tags)).find((r) => r.label === '휴고')?.node;
    assert.ok(node, 'the Tags view shows 휴고');
    const summary = await vscode.commands.executeCommand<RefactorSummary>(commandIds.renameTag, { ...node, to: '휴고 노트', confirm: false });
    assert.equal(summary.applied, true);
    assert.deepEqual([...summary.changed].sort(), ['content/posts/hugo-first-steps/index.md', 'content/posts/permalinks.md', 'content/posts/taxonomies-and-series/index.md']);
    const edited = new Map(summary.files.map((f) => [f.uri, applyEdits(f.before, f.edits)]));
    assert.equal(edited.get(file('content/posts/permalinks.md').toString()), (original.get('content/posts/permalinks.md') ?? '').replace('tags = ["휴고", "주소"]', 'tags = ["휴고 노트", "주소"]'));
    assert.equal(edited.get(file('content/posts/hugo-first-steps/index.md').toString()), (original.get('content/posts/hugo-first-steps/index.md') ?? '').replace('tags: ["휴고", ', 'tags: ["휴고 노트", '));
    await saveEveryDocument();
    await waitFor('the model to see the new tag', () => (post('content/posts/permalinks.md')?.tags.includes('휴고 노트') === true ? true : undefined));
    await undo(summary);
    for (const rel of summary.changed) await onDisk(rel, original.get(rel) ?? '');
  });

  it('renames a series from its node in the Other Taxonomies view', async () => {
    const taxonomy = (await rows(api.explorer.taxonomies)).find((r) => r.label === 'series')?.node;
    assert.ok(taxonomy, 'Other Taxonomies shows series');
    const term: ExplorerNode | undefined = (await rows(api.explorer.taxonomies, taxonomy)).find((r) => r.label === '휴고 입문')?.node;
    assert.ok(term?.kind === 'term');
    const summary = await vscode.commands.executeCommand<RefactorSummary>(commandIds.renameTerm, { ...term, to: 'Hugo 입문', confirm: false });
    assert.equal(summary.applied, true);
    assert.deepEqual([...summary.changed].sort(), ['content/posts/hugo-first-steps/index.md', 'content/posts/permalinks.md', 'content/posts/taxonomies-and-series/index.md']);
    assert.ok(summary.files.every((f) => applyEdits(f.before, f.edits) === f.before.replace('"휴고 입문"', '"Hugo 입문"')));
    await saveEveryDocument();
    await waitFor('the model to see the new series', () => (post('content/posts/permalinks.md')?.terms?.['series']?.includes('Hugo 입문') === true ? true : undefined));
    await undo(summary);
    for (const rel of summary.changed) await onDisk(rel, original.get(rel) ?? '');
  });
});
