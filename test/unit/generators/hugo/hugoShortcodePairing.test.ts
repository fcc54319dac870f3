// Hugo's pairing of shortcodes with embedded templates on pages in memory: where the error is, and when nothing is
// said. What hugo 0.111.3 itself does with each case is asked of it in test/conformance/hugo/hugoShortcodePairing.test.ts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHugoSiteConfig } from '../../../../src/core/generators/hugo/hugoSiteConfig';
import { lintPost } from '../../../../src/core/lint/lintPost';
import { createTimeZone } from '../../../../src/core/timeZone';
import { site } from '../../lint/lintHelpers';
import type { LintFinding } from '../../../../src/core/lint/lintTypes';

const PATH = 'content/posts/x.md';

function check(body: string, options: { built?: boolean; templates?: string[] } = {}): string[] {
  const config = readHugoSiteConfig([{ file: 'hugo.toml', text: '' }]).config;
  const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: Date.parse('2026-01-01T00:00:00Z') };
  const paths = new Set([PATH, ...(options.templates ?? [])]);
  const folders = new Set([...paths].map((p) => p.slice(0, p.lastIndexOf('/'))));
  const pages = { built: new Set(options.built === false ? [] : [PATH]), all: new Set([PATH]), shapers: new Set<string>(), files: { paths, folders, theme: undefined, manifests: new Map<string, string>() } };
  const text = `---\ntitle: t\n---\n${body}`;
  return lintPost({ path: PATH, text, ctx, site: { ...site(), pages } }).findings.filter((f) => /^hugo\.shortcode(Unclosed|NoInner)$/.test(f.code)).map(brief);
}

const brief = (f: LintFinding): string => `${f.code} ${f.range.line}:${f.range.startChar}-${f.range.endChar} ${f.args.join('|')}`;

describe('Hugo shortcodes with embedded templates, opened and closed', () => {
  it('an open highlight is an error at its opening when the page ends', () => {
    assert.deepEqual(check('text\n{{< highlight go >}}\nx\n'), ['hugo.shortcodeUnclosed 4:0-20 highlight']);
    assert.deepEqual(check('{{< highlight go >}}\n{{< highlight js >}}\n{{< /highlight >}}\n'), ['hugo.shortcodeUnclosed 3:0-20 highlight']);
  });

  it('a closing tag with nothing open is an error at the closing tag', () => {
    assert.deepEqual(check('{{< figure src="a" >}}\n  {{< /figure >}}\n'), ['hugo.shortcodeNoInner 4:2-17 figure']);
    assert.deepEqual(check('{{< highlight go >}}x{{< /highlight >}} {{< /highlight >}}\n'), ['hugo.shortcodeNoInner 3:40-58 highlight']);
  });

  it('says nothing of closed and self-closed pairs, pages hugo does not build, and the site\'s own templates', () => {
    assert.deepEqual(check('{{< highlight go />}} {{< highlight go >}}x{{% /highlight %}}\n'), []);
    assert.deepEqual(check('{{< highlight go >}}\n', { built: false }), []);
    assert.deepEqual(check('{{< highlight go >}}\n{{< /figure >}}\n', { templates: ['layouts/shortcodes/highlight.html', 'layouts/shortcodes/figure.html'] }), []);
  });
});
