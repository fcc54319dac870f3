import { joinLocation } from '../core/locations';
import { readEntries, type FileSystem } from './fileSystem';
import type { SiteFiles } from '../core/lint/lintTypes';

/** Past this many files the listing is given up: a check that trusted a cut list would call files missing. */
const MAX_FILES = 300_000;
const MAX_MANIFEST_BYTES = 256 * 1024;
/** Folders that are never the site's own sources: dependencies and build output. */
const SKIPPED = new Set(['node_modules', '_site', 'vendor']);

/** Where a gem theme of this name is installed for the site (gemThemes.ts on the desktop); undefined when nowhere. */
export type GemThemeFinder = (siteRoot: string, theme: string) => Promise<string | undefined>;

/**
 * The site's files for the checks of references to files (SiteFiles), listed once per site: every file under the
 * root but hidden ones, dependencies and build output, following symbolic links where the file system has them
 * (each folder once). The theme the config names (`theme:`, a gem) is looked for with `findGemTheme` (where Ruby
 * installs gems; there is none on the web); a `remote_theme:` is never on the machine. Undefined when the site is
 * too large to list.
 */
export async function listSiteFiles(fs: FileSystem, siteRoot: string, rawConfig: Readonly<Record<string, unknown>>, findGemTheme?: GemThemeFinder): Promise<SiteFiles | undefined> {
  const paths = new Set<string>();
  const folders = new Set<string>();
  if (!(await walk(fs, siteRoot, '', paths, folders, (name) => name.startsWith('.') || SKIPPED.has(name), new Set()))) return undefined;
  const manifests = new Map<string, string>();
  for (const name of ['Gemfile']) {
    const read = await fs.readText(joinLocation(siteRoot, name), MAX_MANIFEST_BYTES);
    if (read.ok) manifests.set(name, read.text);
  }
  return { paths, folders, theme: await themeFiles(fs, siteRoot, rawConfig, findGemTheme), manifests };
}

async function walk(fs: FileSystem, root: string, rel: string, paths: Set<string>, folders: Set<string>, skips: (name: string) => boolean, seen: Set<string>): Promise<boolean> {
  const dir = joinLocation(root, rel);
  const real = fs.resolveLink === undefined ? dir : (await fs.resolveLink(dir))?.real;
  if (real === undefined || seen.has(real)) return true;
  seen.add(real);
  for (const e of (await readEntries(fs, dir)) ?? []) {
    if (skips(e.name)) continue;
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    const kind = e.kind === 'symlink' ? (await fs.resolveLink?.(joinLocation(root, child)))?.kind : e.kind;
    if (kind === 'directory') {
      if (!(await walk(fs, root, child, paths, folders, skips, seen))) return false;
    } else if (kind === 'file') {
      paths.add(child);
      folders.add(rel);
      if (paths.size > MAX_FILES) return false;
    }
  }
  return true;
}

/** The files of the config's gem theme, relative to the theme's root (its `_includes` only); see SiteFiles.theme. */
async function themeFiles(fs: FileSystem, siteRoot: string, rawConfig: Readonly<Record<string, unknown>>, findGemTheme: GemThemeFinder | undefined): Promise<ReadonlySet<string> | null | undefined> {
  const remote = rawConfig['remote_theme'];
  if (remote !== undefined && remote !== null && remote !== '') return null;
  const theme = rawConfig['theme'];
  if (theme === undefined || theme === null || theme === '') return undefined;
  if (typeof theme !== 'string' || !/^[\w.-]+$/.test(theme)) return null;
  const themeRoot = await findGemTheme?.(siteRoot, theme);
  if (themeRoot === undefined) return null;
  const paths = new Set<string>();
  if (!(await walk(fs, themeRoot, '_includes', paths, new Set(), (name) => name.startsWith('.'), new Set()))) return null;
  return paths;
}
