/**
 * Markdown links that name a post by its FILE (`[x](./2024-03-05-hello.md)`, `[x]: ../blog/a/index.mdx`), as
 * Docusaurus resolves them to the post's URL: when the post moves, each such link is rewritten to its new path,
 * relative to the linking file as it was written. Links in code, URLs and root paths are left alone.
 */
import { relativeFrom } from '../images/imagePlacing';
import type { TextEdit } from './textEdit';

/** `a/b/../c/./d` → `a/c/d`; undefined when it climbs above the root. */
function normalize(parts: readonly string[]): string | undefined {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** Offsets of fenced code blocks and code spans, where a link is text. */
export function codeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[`~]*[ \t]*$|(?![\s\S]))/gm;
  for (const m of text.matchAll(fence)) ranges.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** A link destination as written: its path part (decoded), and what follows it (`#hash`, `?query`). */
export function splitDestination(written: string): { readonly path: string; readonly rest: string } | undefined {
  const cut = written.search(/[#?]/);
  const raw = cut < 0 ? written : written.slice(0, cut);
  try {
    return { path: decodeURI(raw), rest: cut < 0 ? '' : written.slice(cut) };
  } catch {
    return undefined;
  }
}

/** Where a link's file is looked for, Docusaurus's way (resolveMarkdownLinkPathname): the folders to try, in order. */
export interface FileLinkRoots {
  /** Site-relative content folders ('' for the site root) a root path `/x.md` and a bare `x.md` are tried in after the file's own folder. */
  readonly contentRoots: readonly string[];
  /** Whether a site path is a page the generator knows; the first candidate that is one is the link's target. */
  readonly known: (sitePath: string) => boolean;
}

/** The candidates a destination names from the file at `sitePath`, each with the folder it is relative to (`@site` for an `@site/` path). */
function candidates(path: string, sitePath: string, roots: FileLinkRoots): { readonly path: string; readonly base: string }[] {
  if (path === '' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return [];
  const own = sitePath.split('/').slice(0, -1).join('/');
  const at = (base: string, p: string): string | undefined => normalize([...(base === '' ? [] : base.split('/')), ...p.split('/')]);
  let tries: string[];
  if (path.startsWith('@site/')) {
    const p = normalize(path.slice('@site/'.length).split('/'));
    return p === undefined ? [] : [{ path: p, base: '@site' }];
  } else if (path.startsWith('/')) tries = [...roots.contentRoots, ''];
  else if (path.startsWith('./') || path.startsWith('../')) tries = [own];
  else tries = [own, ...roots.contentRoots, ''];
  return tries.flatMap((base) => {
    const p = at(base, path.replace(/^\/+/, ''));
    return p === undefined ? [] : [{ path: p, base }];
  });
}

/**
 * Edits that make every link from the file at `sitePath` to the file `oldPath` name `newPath` instead (site paths).
 * The new destination is relative to the linking file (`./` kept or left off as the old one was; `@site/` kept),
 * percent-encoded where the old one was, its `#hash` kept.
 */
export function fileLinkEdits(text: string, sitePath: string, oldPath: string, newPath: string, roots: FileLinkRoots = { contentRoots: [], known: () => false }): TextEdit[] {
  const code = codeRanges(text);
  const edits: TextEdit[] = [];
  const destinations = [...text.matchAll(/\]\(\s*(<[^>\n]*>|[^\s()<>]+)/g), ...text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm)];
  for (const m of destinations) {
    const whole = m[1] ?? '';
    const start = m.index + m[0].length - whole.length;
    if (code.some(([s, e]) => start >= s && start < e)) continue;
    const angled = whole.startsWith('<');
    const folder = sitePath.split('/').slice(0, -1).join('/');
    const written = angled ? whole.slice(1, -1) : whole;
    const parts = splitDestination(written);
    if (parts === undefined) continue;
    const target = candidates(parts.path, sitePath, roots).find((c) => c.path === oldPath || roots.known(c.path));
    if (target?.path !== oldPath) continue;
    let path: string;
    if (target.base === '@site') path = `@site/${newPath}`;
    else if (parts.path.startsWith('/')) path = `/${target.base === '' ? newPath : newPath.slice(target.base.length + 1)}`;
    else if (!parts.path.startsWith('./') && !parts.path.startsWith('../') && target.base !== folder) path = target.base === '' ? newPath : newPath.slice(target.base.length + 1);
    else {
      path = relativeFrom(folder, newPath);
      if (!parts.path.startsWith('./') && path.startsWith('./')) path = path.slice(2);
    }
    if (parts.path !== written.slice(0, written.length - parts.rest.length)) path = encodeURI(path);
    else if (!angled && /\s/.test(path)) path = path.replace(/ /g, '%20');
    const next = `${path}${parts.rest}`;
    edits.push({ start: start + (angled ? 1 : 0), end: start + (angled ? 1 : 0) + written.length, newText: next });
  }
  return edits.sort((a, b) => a.start - b.start);
}
