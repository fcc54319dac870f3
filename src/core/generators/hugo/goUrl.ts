/**
 * Go's net/url round trip `url.Parse(s).String()` for the paths Hugo builds (helpers.URLEscape): non-ASCII and
 * unsafe bytes become %XX, an existing valid escape is kept, `#` starts a fragment and `?` a query.
 */

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

function shouldEscape(ch: string, mode: 'path' | 'fragment'): boolean {
  if (UNRESERVED.test(ch)) return false;
  if ('$&+,/:;=@'.includes(ch)) return false;
  if (mode === 'fragment' && '!()*?'.includes(ch)) return false;
  return true;
}

const encoder = new TextEncoder();

function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Characters that neither path nor fragment escaping changes: a string of only these is its own escape. */
const SAFE = /^[A-Za-z0-9\-_.~$&+,/:;=@]*$/;

/** Which ASCII characters each mode escapes, by code. */
const ESCAPES = {
  path: Array.from({ length: 0x80 }, (_, b) => shouldEscape(String.fromCharCode(b), 'path')),
  fragment: Array.from({ length: 0x80 }, (_, b) => shouldEscape(String.fromCharCode(b), 'fragment')),
};
const HEX = Array.from({ length: 0x80 }, (_, b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
// eslint-disable-next-line no-control-regex
const NON_ASCII_RUN = /[^\u0000-\u007f]+/y;

/** Go's url escaping of `s` in a mode. */
export function escapeText(s: string, mode: 'path' | 'fragment'): string {
  if (SAFE.test(s)) return s;
  // ASCII from the table; a run of other characters through encodeURIComponent, which writes their UTF-8 bytes
  // as %XX in capitals, as Go does. A lone surrogate (which it refuses) takes the byte loop.
  const escapes = ESCAPES[mode];
  let out = '';
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      out += escapes[code] === true ? HEX[code] : s.charAt(i);
      i++;
      continue;
    }
    NON_ASCII_RUN.lastIndex = i;
    const run = NON_ASCII_RUN.exec(s)?.[0] ?? s.charAt(i);
    try {
      out += encodeURIComponent(run);
    } catch {
      return escapeByByte(s, mode);
    }
    i += run.length;
  }
  return out;
}

/** escapeText byte by byte over the UTF-8 encoding (a lone surrogate as U+FFFD): what escapeText answers for every string. */
export function escapeByByte(s: string, mode: 'path' | 'fragment'): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const ch = String.fromCharCode(b);
    out += b < 0x80 && !shouldEscape(ch, mode) ? ch : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Decodes %XX; undefined when an escape is malformed (Go's unescape error). */
function unescape(s: string): string | undefined {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  const raw = utf8Bytes(s);
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i] ?? 0;
    if (b === 0x25) {
      const hex = String.fromCharCode(raw[i + 1] ?? 0, raw[i + 2] ?? 0);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(b);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function validEncoded(s: string, mode: 'path' | 'fragment'): boolean {
  for (const ch of s) {
    if ("!$&'()*+,;=:@[]%".includes(ch)) continue;
    if (ch.length !== 1 || ch.charCodeAt(0) >= 0x80 || shouldEscape(ch, mode)) return false;
  }
  return true;
}

function escaped(raw: string, mode: 'path' | 'fragment'): string | undefined {
  // No `%` and nothing to escape: Go's round trip leaves it as it is.
  if (SAFE.test(raw)) return raw;
  const decoded = unescape(raw);
  if (decoded === undefined) return undefined;
  // Go keeps the text as written when it is validly escaped and decodes to the same thing.
  const again = escapeText(decoded, mode);
  if (raw !== again && validEncoded(raw, mode)) return raw;
  return again;
}

/**
 * `url.Parse(s).String()` for a path-like string; undefined where Go's Parse fails (Hugo would stop).
 * Only paths without a scheme or host are expected here.
 */
export function goUrlEscape(s: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(s)) return undefined;
  const hash = s.indexOf('#');
  const beforeHash = hash < 0 ? s : s.slice(0, hash);
  const fragment = hash < 0 ? undefined : s.slice(hash + 1);
  const q = beforeHash.indexOf('?');
  const path = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? undefined : beforeHash.slice(q + 1);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return undefined;
  // A relative path whose first segment has a colon.
  const colon = path.indexOf(':');
  if (colon >= 0 && !path.startsWith('/')) {
    const slash = path.indexOf('/');
    if (slash < 0 || colon < slash) return undefined;
  }
  if (path.startsWith('//')) return undefined;
  const escapedPath = escaped(path, 'path');
  if (escapedPath === undefined) return undefined;
  let out = escapedPath;
  if (query !== undefined && query !== '') out += `?${query}`;
  if (fragment !== undefined) {
    const decoded = unescape(fragment);
    if (decoded === undefined) return undefined;
    if (decoded !== '') out += `#${escaped(fragment, 'fragment') ?? ''}`;
  }
  return out;
}
