/**
 * Docusaurus's URL joining (`@docusaurus/utils` normalizeUrl) and the blog plugin's reading of a post's path
 * (`parseBlogFileName` with DATE_FILENAME_REGEX), as 3.10.2 has them.
 */

/** `normalizeUrl` of @docusaurus/utils 3.10.2: joins the parts with single slashes. */
export function normalizeUrl(rawUrls: readonly string[]): string {
  const urls = [...rawUrls];
  const result: string[] = [];
  let hasStartingSlash = false;
  let hasEndingSlash = false;
  if (urls.length === 0) return '';
  if (/^[^/:]+:\/*$/.test(urls[0] ?? '') && urls.length > 1) {
    const first = urls.shift() ?? '';
    urls[0] = first.startsWith('file:') && (urls[0] ?? '').startsWith('/') ? `${first}//${urls[0] ?? ''}` : first + (urls[0] ?? '');
  }
  const replacement = /^file:\/\/\//.test(urls[0] ?? '') ? '$1:///' : '$1://';
  urls[0] = (urls[0] ?? '').replace(/^([^/:]+):\/*/, replacement);
  for (let i = 0; i < urls.length; i += 1) {
    let component = urls[i] ?? '';
    if (component === '') {
      if (i === urls.length - 1 && hasEndingSlash) result.push('/');
      continue;
    }
    if (component !== '/') {
      if (i > 0) component = component.replace(/^\/+/, component.startsWith('/') && !hasStartingSlash ? '/' : '');
      hasEndingSlash = component.endsWith('/');
      component = component.replace(/\/+$/, i < urls.length - 1 ? '' : '/');
    }
    hasStartingSlash = true;
    result.push(component);
  }
  let str = result.join('/');
  str = str.replace(/\/(\?|&|#[^!/])/g, '$1');
  const parts = str.split('?');
  str = (parts.shift() ?? '') + (parts.length > 0 ? '?' : '') + parts.join('&');
  str = str.replace(/([^:/]\/)\/+/g, '$1');
  str = str.replace(/^\/+/g, '/');
  return str;
}

const DATE_FILENAME_REGEX = /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?.mdx?$/;

export interface BlogFileName {
  /** The date the path gives, as Docusaurus makes it: `new Date(\`${date}Z\`)` (NaN when it is no real date). */
  readonly dateMs: number | undefined;
  /** The name text (the file-name title when there is neither a `title` nor a `# h1`). */
  readonly text: string;
  /** The default slug: `/YYYY/MM/DD/<folder><text>` for a dated path, else `/<path without extension>`. */
  readonly slug: string;
}

/** `parseBlogFileName` of the blog plugin: `path` is relative to the blog folder, with `/`. */
export function parseBlogFileName(path: string): BlogFileName {
  const match = DATE_FILENAME_REGEX.exec(path);
  if (match?.groups !== undefined) {
    const folder = match.groups['folder'] ?? '';
    const text = match.groups['text'] ?? '';
    const date = match.groups['date'] ?? '';
    return { dateMs: jsDateMs(`${date}Z`), text, slug: `/${date.replace(/-/g, '/')}/${folder}${text}` };
  }
  const text = path.replace(/(?:\/index)?\.mdx?$/, '');
  return { dateMs: undefined, text, slug: `/${text}` };
}

/**
 * `new Date(text).getTime()`, as Docusaurus makes a date from a string with `Z` appended: the same engine's
 * parser (V8 in Node, the desktop and the web host alike), lenient as it is (`2024-02-30Z` is March 1st; an
 * offset followed by the appended `Z` is NaN, an Invalid Date to Docusaurus too).
 */
export function jsDateMs(text: string): number {
  return Date.parse(text);
}
