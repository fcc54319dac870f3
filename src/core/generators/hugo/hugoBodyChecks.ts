/**
 * What stops `hugo` (0.111.3) in a page's body, found as Hugo finds it: a `ref`/`relref` shortcode that names no
 * page the build has (REF_NOT_FOUND, an error that fails the build, reported at the shortcode's line and column,
 * inside code blocks too, since shortcodes are read before Markdown). A ref to a draft, future or expired page
 * fails the same way with plain `hugo`; a ref to a section, a taxonomy or the home page is fine. And a call to a
 * shortcode with no template ("template for shortcode … not found"), in a page Hugo builds (it never reads the
 * others' shortcodes).
 */
import { normalize, pathsLookup, resolveRef } from '../../render/hugo/hugoLookups';
import { positionAt } from '../../edits/textEdit';
import { ForwardSearch, lexShortcode, type ShortcodeTag } from '../../render/hugo/shortcodeLexer';
import { lintMessage } from '../../lint/lintMessages';
import { hugoContentMounts } from './hugoContentPath';
import { embeddedShortcodeLookup, HUGO_INNER_SHORTCODES, shortcodeLookup } from './hugoSiteFolders';
import { hugoUrlConflicts } from './hugoUrlConflicts';
import type { BodyCheckInput } from '../generatorInputs';
import type { HugoConfig } from './hugoSiteConfig';
import type { LintFinding } from '../../lint/lintTypes';

/**
 * Whether a ref names a page Hugo makes without a content file of its own: the home page, a section (a content
 * folder that holds pages), a taxonomy or one of its terms. Generous on purpose: a false error would be worse.
 */
