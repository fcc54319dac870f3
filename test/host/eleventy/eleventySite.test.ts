import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rows, workspaceRoot } from '../postcraftApi';
import { waitFor } from '../waitFor';
import type { PostcraftApi } from '../../../src/extension';

const extensionId = 'postcraft.postcraft';
const file = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);
const postcraftDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Postcraft');
const exists = (uri: vscode.Uri): Thenable<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);

describe('an Eleventy blog (samples/eleventy-blog)', () => {
  let api: PostcraftApi;

  // Nothing calls activate() or a command first: eleventy.config.js in the workspace must wake Postcraft by itself.
  before(async () => {
    const extension = vscode.extensions.getExtension<PostcraftApi>(extensionId);
    assert.ok(extension, `${extensionId} is installed in the host`);
    await waitFor('Postcraft to activate by itself in an Eleventy workspace', () => (extension.isActive ? true : undefined), 30_000);
    api = extension.exports;
    await api.registry.ready;
  });

  it('reads the site as Eleventy: the posts of the posts collection, their URLs, the draft, and runs none of its code', async () => {
    const sites = api.registry.list();
    assert.deepEqual(sites.map((s) => s.generator.id), ['eleventy']);
    const posts = (sites[0]?.model.snapshot().posts ?? []).filter((p) => p.status !== 'notPost' && p.status !== 'invalid');
    const post = (name: string): (typeof posts)[number] | undefined => posts.find((p) => p.path === `content/blog/${name}`);
    assert.equal(posts.length, 8);
    assert.equal(post('2024-03-05-hello-eleventy.md')?.url, '/blog/2024-03-05-hello-eleventy/');
    assert.equal(post('custom-url.md')?.url, '/writing/custom-url/');
    assert.equal(post('next-steps.md')?.status, 'draft');
    assert.ok(post('computed-title.md')?.problems.some((p) => p.code === 'eleventy.computedFrontMatter'));
    assert.equal(await exists(file('written-by-js-front-matter.txt')), false, 'the ---js front matter was not run');
  });

  it('shows the topic tags with the counts of the posts Eleventy builds (not the posts collection tag)', async () => {
    const tags = await rows(api.explorer.tags);
    const labels = tags.map((r) => r.label);
    assert.ok(labels.includes('eleventy') && labels.includes('여행'), JSON.stringify(labels));
    assert.ok(!labels.includes('posts'), 'the collection tag is on every post: not a topic');
    assert.ok(tags.some((r) => r.label === 'eleventy' && r.description.includes('3')), JSON.stringify(tags.map((r) => [r.label, r.description])));
  });

  it('puts a date Eleventy cannot read in Problems at its line, in Eleventy\'s words', async () => {
    const uri = file('content', 'blog', 'bad-date.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: 날짜가 틀린 글\ndate: "2024-05-01 10:00"\n---\n본문\n'));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostic = await waitFor('a date diagnostic', () => postcraftDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error));
      assert.equal(diagnostic.range.start.line, 2, diagnostic.message);
      assert.match(diagnostic.message, /Eleventy/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('completes Eleventy\'s own keys (not Jekyll\'s) and the site\'s topic tags with their counts', async () => {
    const uri = file('content', 'blog', 'complete-me.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: 완성\ntags: [\n\n---\n본문\n'));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const label = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
      const keys = await waitFor('key completions', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, 0));
        return list.items.length > 0 ? list.items : undefined;
      });
      const keyLabels = keys.map(label);
      assert.ok(keyLabels.includes('permalink') && keyLabels.includes('eleventyExcludeFromCollections'), keyLabels.join(', '));
      assert.ok(!keyLabels.includes('categories') && !keyLabels.includes('published') && !keyLabels.includes('title'), keyLabels.join(', '));
      const tags = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 7));
      const eleventy = tags.items.find((i) => label(i) === 'eleventy');
      assert.ok(eleventy, tags.items.map(label).join(', '));
      assert.match(typeof eleventy.label === 'string' ? '' : (eleventy.label.description ?? ''), /3/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('shows in Problems, on the config\'s line, what only running the config would tell', async () => {
    const config = file('eleventy.config.js');
    const original = await vscode.workspace.fs.readFile(config);
    const changed = `${new TextDecoder().decode(original)}\nexport const parsing = (eleventyConfig) => eleventyConfig.addDateParsing((d) => d);\n`;
    const line = changed.split('\n').findIndex((l) => l.includes('addDateParsing'));
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(changed));
    try {
      const diagnostic = await waitFor('the config diagnostic', () => postcraftDiagnostics(config).find((d) => d.code === 'config.eleventy.dateParsing'), 20_000);
      assert.equal(diagnostic.range.start.line, line);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    await waitFor('the diagnostic to go with the change', () => (postcraftDiagnostics(config).length === 0 ? true : undefined), 20_000);
  });

  it('New Post makes a post in the posts\' folder, which the model reads as a post', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('postcraft.newPost', { root: workspaceRoot().fsPath, title: '일레븐티 새 글', tags: ['테스트'] });
    assert.ok(uri, 'the command returns the new file');
    try {
      const rel = uri.path.slice(workspaceRoot().path.length + 1);
      assert.equal(rel, 'content/blog/일레븐티-새-글.md');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(text, /^---\ntitle: 일레븐티 새 글\ndate: \d{4}-\d{2}-\d{2}\ntags: \[테스트\]\n---\n/);
      const site = api.registry.list()[0];
      const post = await waitFor('the new post in the model', () => site?.model.get(rel));
      assert.equal(post.status, 'published');
      assert.deepEqual(post.tags, ['테스트']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
