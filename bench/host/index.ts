import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PostcraftApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/features/explorer/nodes';
import { saveEveryDocument } from '../../test/host/saveDocuments';
import { median } from '../median';

/**
 * The explorer's benchmark inside a real extension host (run by bench/hostBench.ts on a generated 10k-post
 * site). Prints figures; asserts nothing about time.
 */
export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<PostcraftApi>('postcraft.postcraft');
  if (extension === undefined) {
    throw new Error('postcraft is not loaded');
  }
  const t0 = performance.now();
  const api = await extension.activate();
  await api.registry.ready;
  const names = await showAll(api.explorer.tags);
  const firstShown = performance.now() - t0;
  const site = api.registry.list()[0];
  if (site === undefined) {
    throw new Error('no site');
  }
  print(`site: ${site.model.size} files; ${names.length} tags`);
  print(`tree shown with counts after activation (includes the first build or the persisted index): ${firstShown.toFixed(0)} ms`);

  for (const label of ['full rebuild (warm OS cache, persisted index present)', 'again']) {
    const t = performance.now();
    await api.registry.reload();
    await showAll(api.explorer.tags);
    print(`${label}: reload + tree shown: ${(performance.now() - t).toFixed(0)} ms`);
  }

  const tags = api.explorer.tags;
  const roots = (await tags.getChildren()) ?? [];
  const items = await Promise.all(roots.map(async (n) => ({ node: n, item: await tags.getTreeItem(n) })));
  const biggest = items.sort((a, b) => Number(b.item.description) - Number(a.item.description))[0];
  if (biggest === undefined) {
    throw new Error('no tags');
  }
  const expandTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await showAll(tags, biggest.node);
    expandTimes.push(performance.now() - t);
  }
  const label = typeof biggest.item.label === 'string' ? biggest.item.label : (biggest.item.label?.label ?? '');
  print(`expand the tag "${label}" (${String(biggest.item.description)} posts): first (groups the site) ${expandTimes[0]?.toFixed(0)} ms, then median ${median(expandTimes.slice(1)).toFixed(0)} ms`);

  const post = site.model.snapshot().posts.find((p) => p.status === 'published');
  if (post === undefined) {
    throw new Error('no post');
  }
  const uri = vscode.Uri.file(path.join(site.root, ...post.path.split('/')));
  const document = await vscode.workspace.openTextDocument(uri);
  const original = document.getText();
  const saveTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const titleLine = document.getText().split('\n').findIndex((l) => l.startsWith('title:'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, document.lineAt(titleLine).range, `title: "bench ${i}"`);
    await vscode.workspace.applyEdit(edit);
    const seen = new Promise<number>((resolve) => {
      const sub = api.registry.onDidChangeSite(() => {
        sub.dispose();
        resolve(performance.now());
      });
    });
    const t = performance.now();
    await document.save();
    saveTimes.push((await seen) - t);
  }
  print(`saved change reflected in the model (save event + read + update): median ${median(saveTimes).toFixed(0)} ms, max ${Math.max(...saveTimes).toFixed(0)} ms`);
  const restore = new vscode.WorkspaceEdit();
  restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
  await vscode.workspace.applyEdit(restore);
  await document.save();

  // Rename a post to its title: every file of the site is looked through for `{% post_url %}` naming it.
  const renameTimes: number[] = [];
  let current = uri;
  for (let i = 0; i < 3; i++) {
    const doc = await vscode.workspace.openTextDocument(current);
    const titleLine = doc.getText().split('\n').findIndex((l) => l.startsWith('title:'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(current, doc.lineAt(titleLine).range, `title: "bench rename ${i}"`);
    await vscode.workspace.applyEdit(edit);
    const t = performance.now();
    const renamed = await vscode.commands.executeCommand<vscode.Uri | undefined>('postcraft.renamePostToTitle', current);
    renameTimes.push(performance.now() - t);
    if (renamed === undefined) {
      throw new Error('the post was not renamed');
    }
    await saveEveryDocument();
    current = renamed;
  }
  print(`rename a post to its title, post_url references searched in ${site.model.size} files: median ${median(renameTimes).toFixed(0)} ms, max ${Math.max(...renameTimes).toFixed(0)} ms`);
  const back = new vscode.WorkspaceEdit();
  back.renameFile(current, uri);
  await vscode.workspace.applyEdit(back);
  const restored = await vscode.workspace.openTextDocument(uri);
  const whole = new vscode.WorkspaceEdit();
  whole.replace(uri, new vscode.Range(restored.positionAt(0), restored.positionAt(restored.getText().length)), original);
  await vscode.workspace.applyEdit(whole);
  await restored.save();

  // Rename the biggest tag across the site and back: reading the posts that carry it, then VS Code applying one edit.
  for (const [from, to] of [[label, `${label}-bench`], [`${label}-bench`, label]] as const) {
    const t = performance.now();
    const busy = performance.eventLoopUtilization();
    const summary = await vscode.commands.executeCommand<{ changed: readonly string[] }>('postcraft.renameTag', { from, to, confirm: false });
    const applied = performance.now() - t;
    const hostBusy = performance.eventLoopUtilization(busy).utilization;
    await saveEveryDocument();
    print(`rename the tag "${from}" in ${summary.changed.length} posts (read, plan, apply one edit): ${applied.toFixed(0)} ms, the extension host busy ${(hostBusy * 100).toFixed(0)} % of it; saved: ${(performance.now() - t).toFixed(0)} ms`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');

  print('targets: tree ≤ 1 s after activation; expanding a 5,000-post tag ≤ 300 ms; a saved change ≤ 100 ms');
}

async function showAll(tree: vscode.TreeDataProvider<ExplorerNode>, node?: ExplorerNode): Promise<ExplorerNode[]> {
  const children = (await tree.getChildren(node)) ?? [];
  for (const child of children) {
    await tree.getTreeItem(child);
  }
  return children;
}


function print(line: string): void {
  console.log(`BENCH ${line}`);
}
