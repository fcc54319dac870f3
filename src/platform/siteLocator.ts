import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectGenerator, type GeneratorId } from '../core/generators/detectGenerator';

/** Folders never searched for sites: dependencies, build output, version control. */
const skipped = new Set(['node_modules', '.git', '_site', 'public', 'vendor', '.jekyll-cache', '.sass-cache', 'bower_components']);

export interface FoundSite {
  readonly root: string;
  readonly generator: GeneratorId;
}

/** Nested names the detection looks for besides the folder's own entries. */
const nestedMarkers = ['config/_default', 'source/_posts'] as const;

/** The generator whose site `dir` is, or undefined when it is none. */
export function siteGenerator(dir: string): GeneratorId | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const names = new Set(entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)));
  for (const marker of nestedMarkers) {
    if (fs.existsSync(path.join(dir, marker))) names.add(`${marker}/`);
  }
  let packageJson: string | undefined;
  if (names.has('package.json')) {
    try {
      packageJson = fs.readFileSync(path.join(dir, 'package.json'), 'utf8');
    } catch {
      packageJson = undefined;
    }
  }
  return detectGenerator({ names, packageJson });
}

export function isSiteRoot(dir: string): boolean {
  return siteGenerator(dir) !== undefined;
}

/**
 * The sites inside `folder`, each with its generator: the folder itself when it is one, else its sub-folders down
 * to `maxDepth` levels (a blog often sits in `docs/`, `blog/` or `website/`). A site's own sub-folders are not
 * searched for further sites, and symbolic links are not followed.
 */
export function findSites(folder: string, maxDepth = 3): FoundSite[] {
  const found: FoundSite[] = [];
  const visit = (dir: string, depth: number): void => {
    const generator = siteGenerator(dir);
    if (generator !== undefined) {
      found.push({ root: dir, generator });
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
  return found.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}
