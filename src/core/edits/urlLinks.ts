/**
 * Links that name a post by its URL (`[x](/blog/hello/)`, `<a href="../hello/">`, `[x]: /blog/hello/`, and
 * template filters such as Eleventy's `{{ '/blog/hello/' | url }}`), for generators that link posts by URL
 * (Eleventy, Astro): when the post's URL changes, each link that reached it reaches the new URL, written as it was
 * (root-relative with the same base, or relative to the linking page; trailing slash or `index.html` as before; its
 * `#hash` and `?query` kept). Links in code, to other sites and to other pages are left alone.
 */
import { codeRanges, splitDestination } from './markdownFileLinks';
import type { TextEdit } from './textEdit';

export interface UrlMove {
  /** The post's URL path before and after (`/blog/hello/`), without the site's base path. */
  readonly from: string;
  readonly to: string;
  /** Prefixes a root-relative link may carry before such a URL: '' and the site's base path (`/docs`), if any. */
  readonly bases: readonly string[];
  /** Template filters whose quoted argument is a URL they prefix with the base (`url`, `htmlBaseUrl`). */
  readonly urlFilters?: readonly string[];
}

/** The link destinations of a text, each at its offset, as written (`<…>` kept). */
function destinations(text: string, urlFilters: readonly string[]): { readonly start: number; readonly whole: string; readonly filtered: boolean }[] {
  const found: { start: number; whole: string; filtered: boolean }[] = [];
  const add = (m: RegExpMatchArray, whole: string | undefined, filtered = false): void => {
    if (whole === undefined || m.index === undefined) return;
    found.push({ start: m.index + m[0].lastIndexOf(whole), whole, filtered });
  };
  for (const m of text.matchAll(/\]\(\s*(<[^>\n]*>|[^\s()<>]+)/g)) add(m, m[1]);
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm)) add(m, m[1]);
  // The value of an href, quoted or not; a template inside it is matched by the filter pattern below.
  for (const m of text.matchAll(/\bhref\s*=\s*(?:"([^"{}\n]*)"|'([^'{}\n]*)'|([^\s>"'`={}]+))/gi)) {
    const value = m[1] ?? m[2] ?? m[3];
    if (value === undefined || m.index === undefined) continue;
    const quote = m[1] !== undefined ? 1 : m[2] !== undefined ? 1 : 0;
    found.push({ start: m.index + m[0].length - value.length - quote, whole: value, filtered: false });
  }
  if (urlFilters.length > 0) {
    const names = urlFilters.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    for (const m of text.matchAll(new RegExp(`(["'])([^"'\\s{}]+)\\1\\s*\\|\\s*(?:${names})\\b`, 'g'))) {
      const value = m[2];
      if (value === undefined || m.index === undefined) continue;
      found.push({ start: m.index + 1, whole: value, filtered: true });
    }
  }
  return found;
}

/** `a/b/../c/./d` against a folder URL, as a browser resolves a relative path; undefined above the root. */
function resolve(folder: string, path: string): string | undefined {
  const out = folder.split('/').filter((s) => s !== '');
  const parts = path.split('/');
  parts.forEach((part, i) => {
    if (part === '.' || (part === '' && i < parts.length - 1)) return;
    if (part === '..') out.pop();
    else if (part !== '') out.push(part);
  });
  const trailing = path === '' || path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..') || path === '.' || path === '..';
  return `/${out.join('/')}${trailing && out.length > 0 ? '/' : ''}`;
}

/** The forms a link to the URL may take that reach it: as it is, without its trailing slash, with `index.html`. */
function forms(url: string): { readonly form: 'same' | 'bare' | 'index'; readonly path: string }[] {
  const out: { form: 'same' | 'bare' | 'index'; path: string }[] = [{ form: 'same', path: url }];
  if (url.endsWith('/') && url.length > 1) out.push({ form: 'bare', path: url.slice(0, -1) }, { form: 'index', path: `${url}index.html` });
  return out;
}

function inForm(url: string, form: 'same' | 'bare' | 'index'): string {
  if (!url.endsWith('/') || url.length === 1) return url;
  return form === 'bare' ? url.slice(0, -1) : form === 'index' ? `${url}index.html` : url;
}

/**
 * Edits that make every link to the post's old URL in one page's text reach its new URL. `pageUrl` is the URL of
 * the page the text is (for relative links; undefined: only root-relative ones are followed). `kept` counts links that
 * reach the old URL in a way that could not be rewritten faithfully (left as they are).
 */
export function urlLinkEdits(text: string, pageUrl: string | undefined, move: UrlMove): { readonly edits: TextEdit[]; readonly kept: number } {
  if (move.from === move.to) return { edits: [], kept: 0 };
  const code = codeRanges(text);
  const edits: TextEdit[] = [];
  let kept = 0;
  const folder = pageUrl === undefined ? undefined : pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1);
  const bases = [...new Set(move.bases.map((b) => b.replace(/\/+$/, '')))];
  for (const { start, whole, filtered } of destinations(text, move.urlFilters ?? [])) {
    if (!filtered && code.some(([s, e]) => start >= s && start < e)) continue;
    const angled = whole.startsWith('<');
    const written = angled ? whole.slice(1, -1) : whole;
    if (written === '' || written.startsWith('#') || written.startsWith('//') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(written)) continue;
    const parts = splitDestination(written);
    if (parts === undefined) continue;
    const raw = written.slice(0, written.length - parts.rest.length);
    const rooted = parts.path.startsWith('/');
    // A filter's argument has the base added by the filter: it is the URL without it.
    const tries = filtered ? [''] : bases;
    const resolved = rooted ? parts.path : folder === undefined ? undefined : resolve(folder, parts.path);
    if (resolved === undefined) continue;
    const hit = tries.flatMap((base) => forms(`${base}${move.from}`).map((f) => ({ base, ...f }))).find((f) => f.path === resolved);
    if (hit === undefined) continue;
    const target = inForm(`${hit.base}${move.to}`, hit.form);
    let path: string;
    if (rooted) path = target;
    else {
      // A relative link: the part that names the old URL after what the two URLs share is replaced.
      const oldFull = inForm(`${hit.base}${move.from}`, hit.form);
      let common = 0;
      while (common < oldFull.length && common < target.length && oldFull[common] === target[common]) common++;
      common = oldFull.lastIndexOf('/', common - 1) + 1;
      const oldTail = oldFull.slice(common);
      if (!parts.path.endsWith(oldTail)) {
        kept++;
        continue;
      }
      path = `${parts.path.slice(0, parts.path.length - oldTail.length)}${target.slice(common)}`;
    }
    if (parts.path !== raw) path = encodeURI(path);
    else if (!angled && /\s/.test(path)) path = path.replace(/ /g, '%20');
    const at = start + (angled ? 1 : 0);
    edits.push({ start: at, end: at + written.length, newText: `${path}${parts.rest}` });
  }
  edits.sort((a, b) => a.start - b.start);
  // One place matched by two patterns (an href inside a Markdown link's text) is edited once.
  return { edits: edits.filter((e, i) => i === 0 || e.start !== edits[i - 1]?.start), kept };
}
