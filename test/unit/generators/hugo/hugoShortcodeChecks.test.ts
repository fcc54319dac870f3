// Hugo's unknown-shortcode check on pages in memory: which names are known, where the finding is, and when nothing
// is said. What hugo 0.111.3 itself does with each case is asked of it in
// test/conformance/hugo/hugoShortcodeChecks.test.ts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHugoSiteConfig } from '../../../../src/core/generators/hugo/hugoSiteConfig';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { createTimeZone } from '../../../../src/core/timeZone';
import { site } from '../../lint/lintHelpers';
import type { LintFinding, SiteFiles } from '../../../../src/core/lint/lintTypes';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const PATH = 'content/posts/x.md';

function files(paths: readonly string[]): SiteFiles {
  const all = new Set([PATH, ...paths]);
  const folders = new Set([...all].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')));
  return { paths: all, folders, theme: undefined, manifests: new Map() };
}

function check(body: string, options: { toml?: string; files?: SiteFiles | undefined; built?: boolean } = {}): string[] {
  const config = readHugoSiteConfig([{ file: 'hugo.toml', text: options.toml ?? '' }]).config;
  const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: NOW };
  const pages = {
    built: new Set(options.built === false ? [] : [PATH]),
    all: new Set([PATH]),
    shapers: new Set<string>(),
    ...('files' in options ? (options.files === undefined ? {} : { files: options.files }) : { files: files(['layouts/shortcodes/mine.html']) }),
  };
  const text = `---\ntitle: t\n---\n${body}`;
  const found = lintPost({ path: PATH, text, ctx, site: { ...site(), pages } }).findings;
  return found.filter((f) => f.code === 'hugo.shortcodeNotFound').map(brief);
}

const brief = (f: LintFinding): string => `${f.severity} ${f.range.line}:${f.range.startChar}-${f.range.endChar} ${f.args.join('|')}`;

describe('Hugo shortcodes with no template', () => {
  it('is an error at the call\'s {{, on its file line (front matter counted), for < and % calls', () => {
    assert.deepEqual(check('Line {{< nosuch >}} and {{% other "x" %}}.\n'), ['error 3:5-19 nosuch', 'error 3:24-41 other']);
    assert.deepEqual(check('한글 문장 뒤: {{< 없음 >}}\n'), ['error 3:9-19 없음']);
    assert.deepEqual(check('```\n{{< in-code >}}\n```\n'), ['error 4:0-15 in-code']);
    assert.deepEqual(check('{{< pair >}}inner{{< /pair >}}\n'), ['error 3:0-12 pair']);
    assert.deepEqual(check('{{< dir/deep >}}\n'), ['error 3:0-16 dir/deep']);
  });

  it('knows Hugo\'s own shortcodes and the site\'s, variants included', () => {
    const site = files(['layouts/shortcodes/mine.html', 'layouts/shortcodes/lang.en.html', 'layouts/shortcodes/dir/deep.html', 'layouts/shortcodes/feed.json']);
    const body = '{{< figure src="a.png" >}} {{< youtube x >}} {{< param title >}} {{% highlight go %}}x{{% /highlight %}} {{< mine >}} {{< lang >}} {{< dir/deep >}} {{< feed >}}\n';
    assert.deepEqual(check(body, { files: site }), []);
    assert.deepEqual(check('{{< dir >}} {{< min >}} {{< deep >}}\n', { files: site }), ['error 3:0-11 dir', 'error 3:12-23 min', 'error 3:24-36 deep']);
  });

  it('skips escaped calls, inline shortcodes, the front matter and closing tags', () => {
    assert.deepEqual(check('{{</* nosuch */>}} {{< foo.inline >}}x{{< /foo.inline >}} {{< /stray >}}\n'), []);
    const config = readHugoSiteConfig([{ file: 'hugo.toml', text: '' }]).config;
    const text = '---\ntitle: "{{< nosuch >}}"\n---\nbody\n';
    const pages = { built: new Set([PATH]), all: new Set([PATH]), shapers: new Set<string>(), files: files([]) };
    assert.deepEqual(lintPost({ path: PATH, text, ctx: { config, zone: createTimeZone('UTC').zone, nowMs: NOW }, site: { ...site(), pages } }).findings.filter((f) => f.code === 'hugo.shortcodeNotFound'), []);
  });

  it('says nothing for a page hugo does not build (it never reads its shortcodes)', () => {
    assert.deepEqual(check('{{< nosuch >}}\n', { built: false }), []);
  });

  it('looks in the theme\'s layouts, and says nothing when the templates cannot all be known', () => {
    const themed = files(['themes/t/theme.toml', 'themes/t/layouts/shortcodes/themed.html']);
    assert.deepEqual(check('{{< themed >}} {{< nosuch >}}\n', { toml: 'theme = "t"\n', files: themed }), ['error 3:15-29 nosuch']);
    assert.deepEqual(check('{{< themed >}}\n', { toml: 'themesDir = "other"\ntheme = "t"\n', files: files(['other/t/theme.toml', 'other/t/layouts/shortcodes/themed.html']) }), []);
    assert.deepEqual(check('{{< themed >}}\n', { toml: 'theme = ["t", "u"]\n', files: themed }), [], 'theme u is not on the machine');
    assert.deepEqual(check('{{< nosuch >}}\n', { toml: 'theme = "github.com/x/y"\n', files: themed }), [], 'a module path');
    assert.deepEqual(check('{{< nosuch >}}\n', { toml: '[module]\n[[module.imports]]\npath = "github.com/x/y"\n', files: themed }), [], 'modules');
    assert.deepEqual(check('{{< nosuch >}}\n', { files: undefined }), [], 'files not listed');
  });

  it('reports every call, on a line of thousands', () => {
    const text = '{{< '.repeat(20_000) + '\n' + '{{< a >}}'.repeat(20_000);
    const found = check(text);
    assert.equal(found.length, 20_000);
  });
});
