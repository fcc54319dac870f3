/** Jekyll's URL.escape_path and sanitize_url (url.rb, Addressable behaviour observed with Jekyll 4.3.1). */

const SAFE_SHORTCUT = /^[a-zA-Z0-9./-]+$/;
// Unreserved, sub-delims, ":", "@", "/" and "?" stay; everything else (including "#" and "%") is percent-encoded.
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;

/** Escapes a URL path as Jekyll does: Korean becomes %XX of its UTF-8 bytes, "#" becomes %23, "?" stays. */
export function escapePath(path: string): string {
  if (path === '' || SAFE_SHORTCUT.test(path)) return path;
  try {
    // encodeURIComponent keeps a subset of what is kept here and escapes the rest the same way (UTF-8, upper-case
    // hex): only the escapes of what is kept here besides are undone. It throws on a lone surrogate.
    return encodeURIComponent(path).replace(KEPT_ESCAPES, (escape) => KEPT_BY_ESCAPE.get(escape) ?? escape);
  } catch {
    return escapeByCharacter(path);
  }
}

/** The characters kept here that encodeURIComponent escapes, by their escape. */
const KEPT_BY_ESCAPE: ReadonlyMap<string, string> = new Map([...'$&+,;=:@/?'].map((c) => [encodeURIComponent(c), c]));
const KEPT_ESCAPES = /%(?:24|26|2B|2C|3B|3D|3A|40|2F|3F)/g;

function escapeByCharacter(path: string): string {
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
  // Without a "." there is no ".." or "./" to take out, and without "//" nothing to squeeze.
  if (!url.includes('.')) return squeezeSlashes(`/${url}`);
  const slashed = `/${url}`;
  const upwards = slashed.includes('..') ? slashed.split('..').join('/') : slashed;
  return squeezeSlashes(upwards.includes('./') ? upwards.split('./').join('') : upwards);
}

function squeezeSlashes(url: string): string {
  return url.includes('//') ? url.replace(/\/{2,}/g, '/') : url;
}

/** Undoes %XX escapes (for showing URLs); malformed escapes are left as they are. */
export function unescapePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
