/** A file name's part before its first dot: what SitePages.postsByStem files a post under. */
export function fileStem(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.indexOf('.');
  return dot < 0 ? base : base.slice(0, dot);
}

/**
 * The file of the built site a URL is written to: `/a/` and `/a/index.html` are one file, and so are `/a` and
 * `/a.html` (the page's output extension is added to a URL without one). Percent-escapes are read.
 */
export function destinationOf(url: string): string {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written.
  }
  if (path.endsWith('/')) return `${path}index.html`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}.html`;
}

/**
 * A URL path as a key where `/a`, `/a/`, `/a.html` and `/a/index.html` are one (a server answers them alike), read
 * with its percent-escapes; the site's root is ''.
 */
export function urlKey(url: string): string {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written.
  }
  return path.replace(/\/index\.html?$/, '').replace(/\.html?$/, '').replace(/\/+$/, '');
}
