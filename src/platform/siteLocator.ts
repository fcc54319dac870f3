import { detectGenerator, type GeneratorId } from '../core/generators/detectGenerator';
import { joinLocation } from '../core/locations';
import { readEntries, type DirectoryEntry, type FileSystem } from './fileSystem';

/** Folders never searched for sites: dependencies, build output, version control. */
const skipped = new Set(['node_modules', '.git', '_site', 'public', 'vendor', '.jekyll-cache', '.sass-cache', 'bower_components']);

export interface FoundSite {
  readonly root: string;
  readonly generator: GeneratorId;
}

/** Nested names the detection looks for besides the folder's own entries. */
const nestedMarkers = ['config/_default', 'source/_posts'] as const;

async function generatorOfEntries(fs: FileSystem, dir: string, entries: readonly DirectoryEntry[]): Promise<GeneratorId | undefined> {
  const names = new Set(entries.map((e) => (e.kind === 'directory' ? `${e.name}/` : e.name)));
  for (const marker of nestedMarkers) {
    const [first] = marker.split('/');
    if (names.has(`${first ?? ''}/`) && (await fs.stat(joinLocation(dir, marker))) !== undefined) names.add(`${marker}/`);
  }
  let packageJson: string | undefined;
  if (names.has('package.json')) {
    const read = await fs.readText(joinLocation(dir, 'package.json'));
    packageJson = read.ok ? read.text : undefined;
  }
  return detectGenerator({ names, packageJson });
}

/** The generator whose site `dir` is, or undefined when it is none. */
export async function siteGenerator(fs: FileSystem, dir: string): Promise<GeneratorId | undefined> {
  const entries = await readEntries(fs, dir);
  return entries === undefined ? undefined : generatorOfEntries(fs, dir, entries);
}

/**
 * The sites inside `folder`, each with its generator: the folder itself when it is one, else its sub-folders down
 * to `maxDepth` levels (a blog often sits in `docs/`, `blog/` or `website/`). A site's own sub-folders are not
 * searched for further sites, and symbolic links are not followed.
 */
export async function findSites(fs: FileSystem, folder: string, maxDepth = 3): Promise<FoundSite[]> {
  const found: FoundSite[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readEntries(fs, dir);
    if (entries === undefined) return;
    const generator = await generatorOfEntries(fs, dir, entries);
    if (generator !== undefined) {
      found.push({ root: dir, generator });
      return;
    }
    if (depth >= maxDepth) {
      return;
    }
    for (const entry of entries) {
      if (entry.kind === 'directory' && !entry.name.startsWith('.') && !skipped.has(entry.name)) {
        await visit(joinLocation(dir, entry.name), depth + 1);
      }
    }
  };
  await visit(folder, 0);
  return found.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}
