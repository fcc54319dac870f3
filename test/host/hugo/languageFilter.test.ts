import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postcraftApi, rows, type Row } from '../postcraftApi';
import { waitFor } from '../waitFor';
import type { PostcraftApi } from '../../../src/extension';

// The Hugo sample is Korean with one post translated into English (half-year-review.en.md): each post row says its
// language, and Filter by Language… narrows every Postcraft view, its counts included.

const filterByLanguage = 'postcraft.explorer.filterByLanguage';
const counts = (list: Row[]): Record<string, number> => Object.fromEntries(list.map((r) => [r.label, Number(r.description)]));

describe('languages of a Hugo blog (samples/hugo-blog)', () => {
  let api: PostcraftApi;

  before(async () => {
    api = await postcraftApi();
    // Files other tests made (a broken post, new posts) may still be leaving the model: the sample itself has none.
    const site = api.registry.list()[0];
    await waitFor('the sample\'s own files only', () => (site?.model.snapshot().posts.length === 11 ? true : undefined), 15_000);
  });

  after(async () => {
    await vscode.commands.executeCommand(filterByLanguage, '');
  });

  it('knows each post\'s language and shows it beside the post\'s date', async () => {
    const site = api.registry.list()[0];
    assert.deepEqual(site?.model.snapshot().languages, [{ code: 'ko', name: '한국어' }, { code: 'en', name: 'English' }]);
    assert.equal(site?.model.get('content/posts/half-year-review.en.md')?.lang, 'en');
    assert.equal(site?.model.get('content/posts/half-year-review.md')?.lang, 'ko');
    const categories = await rows(api.explorer.categories);
    const english = categories.find((r) => r.label === 'Retrospective');
    const korean = categories.find((r) => r.label === '회고');
    assert.ok(english && korean, JSON.stringify(categories.map((r) => r.label)));
    assert.deepEqual((await rows(api.explorer.categories, english.node)).map((r) => r.description), ['2024-07-06 · en']);
    assert.deepEqual((await rows(api.explorer.categories, korean.node)).map((r) => r.description), ['2024-07-06 · ko']);
    const drafts = (await rows(api.explorer.drafts)).map((r) => r.description);
    assert.ok(drafts.length >= 3 && drafts.every((d) => /(^| · )ko · /.test(d)), `the drafts are Korean: ${JSON.stringify(drafts)}`);
  });

  it('filters every view by the language chosen, counts included, and says so in each view', async () => {
    assert.deepEqual(api.explorer.language(), { active: undefined, descriptions: ['', '', '', ''] });
    const all = counts(await rows(api.explorer.categories));
    assert.equal(all['휴고'], 3);
    assert.equal(all['Retrospective'], 1);
    const draftsBefore = (await rows(api.explorer.drafts)).length;

    await vscode.commands.executeCommand(filterByLanguage, 'en');
    assert.deepEqual(api.explorer.language(), { active: 'en', descriptions: Array(4).fill('Language: en') });
    assert.deepEqual(counts(await rows(api.explorer.categories)), { Retrospective: 1 });
    assert.deepEqual(counts(await rows(api.explorer.tags)), { retrospective: 1, writing: 1 });
    assert.deepEqual(await rows(api.explorer.drafts), [], 'no English drafts');
    const series = (await rows(api.explorer.taxonomies)).find((r) => r.node.kind === 'taxonomy' && r.node.plural === 'series');
    assert.equal(series?.description, '0', 'no English post is in a series');

    await vscode.commands.executeCommand(filterByLanguage, 'ko');
    const korean = counts(await rows(api.explorer.categories));
    assert.equal(korean['휴고'], 3);
    assert.equal(korean['Retrospective'], undefined);
    assert.equal((await rows(api.explorer.drafts)).length, draftsBefore, 'every draft is Korean');

    await vscode.commands.executeCommand(filterByLanguage, '');
    assert.deepEqual(api.explorer.language(), { active: undefined, descriptions: ['', '', '', ''] });
    assert.deepEqual(counts(await rows(api.explorer.categories)), all);
  });

  it('says, in a view with no names to show, that no post has one yet and how to add one', async () => {
    const site = api.registry.list()[0];
    assert.ok(site);
    const file = vscode.Uri.joinPath(site.uri, 'content', 'posts', 'half-year-review.en.md');
    const before = await vscode.workspace.fs.readFile(file);
    try {
      // The only English post loses its tags: English shows no tag at all.
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(new TextDecoder().decode(before).replace(/^tags: .*\n/m, '')));
      await waitFor('the English post without tags', () => (site.model.get('content/posts/half-year-review.en.md')?.tags.length === 0 ? true : undefined), 15_000);
      await vscode.commands.executeCommand(filterByLanguage, 'en');
      assert.deepEqual(await rows(api.explorer.tags), []);
      assert.match(api.explorer.messages().tags ?? '', /^(No post has a tag yet|아직 태그가 있는 글이 없습니다)/);
      assert.equal(api.explorer.messages().categories, undefined, 'the English post still has a category');
      await vscode.commands.executeCommand(filterByLanguage, '');
      assert.equal(api.explorer.messages().tags, undefined, 'the Korean posts have tags');
    } finally {
      await vscode.workspace.fs.writeFile(file, before);
    }
  });
});
