import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
const writingSource = read('src/features/writing/registerWriting.ts');

// A Hugo post lives under content/, not _posts/: the writing commands are offered on it by context keys that
// registerWriting.ts sets for the active editor.
describe('the writing commands in the palette and the editor menu', () => {
  const entries = (menu: string, command: string) => (manifest.contributes.menus[menu] ?? []).filter((m) => m.command === command);
  for (const [command, key] of [
    ['postcraft.publishDraft', 'postcraft.activePostHasDraftFlag'],
    ['postcraft.unpublishPost', 'postcraft.activePostHasDraftFlag'],
    ['postcraft.togglePublished', 'postcraft.activePostHasDraftFlag'],
    ['postcraft.updateLastModified', 'postcraft.activePost'],
    ['postcraft.addTags', 'postcraft.activePost'],
    ['postcraft.removeTags', 'postcraft.activePost'],
    ['postcraft.addCategories', 'postcraft.activePost'],
    ['postcraft.removeCategories', 'postcraft.activePost'],
  ] as const) {
    it(`${command} is offered on any post by ${key}, and on Jekyll's folders as before`, () => {
      for (const menu of ['commandPalette', 'editor/context']) {
        const whens = entries(menu, command).map((m) => m.when ?? '');
        assert.equal(whens.length, 1, `${command} in ${menu}`);
        assert.match(whens[0] ?? '', new RegExp(`\\|\\| \\(\\w+ == markdown \\|\\| resourceExtname == \\.mdx\\) && ${key.replace(/\./g, '\\.')}\\)?$`), `${menu}: ${whens[0] ?? ''}`);
        assert.match(whens[0] ?? '', /_\(posts\|drafts\)|_drafts|_posts/, `${menu}: Jekyll's folders`);
      }
      assert.match(writingSource, new RegExp(`setContext', '${key.replace(/\./g, '\\.')}'`), `registerWriting sets ${key}`);
    });
  }

  // Astro and Docusaurus posts may be `.mdx`, whose language is not `markdown` (VS Code has no MDX language of its
  // own; an MDX extension may add `mdx`): every writing command is offered on them by their extension.
  for (const command of ['postcraft.publishDraft', 'postcraft.unpublishPost', 'postcraft.togglePublished', 'postcraft.updateLastModified', 'postcraft.addTags', 'postcraft.removeTags', 'postcraft.addCategories', 'postcraft.removeCategories', 'postcraft.insertPostLink', 'postcraft.insertImage', 'postcraft.copyPostUrl', 'postcraft.renamePostToTitle']) {
    it(`${command} is offered on an .mdx post wherever it is offered on a Markdown one`, () => {
      for (const menu of ['commandPalette', 'editor/context']) {
        for (const when of entries(menu, command).map((m) => m.when ?? '')) {
          const markdownTerms = when.match(/\w+ == markdown/g) ?? [];
          const mdxTerms = when.match(/\(\w+ == markdown \|\| resourceExtname == \.mdx\)/g) ?? [];
          assert.equal(mdxTerms.length, markdownTerms.length, `${menu}: ${when}`);
        }
      }
    });
  }

  it('Rename Post to Match Title is in the editor menu of any post, not only Jekyll folders', () => {
    const whens = entries('editor/context', 'postcraft.renamePostToTitle').map((m) => m.when ?? '');
    assert.equal(whens.length, 1);
    assert.match(whens[0] ?? '', /&& postcraft\.activePost\)?$/);
  });

  // Both builds register the writing commands (features/registerFeatures.ts): no menu entry of one asks for a
  // folder on this machine's disk, nor for a key that only one build sets.
  it('offers every writing command on any file system, in the desktop and the web build alike', () => {
    const registered = [...writingSource.matchAll(/registerCommand\(commandIds\.(\w+)/g)].map((m) => m[1]);
    assert.ok(registered.length > 10);
    assert.doesNotMatch(writingSource, /postcraft\.writing/);
    assert.match(read('src/features/registerFeatures.ts'), /registerWritingCommands\(/);
    for (const entry of ['src/extension.ts', 'src/extension.web.ts']) assert.match(read(entry), /registerFeatures\(/, entry);
    const ids = read('src/features/commands/commandIds.ts');
    for (const name of registered) {
      const command = new RegExp(`${name ?? ''}: '([^']+)'`).exec(ids)?.[1];
      assert.ok(command !== undefined, name);
      const palette = entries('commandPalette', command);
      assert.ok(palette.length > 0, `${command} has a palette entry`);
      for (const [menu, list] of Object.entries(manifest.contributes.menus)) {
        for (const entry of list.filter((m) => m.command === command)) {
          assert.doesNotMatch(entry.when ?? '', /resourceScheme|postcraft\.writing/, `${menu}: ${command}`);
        }
      }
    }
  });
});
