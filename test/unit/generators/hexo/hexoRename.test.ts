// Rename Post to Match Title on a Hexo site: the file takes the slug `hexo new` would give the title in place of
// its `:title` (the date of its name kept), the post's slug and URL as Postcraft reads them (compared with Hexo's
// own in test/conformance/hexo) follow, and `post_link`/`post_path` tags naming the old slug follow too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hexoGenerator } from '../../../../src/core/generators/hexo/hexoGenerator';
import { hexoReferenceEdits } from '../../../../src/core/generators/hexo/hexoRename';
import { readHexoSiteConfig } from '../../../../src/core/generators/hexo/hexoSiteConfig';
import { applyEdits } from '../../../../src/core/edits/textEdit';
import { createTimeZone } from '../../../../src/core/timeZone';
import type { SiteConfig } from '../../../../src/core/siteConfig';

const root = path.resolve(__dirname, '..', '..', '..', '..', '..');
const sample = path.join(root, 'samples', 'hexo-blog');
const sampleConfig = readHexoSiteConfig([{ file: '_config.yml', text: fs.readFileSync(path.join(sample, '_config.yml'), 'utf8') }]).config;
const zone = createTimeZone('Asia/Seoul').zone;
const renaming = hexoGenerator.renaming;
assert.ok(renaming);

function read(sitePath: string, text: string, config: SiteConfig = sampleConfig): ReturnType<typeof hexoGenerator.classify> {
  return hexoGenerator.classify(sitePath, hexoGenerator.readPost(text, config), 0, { config, zone, nowMs: Date.UTC(2025, 0, 1) });
}

function target(sitePath: string, title: string, config: SiteConfig = sampleConfig, exists: (p: string) => boolean = () => false) {
  return renaming?.target(sitePath, title, config, exists);
}

describe('Rename Post on a Hexo site', () => {
  it('keeps the date new_post_name reads in the file name and gives the post the title\'s slug and URL', () => {
    const old = 'source/_posts/2024-04-10-go-modules.md';
    const text = fs.readFileSync(path.join(sample, old), 'utf8');
    const renamed = target(old, 'Go Modules, in Depth');
    assert.deepEqual(renamed, { ok: true, from: old, to: 'source/_posts/2024-04-10-Go-Modules-in-Depth.md', path: 'source/_posts/2024-04-10-Go-Modules-in-Depth.md' });
    const before = read(old, text);
    const after = read(renamed.path, text);
    assert.equal(before.url, '/2024/04/10/go-modules/');
    assert.equal(after.url, before.url?.replace('go-modules', 'Go-Modules-in-Depth'));
    assert.equal(after.date?.epochMs, before.date?.epochMs);
  });

  it('lower-cases the slug with filename_case: 1, keeps Hangul, and renames a draft in its folder', () => {
    const { config } = readHexoSiteConfig([{ file: '_config.yml', text: 'new_post_name: :year-:month-:day-:title.md\nfilename_case: 1\n' }]);
    const renamed = target('source/_posts/2024-03-05-x.md', '서울 Spring Walk', config);
    assert.ok(renamed?.ok);
    assert.equal(renamed.path, 'source/_posts/2024-03-05-서울-spring-walk.md');
    assert.equal(read(renamed.path, '---\ntitle: t\n---\n', config).url, '/2024/03/05/서울-spring-walk/');
    const draft = target('source/_drafts/idea.md', 'A Better Idea', config);
    assert.ok(draft?.ok);
    assert.equal(draft.path, 'source/_drafts/a-better-idea.md');
  });

  it('keeps the folders of :title, and the name of a file new_post_name does not read', () => {
    const { config } = readHexoSiteConfig([{ file: '_config.yml', text: 'new_post_name: :title.md\npermalink: :title/\n' }]);
    const renamed = target('source/_posts/notes/old-name.md', 'New Name', config);
    assert.ok(renamed?.ok);
    assert.equal(renamed.path, 'source/_posts/notes/New-Name.md');
    assert.equal(read(renamed.path, '---\ntitle: t\n---\n', config).url, '/notes/New-Name/');
    const dated = readHexoSiteConfig([{ file: '_config.yml', text: 'new_post_name: :year-:month-:day-:title.md\n' }]).config;
    const plain = target('source/_posts/sub/hello-world.md', 'Hello There', dated);
    assert.ok(plain?.ok);
    assert.equal(plain.path, 'source/_posts/sub/Hello-There.md');
  });

  it('numbers a taken name as hexo new does, and refuses what it cannot rename', () => {
    const taken = new Set(['source/_posts/2024-04-10-Go.md', 'source/_posts/2024-04-10-Go-1.md']);
    const renamed = target('source/_posts/2024-04-10-go-modules.md', 'Go', sampleConfig, (p) => taken.has(p));
    assert.ok(renamed?.ok);
    assert.equal(renamed.path, 'source/_posts/2024-04-10-Go-2.md');
    const same = target('source/_posts/2024-04-10-go-modules.md', 'go modules');
    assert.deepEqual(same, { ok: false, reason: { key: 'nameMatchesTitle', args: [] } });
    assert.equal(target('source/about/index.md', 'About')?.ok, false);
    assert.deepEqual(target('source/_posts/2024-04-10-go-modules.md', '!!!'), { ok: false, reason: { key: 'noSlug', args: [] } });
    const assets = readHexoSiteConfig([{ file: '_config.yml', text: 'post_asset_folder: true\n' }]).config;
    assert.deepEqual(target('source/_posts/hello.md', 'Bye', assets, (p) => p === 'source/_posts/hello'), { ok: false, reason: { key: 'hasAssetFolder', args: [] } });
    assert.equal(target('source/_posts/hello.md', 'Bye', assets)?.ok, true);
  });

  it('makes post_link and post_path name the new slug, with a #hash, quoted, and not in code', () => {
    const text = [
      'See {% post_link go-modules %} and {% post_link go-modules#setup "the setup" %}.',
      "Path: {% post_path 'go-modules' %}; another: {% post_link go-modules-2 %}; by title: {% post_link Go %}.",
      '`{% post_link go-modules %}`',
      '```',
      '{% post_link go-modules %}',
      '```',
      '{%- post_link go-modules -%}',
    ].join('\n');
    const out = applyEdits(text, hexoReferenceEdits(text, 'go-modules', 'go-in-depth'));
    assert.equal(out, [
      'See {% post_link go-in-depth %} and {% post_link go-in-depth#setup "the setup" %}.',
      "Path: {% post_path 'go-in-depth' %}; another: {% post_link go-modules-2 %}; by title: {% post_link Go %}.",
      '`{% post_link go-modules %}`',
      '```',
      '{% post_link go-modules %}',
      '```',
      '{%- post_link go-in-depth -%}',
    ].join('\n'));
  });

  it('follows the sample\'s post_link to the renamed post through the seam', () => {
    const old = 'source/_posts/2024-04-10-go-modules.md';
    const renamed = target(old, 'Go in Depth');
    assert.ok(renamed?.ok);
    const linking = fs.readFileSync(path.join(sample, 'source/_posts/hello-world.md'), 'utf8');
    const needle = renaming.needle(old, renamed, sampleConfig);
    assert.equal(needle, 'go-modules');
    assert.ok(linking.includes(needle));
    const found = renaming.referenceEdits(linking, 'source/_posts/hello-world.md', old, renamed, { config: sampleConfig, pages: [] });
    assert.equal(found.edits.length, 1);
    assert.match(applyEdits(linking, found.edits), /^Read next: \{% post_link Go-in-Depth %\}$/m);
  });
});
