import * as fs from 'node:fs';
import * as path from 'node:path';

/** Folders never searched for sites: dependencies, build output, version control. */
const skipped = new Set(['node_modules', '.git', '_site', 'vendor', '.jekyll-cache', '.sass-cache', 'bower_components']);

export function isSiteRoot(dir: string): boolean {
  return ['_config.yml', '_config.yaml', '_posts'].some((name) => fs.existsSync(path.join(dir, name)));
}

/**
 * The Jekyll sites inside `folder`: the folder itself when it holds `_config.yml`, `_config.yaml` or `_posts`,
 * else its sub-folders down to `maxDepth` levels (a blog often sits in `docs/` or `blog/`). A site's own
 * sub-folders are not searched for further sites, and symbolic links are not followed.
 */
export function findSites(folder: string, maxDepth = 3): string[] {
  const found: string[] = [];
  const visit = (dir: string, depth: number): void => {
    if (isSiteRoot(dir)) {
      found.push(dir);
      return;
    }
    if (depth >= maxDepth) {
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !skipped.has(entry.name)) {
        visit(path.join(dir, entry.name), depth + 1);
      }
    }
  };
  visit(folder, 0);
  return found.sort();
}
