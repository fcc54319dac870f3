/**
 * Markdown links Docusaurus 3.10.2 cannot resolve in a blog post: a link whose path ends in `.md`/`.mdx` is rewritten
 * to the permalink of the post it names (mdx-loader's resolveMarkdownLinks with the blog plugin's
 * resolveMarkdownLink: @docusaurus/utils resolveMarkdownLinkPathname), and only the blog's own posts of the build
 * are found; any other is reported as `onBrokenMarkdownLinks` says (`warn` by default, `throw` fails the build).
 * Where it is looked for: `./x.md` and `../x.md` beside the post; `/x.md` in the blog folder, then the site's root;
 * `x.md` beside the post, then those two; `@site/x.md` at the site's root. test/conformance/docusaurus/
 * docusaurusLinkChecks.test.ts asks Docusaurus each case. Reference definitions (`[a]: ./x.md`) are resolved as
 * links are, at the definition (used or not). Markdown images are checked as the build checks them (below).
 */
import { bodyReferences, type BodyReference } from '../../lint/bodyReferences';
import { linkDefinitions } from '../../lint/linkDefinitions';
import { configuredServedFolders } from '../servedFolder';
import { joinPath } from '../../lint/referenceChecks';
import { lintMessage } from '../../lint/lintMessages';
import type { BodyCheckInput } from '../generatorInputs';
import type { DocusaurusConfig } from './docusaurusSiteConfig';
import type { LintFinding, SiteFiles } from '../../lint/lintTypes';
import type { Severity } from '../../problem';

/** A reporting severity option (`onBrokenMarkdownLinks`, `onBrokenMarkdownImages`) as a severity; undefined for `ignore` or code. */
function severityOf(raw: Readonly<Record<string, unknown>>, option: string, fallback: string): Severity | undefined {
  const setting = option in raw ? raw[option] : fallback;
  return setting === 'throw' ? 'error' : setting === 'warn' ? 'warning' : setting === 'log' ? 'info' : undefined;
}

export function docusaurusBodyFindings(input: BodyCheckInput, config: DocusaurusConfig): LintFinding[] {
  const bodyLine = input.info.frontMatterLines === undefined ? 0 : input.info.frontMatterLines.end + 1;
  const references = input.text.includes('](') ? bodyReferences(input.text, bodyLine, isCommonMark(input.path, config)) : [];
  return [...linkFindings(input, config, references, bodyLine), ...imageFindings(input, config, references)];
}

function linkFindings(input: BodyCheckInput, config: DocusaurusConfig, references: readonly BodyReference[], bodyLine: number): LintFinding[] {
  const { text, pages } = input;
  if (!/\.mdx?\b/i.test(text)) return [];
  const severity = severityOf(config.raw, 'onBrokenMarkdownLinks', 'warn');
  if (severity === undefined) return [];
  const blogDir = config.docusaurus.blogDir;
  const postDir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/')) : '';
  const findings: LintFinding[] = [];
  // Inline links, and reference definitions (`[a]: ./x.md`), which the plugin resolves the same way.
  const links = [
    ...references.filter((r) => r.kind === 'link').map((r) => ({ dest: r.dest, line: r.line, start: r.start, end: r.end })),
    ...linkDefinitions(text, bodyLine, isCommonMark(input.path, config)).map((d) => ({ dest: d.dest, line: d.line, start: d.start, end: d.destEnd })),
  ];
  for (const ref of links) {
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

/** Whether Docusaurus reads the post as CommonMark (`markdown.format: 'detect'` and a `.md` file); else as MDX. */
function isCommonMark(path: string, config: DocusaurusConfig): boolean {
  const format = config.raw['markdown.format'];
  return (format === 'md' || (format === 'detect' && /\.md$/i.test(path)));
}

/**
 * Markdown images (`![alt](url)`, not `<img>`) that mdx-loader's transformImage cannot find: an empty URL, or a local
 * one whose file is not there — `@site/x` at the site's root, `/x` in a static folder, any other beside the post.
 * Reported as `markdown.hooks.onBrokenMarkdownImages` says (`throw` by default: the build fails).
 */
function imageFindings(input: BodyCheckInput, config: DocusaurusConfig, references: readonly BodyReference[]): LintFinding[] {
  const files = input.pages.files;
  if (files === undefined || files.paths.size === 0) return [];
  const severity = severityOf(config.raw, 'onBrokenMarkdownImages', 'throw');
  const statics = configuredServedFolders(config.raw['staticDirectories'], 'static');
  if (severity === undefined || statics === undefined) return [];
  const lines = input.text.split('\n');
  const postDir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/')) : '';
  const findings: LintFinding[] = [];
  for (const ref of references) {
    if (ref.kind !== 'image' || !(lines[ref.line] ?? '').startsWith('![', ref.start)) continue;
    const dest = ref.dest;
    const candidates = dest === '' ? [] : imageCandidates(dest, postDir, statics);
    if (candidates === undefined) continue;
    if (candidates.some((c) => c === undefined || present(c, files))) continue;
    // Where no candidate's folder is a folder of the site, the images are not here (a partial copy, a build step)
    // rather than mistyped: nothing is said.
    if (candidates.length > 0 && !candidates.some((c) => c !== undefined && files.folders.has(c.includes('/') ? c.slice(0, c.lastIndexOf('/')) : ''))) continue;
    const range = { line: ref.line, startChar: ref.start, endChar: ref.end };
    findings.push({ range, severity, code: 'docusaurus.brokenMarkdownImage', args: [dest], message: lintMessage('docusaurus.brokenMarkdownImage', [dest]), fixes: [] });
  }
  return findings;
}

/** A file or folder of the site (pathExists), or one Postcraft does not list (hidden, dependencies): may be there. */
function present(path: string, files: SiteFiles): boolean {
  if (path.split('/').some((p) => p.startsWith('.') || p === 'node_modules')) return true;
  return [path, path.normalize('NFC'), path.normalize('NFD')].some((p) => files.paths.has(p) || files.folders.has(p));
}

/** Where transformImage looks for a local image, site-relative (undefined: outside the site); undefined when not local. */
function imageCandidates(dest: string, postDir: string, statics: readonly string[]): (string | undefined)[] | undefined {
  // parseLocalURLPath: a protocol or a host makes it no local image.
  if (/^[a-z][a-z0-9+.-]*:/i.test(dest) || dest.startsWith('//')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(dest.replace(/#.*$/, '').replace(/\?.*$/, ''));
  } catch {
    return undefined;
  }
  if (decoded.startsWith('@site/')) return [joinPath('', decoded.slice(6))];
  if (decoded.startsWith('/')) return statics.map((d) => joinPath(d, decoded));
  return [joinPath(postDir, decoded)];
}
