/** Jekyll's URL.escape_path and sanitize_url (url.rb, Addressable behaviour observed with Jekyll 4.3.1). */

const SAFE_SHORTCUT = /^[a-zA-Z0-9./-]+$/;
// Unreserved, sub-delims, ":", "@", "/" and "?" stay; everything else (including "#" and "%") is percent-encoded.
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;

/** Escapes a URL path as Jekyll does: Korean becomes %XX of its UTF-8 bytes, "#" becomes %23, "?" stays. */
export function escapePath(path: string): string {
  if (path === '' || SAFE_SHORTCUT.test(path)) return path;
  let out = '';
  for (const ch of path) {
    if (ch.length === 1 && KEEP.test(ch)) {
      out += ch;
      continue;
    }
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%EF%BF%BD'; // a lone surrogate: what its UTF-8 replacement would be
    }
  }
  return out;
}

/** Jekyll's URL#sanitize_url: leading "/", ".." → "/", "./" removed, runs of "/" squeezed. */
export function sanitizeUrl(url: string): string {
  return `/${url}`.split('..').join('/').split('./').join('').replace(/\/{2,}/g, '/');
}

/** Undoes %XX escapes (for showing URLs); malformed escapes are left as they are. */
export function unescapePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
