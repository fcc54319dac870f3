/**
 * Locations: absolute paths with `/` separators, as the file-system port names files (a desktop path, or the
 * path of a `vscode-vfs://` URI on the web). These helpers are the only path arithmetic the shared platform code
 * does, so it runs where Node's `path` module does not.
 */

/** `root` joined with a site-relative path (`/` separated; empty segments dropped). */
export function joinLocation(root: string, relative: string): string {
  const parts = relative.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0) return root;
  return `${root.endsWith('/') ? root.slice(0, -1) : root}/${parts.join('/')}`;
}

/** The site-relative path of `location` under `root`, or undefined when it is `root` itself or outside it. */
export function relativeLocation(root: string, location: string): string | undefined {
  const base = root.endsWith('/') ? root : `${root}/`;
  if (!location.startsWith(base)) return undefined;
  const rest = location.slice(base.length).replace(/\/+$/, '');
  if (rest === '' || rest.split('/').some((p) => p === '..' || p === '.' || p === '')) return undefined;
  return rest;
}

/** The folder holding `location` (`/` for a top-level name). */
export function parentLocation(location: string): string {
  const trimmed = location.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  return cut <= 0 ? '/' : trimmed.slice(0, cut);
}

/** The last segment of `location`. */
export function baseName(location: string): string {
  const trimmed = location.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
