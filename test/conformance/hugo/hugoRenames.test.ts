// Rename Post to Match Title on a Hugo site, checked by Hugo itself: a page and a bundle are renamed as the
// command renames them, their `ref`/`relref` shortcodes across the site rewritten; hugo 0.111.3 then builds the
// site (a reference it cannot find fails the build) and every link that went to the old page goes to the new one.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { hugoPathForTitle, hugoRefEdits, hugoRefNeedle, type HugoRename } from '../../../src/core/generators/hugo/hugoRenames';
import { applyEdits } from '../../../src/core/edits/textEdit';

const CONFIG = 'baseURL = "https://example.org/"\ntitle = "Refs"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n';
const page = (title: string, body: string): string => `---\ntitle: "${title}"\ndate: 2024-01-02T09:00:00Z\n---\n${body}\n`;

/** A site whose pages refer to `posts/old-name.md` and to the bundle `posts/trip/` in every form Hugo takes. */
const FILES: Record<string, string> = {
  'hugo.toml': CONFIG,
  'layouts/_default/single.html': '{{ .Content }}',
  'layouts/_default/list.html': '',
  'layouts/index.html': '',
  'content/posts/old-name.md': page('Old name', 'Itself: [me]({{< relref "old-name" >}}).'),
  'content/posts/trip/index.md': page('Trip', 'A bundle, and a page inside it: [n]({{< relref "notes.md" >}}).'),
  'content/posts/trip/notes.md': '---\ntitle: notes\n---\nA resource.\n',
  'content/posts/a.md': page('A', [
    '[bare]({{< ref "old-name" >}})',
    '[ext]({{< relref "old-name.md" >}})',
    '[root]({{< ref "/posts/old-name" >}})',
    '[anchor]({{< relref "/posts/old-name.md#section" >}})',
    '[markdown]({{% relref "posts/old-name" %}})',
    '[named]({{< ref path="old-name.md" >}})',
    '[climb]({{< relref "../posts/old-name.md" >}})',
    '[bundle]({{< relref "trip" >}})',
    '[bundle index]({{< relref "/posts/trip/index.md" >}})',
    '[other]({{< relref "b" >}})',
  ].join('\n\n')),
  'content/notes/b.md': page('B', [
    '[bare]({{< relref "old-name" >}})',
    '[root]({{< relref "/posts/old-name" >}})',
    '[bundle]({{< relref "/posts/trip" >}})',
    'Escaped: {{</* relref "old-name" */>}}',
    '```\n{{</* ref "old-name" */>}}\n```',
  ].join('\n\n')),
};

function writeSite(files: Record<string, string>): string {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-hugo-renames-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
    fs.writeFileSync(path.join(site, rel), text);
  }
  return site;
}

