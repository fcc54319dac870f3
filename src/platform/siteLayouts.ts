import * as fs from 'node:fs';
import * as path from 'node:path';

/** Names of the layouts in the site's `_layouts` folder (file names without extension); undefined without one. */
export function listLayoutNames(siteRoot: string): string[] | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(siteRoot, '_layouts'), { withFileTypes: true });
  } catch {
    return undefined;
  }
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name.replace(/\.[^.]*$/, ''));
}
