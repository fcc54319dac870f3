import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import type { RelativeFile } from '../../../src/core/render/renderTypes';
import { relativeFileReader } from '../../../src/features/preview/relativeFiles';
import { readFileInSite } from '../../../src/platform/siteFileRead';
import { tempSite, writeFile } from '../platform/tempSite';
import { render, sampleSite } from './sampleSite';

const POST = '_posts/2024-06-01-test.md';
const PLACEHOLDER = /<span class="pc-liquid-placeholder" title="([^"]*)">/g;

/** A site whose include_relative files come from a map, recording every site path asked for. */
function mapSite(files: Readonly<Record<string, string>>): { readonly asked: string[]; readonly site: ReturnType<typeof sampleSite> } {
  const asked: string[] = [];
  const site = sampleSite({
    relativeFiles: (sitePath): RelativeFile => {
      asked.push(sitePath);
      const text = files[sitePath];
      return text === undefined ? { kind: 'missing' } : { kind: 'file', text };
    },
  });
  return { asked, site };
}

function reasons(html: string): string[] {
  return [...html.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

describe('{% include_relative %} as Jekyll reads it', () => {
  it('reads from the folder of the post, with parameters and page variables, and a leading "/" stays in that folder', () => {
    const { asked, site } = mapSite({
      '_posts/snippet.md': 'Snippet for {{ include.who }} in {{ page.title }}.',
      '_posts/sub/inner.md': 'Inner *text*.',
    });
    const text = '---\ntitle: 제목\n---\nA {% include_relative snippet.md who="me" %}\n\nB {% include_relative sub/inner.md %}\n\nC {% include_relative /snippet.md who=page.title %}\n';
    const { html, relativeFiles } = render(text, { site, sitePath: POST });
    assert.match(html, /<p data-line="3">A Snippet for me in 제목\.<\/p>/);
    assert.match(html, /<p data-line="5">B Inner <em>text<\/em>\.<\/p>/);
    assert.match(html, /C Snippet for 제목 in 제목\./);
    assert.deepEqual(asked, ['_posts/snippet.md', '_posts/sub/inner.md', '_posts/snippet.md']);
    assert.deepEqual(relativeFiles, ['_posts/snippet.md', '_posts/sub/inner.md']);
  });

  it('reads from the page folder also for a name made by Liquid, and inside an included file', () => {
    const { asked, site } = mapSite({
      'dev/_posts/parts/outer.html': '<b>outer {% include_relative parts/inner.html %}</b>',
      'dev/_posts/parts/inner.html': 'inner',
    });
    const text = '---\npart: parts/outer.html\n---\n{% include_relative {{ page.part }} %}\n';
    const { html } = render(text, { site, sitePath: 'dev/_posts/2024-06-01-test.md' });
    assert.match(html, /<b>outer inner<\/b>/);
    assert.deepEqual(asked, ['dev/_posts/parts/outer.html', 'dev/_posts/parts/inner.html']);
  });

  it('shows a missing file as the visible placeholder and goes on', () => {
    const { site } = mapSite({});
    const { html } = render('{% include_relative nowhere.md %}\n\n## After\n', { site, sitePath: POST });
    assert.deepEqual(reasons(html), ['include_relative file &quot;nowhere.md&quot; not found']);
    assert.match(html, /\{% include_relative nowhere\.md %\}<\/span>/);
    assert.match(html, /<h2 id="after"/);
  });

  it('refuses the names Jekyll refuses, without reading anything: "..", "./", "//", non-ASCII', () => {
    const { asked, site } = mapSite({ '_posts/snippet.md': 'secret' });
    const names = ['../../etc/passwd', '../_config.yml', 'sub/../snippet.md', './snippet.md', 'a//snippet.md', '한글.md', 'snippet.md;rm'];
    const text = names.map((n) => `{% include_relative ${n} %}`).join('\n\n');
    const { html } = render(text, { site, sitePath: POST });
    const shown = reasons(html);
    assert.equal(shown.length, names.length);
    for (const reason of shown) assert.match(reason, /Jekyll refuses this name/);
    assert.deepEqual(asked, []);
    assert.doesNotMatch(html, /secret/);
  });

  it('refuses the same names in {% include %}', () => {
    const { html } = render('{% include ../_config.yml %}', { sitePath: POST });
    assert.match(reasons(html)[0] ?? '', /include file &quot;\.\.\/_config\.yml&quot;: Jekyll refuses this name/);
  });

  it('shows the reason of a refused read', () => {
    const site = sampleSite({ relativeFiles: () => ({ kind: 'refused', reason: 'not in Restricted Mode' }) });
    const { html } = render('{% include_relative snippet.md %}\n', { site, sitePath: POST });
    assert.deepEqual(reasons(html), ['not in Restricted Mode']);
  });
});

describe('the files include_relative may read', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-outside-'));
  fs.writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0');
  const root = tempSite({
    '_config.yml': 'title: t\n',
    '_posts/snippet.md': 'Snippet.',
    '_posts/big.md': 'x'.repeat(2048),
    '_posts/folder/keep.md': 'kept',
  });
  fs.symlinkSync(path.join(outside, 'passwd'), path.join(root, '_posts', 'link-out.md'));
  fs.symlinkSync(outside, path.join(root, '_posts', 'dir-out'));
  fs.symlinkSync(path.join(root, '_posts', 'snippet.md'), path.join(root, '_posts', 'link-in.md'));
  writeFile(root, 'elsewhere/notes.md', 'Notes.');
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('reads a regular file and a link that stays inside the site', () => {
    assert.deepEqual(readFileInSite(root, '_posts/snippet.md', 1024), { kind: 'file', text: 'Snippet.' });
    assert.deepEqual(readFileInSite(root, '_posts/link-in.md', 1024), { kind: 'file', text: 'Snippet.' });
  });

  it('refuses a link to a file or a folder outside the site, a path that climbs out, and too large a file', () => {
    assert.deepEqual(readFileInSite(root, '_posts/link-out.md', 1024), { kind: 'outside' });
    assert.deepEqual(readFileInSite(root, '_posts/dir-out/passwd', 1024), { kind: 'outside' });
    assert.deepEqual(readFileInSite(root, '../../etc/passwd', 1024), { kind: 'outside' });
    assert.deepEqual(readFileInSite(root, '_posts/big.md', 1024), { kind: 'tooLarge' });
    assert.deepEqual(readFileInSite(root, '_posts/nothing.md', 1024), { kind: 'missing' });
    assert.deepEqual(readFileInSite(root, '_posts/folder', 1024), { kind: 'missing' });
  });

  it('keeps what a hostile post names out of the preview, end to end', () => {
    const reasonsGiven = { restricted: 'restricted', outside: (p: string) => `outside: ${p}`, tooLarge: (p: string) => `large: ${p}` };
    const site = sampleSite({ relativeFiles: relativeFileReader({ isTrusted: () => true, read: (p) => readFileInSite(root, p, 1024), reasons: reasonsGiven }) });
    const text = ['{% include_relative link-out.md %}', '{% include_relative dir-out/passwd %}', '{% include_relative /etc/passwd %}', '{% include_relative ../../etc/passwd %}', '{% include_relative snippet.md %}'].join('\n\n');
    const { html } = render(text, { site, sitePath: POST });
    assert.doesNotMatch(html, /root:x/);
    assert.deepEqual(reasons(html).slice(0, 3), ['outside: _posts/link-out.md', 'outside: _posts/dir-out/passwd', 'include_relative file &quot;/etc/passwd&quot; not found']);
    assert.match(reasons(html)[3] ?? '', /Jekyll refuses this name/);
    assert.match(html, /<p data-line="8">Snippet\.<\/p>/);
  });

  it('reads nothing in Restricted Mode', () => {
    let reads = 0;
    const reader = relativeFileReader({
      isTrusted: () => false,
      read: (p) => {
        reads++;
        return readFileInSite(root, p, 1024);
      },
      reasons: { restricted: 'Restricted Mode', outside: () => 'outside', tooLarge: () => 'large' },
    });
    const { html } = render('{% include_relative snippet.md %}\n', { site: sampleSite({ relativeFiles: reader }), sitePath: POST });
    assert.deepEqual(reasons(html), ['Restricted Mode']);
    assert.doesNotMatch(html, /Snippet\./);
    assert.equal(reads, 0);
  });
});
