import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, rows, workspaceRoot, type Row } from '../postcraftApi';
import { waitFor } from '../waitFor';
import type { PostcraftApi } from '../../../src/extension';

// What Jekyll 4.3.1 groups in samples/jekyll-blog (test/conformance/jekyll-oracle.rb asks it on every run).
const jekyllCategories = { Jekyll: 3, Writing: 2, dev: 3, 블로그: 2, Liquid: 2, Markdown: 1, VSCode: 1, 글쓰기: 1, 도구: 1 };
const jekyllTags = { jekyll: 3, 마크다운: 2, 지킬: 2, 글쓰기: 2, 'GitHub Pages': 1, checklist: 1, debugging: 1, 'front matter': 1, liquid: 2, markdown: 1, 'plain text': 1, rouge: 1, vscode: 1, writing: 1, 블로그: 1, 성능: 1, 습관: 1 };

const counts = (list: Row[]): Record<string, number> => Object.fromEntries(list.map((r) => [r.label, Number(r.description)]));
/** The same names with the same counts (this suite runs in the web host too, without Node's util). */
const sameCounts = (a: Record<string, number>, b: Record<string, number>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, n]) => b[name] === n);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);

describe('post explorer', () => {
  let api: PostcraftApi;
  before(async () => {
    api = await postcraftApi();
  });

  // Suites before this one write and delete posts: wait for their deletions to reach the model first.
  const settled = async (): Promise<void> => {
    let last = '';
    await waitFor('the sample blog as it ships', async () => {
      const drafts = await rows(api.explorer.drafts);
      const categories = counts(await rows(api.explorer.categories));
      last = JSON.stringify({ drafts: drafts.map((d) => (d.node.kind === 'post' ? d.node.path : d.label)), categories });
      return drafts.length === 4 && sameCounts(categories, jekyllCategories) ? true : undefined;
    }).catch(async (error: unknown) => {
      const onDisk = await vscode.workspace.fs.readDirectory(file('_posts')).then((entries) => entries.map(([name]) => name).join(', '));
      const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.path).join(', ');
      throw new Error(`${error instanceof Error ? error.message : String(error)}; the views show ${last}; _posts holds ${onDisk}; unsaved: ${dirty}`);
    });
  };

  it('shows the categories and tags Jekyll groups, with its counts', async () => {
    await settled();
    assert.deepEqual(counts(await rows(api.explorer.categories)), jekyllCategories);
    assert.deepEqual(counts(await rows(api.explorer.tags)), jekyllTags);
  });

  it('lists a category\'s posts newest first, with title and date', async () => {
    const jekyll = (await rows(api.explorer.categories)).find((r) => r.label === 'Jekyll');
    assert.ok(jekyll);
    const posts = await rows(api.explorer.categories, jekyll.node);
    assert.deepEqual(posts.map((p) => p.description), ['2024-11-08', '2024-05-22', '2024-03-05']);
    assert.equal(posts[2]?.label, '지킬 블로그 시작하기');
  });

  it('resolves a post\'s tooltip when shown: URL, taxonomy and the description read from the file', async () => {
    const jekyll = (await rows(api.explorer.categories)).find((r) => r.label === 'Jekyll');
    assert.ok(jekyll);
    const first = (await rows(api.explorer.categories, jekyll.node)).find((r) => r.label === '지킬 블로그 시작하기');
    assert.ok(first);
    const item = await api.explorer.categories.getTreeItem(first.node);
    assert.equal(item.tooltip, undefined, 'made only when shown');
    const resolved = await api.explorer.categories.resolveTreeItem?.(item, first.node, new vscode.CancellationTokenSource().token);
    const tip = resolved?.tooltip;
    assert.ok(tip instanceof vscode.MarkdownString);
    // appendText escapes Markdown's punctuation and keeps spaces as &nbsp;: compare the text as shown.
    const shown = tip.value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(shown, /GitHub Pages와 지킬로 개인 블로그를 처음 만들며 거친 과정을 정리했습니다\./);
    assert.match(shown, /\/jekyll\/%EB%B8%94%EB%A1%9C%EA%B7%B8\//, 'the URL');
    assert.match(shown, /2024-03-05/);
  });

  it('lists drafts, unpublished and future posts with their reasons', async () => {
    await settled();
    const drafts = await rows(api.explorer.drafts);
    const byFile = new Map(drafts.map((d) => [d.node.kind === 'post' ? d.node.path : '', d.description]));
    assert.match(byFile.get('_drafts/ideas-for-a-series.md') ?? '', /draft|초안/);
    assert.match(byFile.get('_posts/2024-07-15-상반기-회고.md') ?? '', /unpublished|게시 안 함/);
    assert.match(byFile.get('_posts/2099-01-01-hello-from-the-future.md') ?? '', /future|미래/);
    assert.equal(drafts.length, 4);
  });

  it('follows a post created, edited, renamed and deleted through workspace.fs', async () => {
    const created = file('_posts', '2025-06-01-새-글.md');
    await vscode.workspace.fs.writeFile(created, utf8('---\ntitle: 새 글\ncategories: [실험]\ntags: [새태그]\n---\n본문\n'));
    await waitFor('the new category', async () => (counts(await rows(api.explorer.categories))['실험'] === 1 ? true : undefined));
    assert.equal(counts(await rows(api.explorer.tags))['새태그'], 1);

    await vscode.workspace.fs.writeFile(created, utf8('---\ntitle: 고친 글\ncategories: [실험]\ntags: [새태그, jekyll]\n---\n본문\n'));
    await waitFor('the edited tags', async () => (counts(await rows(api.explorer.tags))['jekyll'] === 4 ? true : undefined));

    const renamed = file('_posts', '2025-06-02-새-글.md');
    await vscode.workspace.fs.rename(created, renamed);
    await waitFor('the renamed post', async () => {
      const experiment = (await rows(api.explorer.categories)).find((r) => r.label === '실험');
      const posts = experiment === undefined ? [] : await rows(api.explorer.categories, experiment.node);
      return posts.length === 1 && posts[0]?.description === '2025-06-02' && posts[0].label === '고친 글' ? true : undefined;
    });

    await vscode.workspace.fs.delete(renamed);
    await waitFor('the category to go', async () => (counts(await rows(api.explorer.categories))['실험'] === undefined ? true : undefined));
    assert.deepEqual(counts(await rows(api.explorer.tags)), jekyllTags);
  });

  it('follows an edit saved from an editor', async () => {
    const post = file('_posts', '2023-02-14-why-i-write-in-markdown.md');
    const document = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('title:'));
    const edit = new vscode.WorkspaceEdit();
    const original = document.lineAt(line).text;
    edit.replace(post, document.lineAt(line).range, 'title: "Why I write in Markdown, edited"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    await waitFor('the saved title', async () => {
      const writing = (await rows(api.explorer.categories)).find((r) => r.label === 'Writing');
      const posts = writing === undefined ? [] : await rows(api.explorer.categories, writing.node);
      return posts.some((p) => p.label === 'Why I write in Markdown, edited') ? true : undefined;
    });
    const restore = new vscode.WorkspaceEdit();
    restore.replace(post, document.lineAt(line).range, original);
    assert.ok(await vscode.workspace.applyEdit(restore));
    assert.ok(await document.save());
    await waitFor('the title restored', async () => {
      const writing = (await rows(api.explorer.categories)).find((r) => r.label === 'Writing');
      const posts = writing === undefined ? [] : await rows(api.explorer.categories, writing.node);
      return posts.some((p) => p.label === 'Why I Write in Markdown') ? true : undefined;
    });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('copies a post URL from url, baseurl and the permalink', async () => {
    await vscode.window.showTextDocument(file('dev', '_posts', '2025-03-18-debugging-liquid-includes.md'));
    const url = await vscode.commands.executeCommand<string>('postcraft.copyPostUrl');
    assert.equal(url, 'https://example.github.io/dev/liquid/debugging-liquid-includes/');
    assert.equal(await vscode.env.clipboard.readText(), url);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