/** Every link of every page hugo builds, by page file; hugo fails (and so does this) on a ref it cannot find. */
function hugoLinks(site: string): Record<string, string[]> {
  const out = path.join(site, 'public');
  execFileSync('hugo', ['--source', site, '--destination', out, '--quiet'], { cwd: site, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, HUGO_CACHEDIR: path.join(site, '.cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
  const links: Record<string, string[]> = {};
  for (const file of fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'))) {
    const html = fs.readFileSync(path.join(out, file), 'utf8');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    if (hrefs.length > 0) links[`/${path.dirname(file)}/`] = hrefs;
  }
  return links;
}

/** The site as the command leaves it: the moved file or folder, and every page's references rewritten. */
function renamed(files: Record<string, string>, oldPath: string, rename: HugoRename): { files: Record<string, string>; edited: number; kept: number } {
  const config = readHugoSiteConfig([{ file: 'hugo.toml', text: files['hugo.toml'] ?? '' }]).config;
  const pages = Object.keys(files).filter((f) => f.startsWith('content/') && f.endsWith('.md'));
  const out: Record<string, string> = {};
  let edited = 0;
  let kept = 0;
  for (const [rel, text] of Object.entries(files)) {
    let next = text;
    if (rel.startsWith('content/') && text.includes(hugoRefNeedle(rename))) {
      const result = hugoRefEdits(text, rel, oldPath, rename, { config, pages });
      next = applyEdits(text, result.edits);
      edited += result.edits.length;
      kept += result.kept;
    }
    const moved = rel === rename.from ? rename.to : rel.startsWith(`${rename.from}/`) ? `${rename.to}${rel.slice(rename.from.length)}` : rel;
    out[moved] = next;
  }
  return { files: out, edited, kept };
}

describe('Rename Post to Match Title on a Hugo site, checked with hugo 0.111.3', () => {
  const config = readHugoSiteConfig([{ file: 'hugo.toml', text: CONFIG }]).config;
  const exists = (p: string): boolean => Object.hasOwn(FILES, p) || Object.keys(FILES).some((f) => f.startsWith(`${p}/`));

  it('renames a page file and every reference to it; hugo links them to the new page', () => {
    const rename = hugoPathForTitle('content/posts/old-name.md', '새 이름 New Name', config, exists);
    assert.ok(rename.ok);
    assert.deepEqual([rename.from, rename.to, rename.path], ['content/posts/old-name.md', 'content/posts/새-이름-new-name.md', 'content/posts/새-이름-new-name.md']);
    const before = hugoLinks(writeSite(FILES));
    const result = renamed(FILES, 'content/posts/old-name.md', rename);
    assert.equal(result.edited, 10, 'seven forms in a.md, two in b.md and the page\'s own');
    assert.equal(result.kept, 0);
    assert.ok(result.files['content/notes/b.md']?.includes('{{</* relref "old-name" */>}}'), 'an escaped shortcode is text, left alone');
    const after = hugoLinks(writeSite(result.files));
    const oldUrl = '/posts/old-name/';
    const newUrl = '/posts/%EC%83%88-%EC%9D%B4%EB%A6%84-new-name/';
    const swap = (links: Record<string, string[]>): Record<string, string[]> =>
      // hugo writes the page's folder with its name unescaped
      Object.fromEntries(Object.entries(links).map(([p, hrefs]) => [p === oldUrl ? decodeURIComponent(newUrl) : p, hrefs.map((h) => h.replace(`https://example.org${oldUrl}`, `https://example.org${newUrl}`).replace(oldUrl, newUrl))]));
    assert.ok(JSON.stringify(before).includes(oldUrl), 'the links went to the old page before');
    assert.deepEqual(after, swap(before));
  });

  it('renames a bundle\'s folder and the references to it; its own references still find their pages', () => {
    const rename = hugoPathForTitle('content/posts/trip/index.md', 'Road Trip', config, exists);
    assert.ok(rename.ok);
    assert.deepEqual([rename.from, rename.to, rename.path], ['content/posts/trip', 'content/posts/road-trip', 'content/posts/road-trip/index.md']);
    const before = hugoLinks(writeSite(FILES));
    const result = renamed(FILES, 'content/posts/trip/index.md', rename);
    assert.equal(result.edited, 3);
    const after = hugoLinks(writeSite(result.files));
    const swap = (links: Record<string, string[]>): Record<string, string[]> =>
      Object.fromEntries(Object.entries(links).map(([p, hrefs]) => [p.replace('/posts/trip/', '/posts/road-trip/'), hrefs.map((h) => h.replace('/posts/trip/', '/posts/road-trip/'))]));
    assert.deepEqual(after, swap(before));
  });

  it('keeps a date prefix and a language suffix, and refuses what it cannot rename well', () => {
    const bilingual = { ...config, hugo: { ...config.hugo, languages: { ...config.hugo.languages, ko: { ...Object.values(config.hugo.languages)[0], code: 'ko' } } } } as typeof config;
    const dated = hugoPathForTitle('content/posts/2024-03-05-walk.md', 'Spring Walk', config, () => false);
    assert.ok(dated.ok && dated.path === 'content/posts/2024-03-05-spring-walk.md');
    const taken = hugoPathForTitle('content/posts/a.md', 'Old Name', config, exists);
    assert.ok(taken.ok && taken.path === 'content/posts/old-name-2.md', 'never an existing file');
    const same = hugoPathForTitle('content/posts/old-name.md', 'Old Name', config, exists);
    assert.ok(!same.ok && same.reason.key === 'nameMatchesTitle');
    const section = hugoPathForTitle('content/posts/_index.md', 'Posts', config, exists);
    assert.ok(!section.ok && section.reason.key === 'notRenamable');
    const paired = hugoPathForTitle('content/posts/hello.md', 'Greetings', bilingual, (p) => p === 'content/posts/hello.ko.md');
    assert.ok(!paired.ok && paired.reason.key === 'hasTranslations');
  });
});
