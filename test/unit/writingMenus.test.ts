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
        assert.match(whens[0] ?? '', new RegExp(`\\|\\| \\w+ == markdown && ${key.replace(/\./g, '\\.')}$`), `${menu}: ${whens[0] ?? ''}`);
        assert.match(whens[0] ?? '', /_\(posts\|drafts\)|_drafts|_posts/, `${menu}: Jekyll's folders`);
      }
      assert.match(writingSource, new RegExp(`setContext', '${key.replace(/\./g, '\\.')}'`), `registerWriting sets ${key}`);
    });
  }
});
