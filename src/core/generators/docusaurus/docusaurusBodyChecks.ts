/**
 * Markdown links Docusaurus 3.10.2 cannot resolve in a blog post: a link whose path ends in `.md`/`.mdx` is rewritten
 * to the permalink of the post it names (mdx-loader's resolveMarkdownLinks with the blog plugin's
 * resolveMarkdownLink: @docusaurus/utils resolveMarkdownLinkPathname), and only the blog's own posts of the build
 * are found; any other is reported as `onBrokenMarkdownLinks` says (`warn` by default, `throw` fails the build).
 * Where it is looked for: `./x.md` and `../x.md` beside the post; `/x.md` in the blog folder, then the site's root;
 * `x.md` beside the post, then those two; `@site/x.md` at the site's root. test/conformance/docusaurus/
 * docusaurusLinkChecks.test.ts asks Docusaurus each case.
 */
import { bodyReferences } from '../../lint/bodyReferences';
import { joinPath } from '../../lint/referenceChecks';
import { lintMessage } from '../../lint/lintMessages';
import type { BodyCheckInput } from '../generator';
import type { DocusaurusConfig } from './docusaurusSiteConfig';
import type { LintFinding } from '../../lint/lintTypes';
import type { Severity } from '../../problem';

/** The site's onBrokenMarkdownLinks as a severity; undefined for `ignore` or code (nothing to say). */
function severityOf(raw: Readonly<Record<string, unknown>>): Severity | undefined {
  const setting = 'onBrokenMarkdownLinks' in raw ? raw['onBrokenMarkdownLinks'] : 'warn';
  return setting === 'throw' ? 'error' : setting === 'warn' ? 'warning' : setting === 'log' ? 'info' : undefined;
}

export function docusaurusBodyFindings(input: BodyCheckInput, config: DocusaurusConfig): LintFinding[] {
  const { text, pages } = input;
  if (!/\.mdx?\b/i.test(text)) return [];
  const severity = severityOf(config.raw);
  if (severity === undefined) return [];
  const blogDir = config.docusaurus.blogDir;
  const postDir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/')) : '';
  const bodyLine = input.info.frontMatterLines === undefined ? 0 : input.info.frontMatterLines.end + 1;
  const findings: LintFinding[] = [];
  for (const ref of bodyReferences(text, bodyLine)) {
    if (ref.kind !== 'link') continue;
    const dest = ref.dest.trim();
    // A scheme or a host (`https:`, `//cdn`, `pathname://`) is no local link; neither is a bare #fragment.
    if (/^[a-z][a-z0-9+.-]*:/i.test(dest) || dest.startsWith('//') || dest.startsWith('#')) continue;
    const pathname = dest.replace(/[?#].*$/, '');
    if (!/\.mdx?$/i.test(pathname)) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      continue;
    }
    const dirs = decoded.startsWith('@site/') ? [] : decoded.startsWith('/') ? [blogDir, ''] : /^\.\.?\//.test(decoded) ? [postDir] : [postDir, blogDir, ''];
    const candidates = decoded.startsWith('@site/') ? [joinPath('', decoded.slice(6))] : dirs.map((d) => joinPath(d, decoded));
    if (candidates.some((c) => c !== undefined && pages.built.has(c))) continue;
    const range = { line: ref.line, startChar: ref.start, endChar: ref.end };
    findings.push({ range, severity, code: 'docusaurus.brokenMarkdownLink', args: [dest], message: lintMessage('docusaurus.brokenMarkdownLink', [dest]), fixes: [] });
  }
  return findings;
}
