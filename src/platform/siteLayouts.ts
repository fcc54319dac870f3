import { joinLocation } from '../core/locations';
import { readEntries, type FileSystem } from './fileSystem';

/** Names of the layouts in the site's `_layouts` folder (file names without extension); undefined without one. */
export async function listLayoutNames(fs: FileSystem, siteRoot: string): Promise<string[] | undefined> {
  const entries = await readEntries(fs, joinLocation(siteRoot, '_layouts'));
  return entries?.filter((e) => e.kind === 'file' && !e.name.startsWith('.')).map((e) => e.name.replace(/\.[^.]*$/, ''));
}