function namesListPage(ref: string, sitePath: string, config: HugoConfig, pages: BodyCheckInput['pages']): boolean {
  const path = ref.replace(/#.*$/, '').trim();
  const dirs = hugoContentMounts(config.hugo).map((m) => m.dir);
  const hereDir = sitePath.slice(0, sitePath.lastIndexOf('/'));
  const here = dirs.map((d) => (hereDir === d ? '' : hereDir.startsWith(`${d}/`) ? hereDir.slice(d.length + 1) : undefined)).find((r) => r !== undefined);
  const candidates = [normalize(path), ...(path.startsWith('/') || here === undefined ? [] : [normalize(`${here}/${path}`)])];
  const files = [...pages.all, ...pages.shapers];
  const taxonomies = Object.values(config.hugo.taxonomies).map((t) => t.toLowerCase());
  return candidates.some((c) => {
    if (c === undefined) return false;
    if (c === '' || c === '_index.md') return true;
    const lower = c.toLowerCase();
    if (taxonomies.some((t) => lower === t || lower.startsWith(`${t}/`))) return true;
    const folder = c.replace(/\/_index\.[^/]+$/, '');
    return dirs.some((d) => files.some((f) => f.startsWith(`${d === '.' ? '' : `${d}/`}${folder}/`)));
  });
}

export function hugoBodyFindings(input: BodyCheckInput, config: HugoConfig): LintFinding[] {
  return [...hugoUrlConflicts(input), ...shortcodeFindings(input, config, input.pages.built.has(input.path), true)];
}

/**
 * An extra content file of a built leaf bundle (see hugoParsedFiles): Hugo extracts its shortcodes as it reads the
 * bundle, and a shortcode with no template or a bad pairing stops the build, unless the file is a draft, future or
 * expired (Hugo then leaves it out). Its refs are not rendered unless a template asks for its content: not checked.
 */
export function hugoParsedFileFindings(input: BodyCheckInput, config: HugoConfig): LintFinding[] {
  return input.info.willPublish ? shortcodeFindings(input, config, true, false) : [];
}

function shortcodeFindings(input: BodyCheckInput, config: HugoConfig, builtHere: boolean, refs: boolean): LintFinding[] {
  const { text, path, pages } = input;
  if (!text.includes('{{')) return [];
  const known = builtHere ? shortcodeLookup(config.hugo, pages.files) : undefined;
  const contentDirs = hugoContentMounts(config.hugo).map((m) => m.dir);
  const built = pathsLookup(pages.built);
  const all = pathsLookup(pages.all);
  const findings: LintFinding[] = [];
  const embedded = builtHere ? embeddedShortcodeLookup(config.hugo, pages.files) : undefined;
  // Shortcodes whose embedded template reads .Inner, open until their closing tag (innermost last).
  const open: { readonly name: string; readonly at: number; readonly end: number }[] = [];
  const search = new ForwardSearch(text);
  // The front matter is no body: shortcodes start after it.
  const bodyStart = input.info.frontMatterLines === undefined ? 0 : lineOffset(text, input.info.frontMatterLines.end + 1);
  for (let at = text.indexOf('{{', bodyStart); at >= 0; ) {
    const markup = text[at + 2];
    if (markup !== '<' && markup !== '%') {
      at = text.indexOf('{{', at + 2);
      continue;
    }
    const tag = lexShortcode(text, at, search);
    const end = Math.max(tag.end, at + 2);
    if (tag.kind === 'tag' && embedded !== undefined) {
      const pairing = pairingFinding(tag, at, end, open, embedded, text);
      if (pairing !== undefined) findings.push(pairing);
    }
    if (tag.kind === 'tag' && !tag.closing && known !== undefined && !tag.name.endsWith('.inline') && !known(tag.name)) {
      const args = [tag.name];
      findings.push({ range: rangeOf(text, at, end), severity: 'error', code: 'hugo.shortcodeNotFound', args, message: lintMessage('hugo.shortcodeNotFound', args), fixes: [] });
    } else if (refs && tag.kind === 'tag' && !tag.closing && (tag.name === 'ref' || tag.name === 'relref')) {
      const ref = tag.named?.get('path') ?? tag.positional[0] ?? '';
      const ctx = { contentDirs, sitePath: path, pageUrl: '' };
      const ownAnchor = ref.trim().startsWith('#') || ref.trim() === '';
      if (!ownAnchor && resolveRef(ref, { ...ctx, posts: built }) === undefined && !namesListPage(ref, path, config, pages)) {
        const unbuilt = resolveRef(ref, { ...ctx, posts: all })?.replace(/#.*$/, '');
        const range = rangeOf(text, at, end);
        const args = unbuilt === undefined ? [ref] : [ref, unbuilt];
        const code = unbuilt === undefined ? 'hugo.refNotFound' : 'hugo.refNotBuilt';
        findings.push({ range, severity: 'error', code, args, message: lintMessage(code, args), fixes: [] });
      }
    }
    at = text.indexOf('{{', end);
  }
  for (const unclosed of open) {
    const args = [unclosed.name];
    findings.push({ range: rangeOf(text, unclosed.at, unclosed.end), severity: 'error', code: 'hugo.shortcodeUnclosed', args, message: lintMessage('hugo.shortcodeUnclosed', args), fixes: [] });
  }
  return findings;
}

/**
 * Hugo 0.111's pairing of shortcodes with embedded templates (shortcode.go extractShortcode): one that reads .Inner
 * is open until its closing tag (an error at its opening when the page ends first); a closing tag with nothing of
 * that name open, where the embedded template reads no .Inner, is an error at the closing tag. Names with the site's
 * own templates are left alone (their templates are not read here).
 */
function pairingFinding(tag: ShortcodeTag, at: number, end: number, open: { name: string; at: number; end: number }[], embedded: (name: string) => boolean, text: string): LintFinding | undefined {
  if (!embedded(tag.name)) return undefined;
  const inner = HUGO_INNER_SHORTCODES.has(tag.name);
  if (!tag.closing) {
    if (inner && !tag.selfClosing) open.push({ name: tag.name, at, end });
    return undefined;
  }
  const top = open[open.length - 1];
  if (top !== undefined && top.name === tag.name) {
    open.pop();
    return undefined;
  }
  if (top !== undefined) return undefined;
  const args = [tag.name];
  return { range: rangeOf(text, at, end), severity: 'error', code: 'hugo.shortcodeNoInner', args, message: lintMessage('hugo.shortcodeNoInner', args), fixes: [] };
}

/** The shortcode's range from its `{{`, cut at the end of its first line. */
function rangeOf(text: string, at: number, end: number): LintFinding['range'] {
  const { line, character: column } = positionAt(text, at);
  const lineEnd = text.indexOf('\n', at);
  return { line, startChar: column, endChar: column + Math.min(end, lineEnd < 0 ? text.length : lineEnd) - at };
}

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}
