/**
 * Ruby `File.fnmatch`-style glob patterns as used by Jekyll's `defaults` scopes (`Dir.glob` without
 * FNM_DOTMATCH): `*` and `?` do not cross `/` nor match a leading dot, `**\/` matches any number of
 * directories, `[...]` classes and `{a,b}` alternatives.
 */

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Compiles a glob to an anchored RegExp; returns undefined for a malformed pattern. */
export function globToRegExp(glob: string): RegExp | undefined {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob.charAt(i);
    const atSegmentStart = i === 0 || glob.charAt(i - 1) === '/';
    if (ch === '*') {
      if (glob.charAt(i + 1) === '*' && atSegmentStart && (glob.charAt(i + 2) === '/' || i + 2 === glob.length)) {
        out += glob.charAt(i + 2) === '/' ? '(?:[^/.][^/]*/)*' : '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?';
        i += glob.charAt(i + 2) === '/' ? 2 : 1;
      } else {
        out += atSegmentStart ? '(?:[^/.][^/]*)?' : '[^/]*';
        while (glob.charAt(i + 1) === '*') i++;
      }
    } else if (ch === '?') {
      out += atSegmentStart ? '[^/.]' : '[^/]';
    } else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) return undefined;
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!') || body.startsWith('^')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) {
      out += '|';
    } else if (ch === '\\' && i + 1 < glob.length) {
      out += escapeRegex(glob.charAt(++i));
    } else {
      out += escapeRegex(ch);
    }
  }
  if (braces !== 0) return undefined;
  try {
    return new RegExp(`^${out}$`, 'u');
  } catch {
    return undefined;
  }
}
