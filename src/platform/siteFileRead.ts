import * as fs from 'node:fs';
import * as path from 'node:path';

/** What reading one file of a site gave. */
export type SiteFileRead =
  | { readonly kind: 'file'; readonly text: string }
  | { readonly kind: 'missing' }
  /** The path, or the file a symbolic link on it leads to, is not inside the site. */
  | { readonly kind: 'outside' }
  | { readonly kind: 'tooLarge' };

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * Reads the file at `sitePath` ("/" separated) under `siteRoot`, only when it is a regular file inside the site
 * once every symbolic link is followed (as Jekyll's safe mode, GitHub Pages' mode, demands of includes).
 * Synchronous: the preview's Liquid runs synchronously and asks for a few small files.
 */
export function readFileInSite(siteRoot: string, sitePath: string, maxBytes: number): SiteFileRead {
  const root = path.resolve(siteRoot);
  const file = path.resolve(root, ...sitePath.split('/'));
  if (!isInside(root, file)) return { kind: 'outside' };
  let real: string;
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
    real = fs.realpathSync(file);
  } catch {
    return { kind: 'missing' };
  }
  if (!isInside(realRoot, real)) return { kind: 'outside' };
  try {
    const stat = fs.statSync(real);
    if (!stat.isFile()) return { kind: 'missing' };
    if (stat.size > maxBytes) return { kind: 'tooLarge' };
    return { kind: 'file', text: fs.readFileSync(real, 'utf8') };
  } catch {
    return { kind: 'missing' };
  }
}
